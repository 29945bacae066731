package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Actor;
import org.renrentong.identity.MaskedName;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.space.PostKind;
import org.renrentong.space.PostView;
import org.renrentong.space.Posts;
import org.renrentong.space.SpaceHomes;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a public space and a public resource's comments show to whom: a shared resource only to those who may read
 * it, and a student's (a minor's) name masked for visitors who are not signed in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharesAndMinorsTest {

    @Autowired Fixtures fixtures;
    @Autowired ResourceFixtures resources;
    @Autowired ResourceUse use;
    @Autowired Spaces spaces;
    @Autowired SpaceHomes homes;
    @Autowired Posts posts;
    @Autowired MockMvc mvc;

    private Actor teacher;
    private Actor pupil;
    private long schoolSpace;
    private Resource publicOne;
    private Resource schoolOnly;

    @BeforeAll
    void world() {
        School school = fixtures.aSchool().inCounty("130102").build();
        SchoolClass c = fixtures.aClass().in(school).build();
        teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        pupil = fixtures.actor(fixtures.aPerson().student().in(c).named("柳思涵").build());
        schoolSpace = spaces.idOf(SpaceKind.SCHOOL, school.id()).orElseThrow();
        Actor reviewer = fixtures.platformAdmin();
        publicOne = resources.publish(resources.aResource(teacher).titled("公开教案" + Fixtures.unique()).build(),
                teacher, reviewer);
        schoolOnly = resources.publish(resources.aResource(teacher).titled("校内教案" + Fixtures.unique())
                .visibility(ResourceVisibility.ORGANISATION).build(), teacher, reviewer);
    }

    @Test
    void aShareInAPublicSpaceShowsOnlyToThoseWhoMayReadTheResource() throws Exception {
        use.share(teacher, schoolOnly.id(), schoolSpace, null, "/resources/" + schoolOnly.id());
        use.share(teacher, publicOne.id(), schoolSpace, null, "/resources/" + publicOne.id());

        assertThat(visitor("/spaces/" + schoolSpace)).contains(publicOne.title()).doesNotContain(schoolOnly.title());
        assertThat(visitor("/api/v1/spaces/" + schoolSpace + "/posts")).contains(publicOne.title())
                .doesNotContain(schoolOnly.title());
        Person stranger = fixtures.aPerson().teacher().at(fixtures.aSchool().inCounty("130104").build()).build();
        assertThat(bodies(fixtures.actor(stranger))).anyMatch(b -> b.contains(publicOne.title()))
                .noneMatch(b -> b.contains(schoolOnly.title()));
        assertThat(bodies(pupil)).anyMatch(b -> b.contains(schoolOnly.title()));
    }

    @Test
    void visitorsSeeAStudentsNameMaskedInPublicSpacesAndComments() throws Exception {
        posts.create(pupil, schoolSpace, PostKind.POST, "大家好" + Fixtures.unique(), List.of());
        Comment comment = use.comment(pupil, publicOne.id(), "讲得清楚" + Fixtures.unique());
        use.moderate(teacher, comment.id(), true);

        assertThat(visitor("/spaces/" + schoolSpace)).contains("柳*涵").doesNotContain("柳思涵");
        assertThat(visitor("/api/v1/resources/" + publicOne.id() + "/comments")).contains("柳*涵")
                .doesNotContain("柳思涵");
        assertThat(visitor("/resources/" + publicOne.id())).contains("柳*涵").doesNotContain("柳思涵");
        assertThat(homes.posts(teacher, schoolSpace, PostKind.POST, null).page().items())
                .extracting(PostView::authorName).contains("柳思涵");
        assertThat(use.comments(teacher, publicOne.id())).extracting(Comment::authorName).contains("柳思涵");
    }

    @Test
    void aMaskedNameKeepsTheFirstAndLastCharacter() {
        assertThat(MaskedName.of("王小涵")).isEqualTo("王*涵");
        assertThat(MaskedName.of("欧阳小明")).isEqualTo("欧*明");
        assertThat(MaskedName.of("王涵")).isEqualTo("王*");
    }

    private List<String> bodies(Actor viewer) {
        return homes.posts(viewer, schoolSpace, PostKind.POST, null).page().items().stream().map(PostView::body)
                .toList();
    }

    private String visitor(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
