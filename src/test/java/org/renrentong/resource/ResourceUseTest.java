package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.space.Spaces;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Favourites, one rating per person, moderated comments, sharing into a space. */
@IntegrationTest
class ResourceUseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    ResourceUse use;
    @Autowired
    Resources service;
    @Autowired
    Spaces spaces;

    @Test
    void favouritesAndRatings() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor a = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor b = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.publish(resources.aResource(owner).build(), owner, fixtures.platformAdmin());

        use.favourite(a, r.id(), true);
        use.favourite(a, r.id(), true);
        assertThat(use.favourites(a)).extracting(Resource::id).containsExactly(r.id());
        assertThat(service.get(a, r.id()).favourites()).isEqualTo(1);
        use.favourite(a, r.id(), false);
        assertThat(use.favourites(a)).isEmpty();

        use.rate(a, r.id(), 2);
        use.rate(a, r.id(), 4);
        Resource rated = use.rate(b, r.id(), 5);
        assertThat(rated.ratingCount()).isEqualTo(2);
        assertThat(rated.rating()).isEqualTo(4.5);
        assertThatThrownBy(() -> use.rate(b, r.id(), 6)).hasMessage("resource.rating.range");
        assertThatThrownBy(() -> use.rate(owner, r.id(), 5)).hasMessage("resource.rating.own");
        Resource draft = resources.aResource(owner).build();
        assertThatThrownBy(() -> use.favourite(owner, draft.id(), true)).hasMessage("resource.notPublished");
    }

    @Test
    void commentsWaitForTheOwnerOrAReviewerAndSensitiveWordsAreFlagged() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor reader = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor passer = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.publish(resources.aResource(owner).build(), owner, fixtures.platformAdmin());

        Comment c = use.comment(reader, r.id(), "很实用，谢谢！");
        Comment flagged = use.comment(reader, r.id(), "代考 广告");
        assertThat(c.status()).isEqualTo(Comment.Status.PENDING);
        assertThat(flagged.flaggedWords()).containsExactly("代考");
        assertThat(use.comments(passer, r.id())).isEmpty();
        assertThat(use.comments(reader, r.id())).hasSize(2);
        assertThatThrownBy(() -> use.moderate(passer, c.id(), true)).hasMessage("error.forbidden");

        use.moderate(owner, c.id(), true);
        use.moderate(fixtures.platformAdmin(), flagged.id(), false);
        assertThat(use.comments(passer, r.id())).extracting(Comment::body).containsExactly("很实用，谢谢！");
        assertThatThrownBy(() -> use.comment(reader, r.id(), " ")).hasMessage("resource.comment.required");
    }

    @Test
    void sharingPostsALinkIntoASpaceTheActorMayPostIn() {
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor other = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.publish(resources.aResource(owner).titled("圆的面积").build(), owner,
                fixtures.platformAdmin());
        long mine = spaces.mine(other);

        var post = use.share(other, r.id(), mine, "推荐", "http://localhost/resources/" + r.id());
        assertThat(post.body()).contains("推荐", "圆的面积", "/resources/" + r.id());
        long ownersSpace = spaces.mine(owner);
        assertThatThrownBy(() -> use.share(other, r.id(), ownersSpace, null, "x")).hasMessage("error.forbidden");
    }
}
