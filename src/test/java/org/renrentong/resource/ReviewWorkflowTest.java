package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The review workflow with reviewers assigned by region and subject; a reviewer's decision is published as a fact. */
@IntegrationTest
@RecordApplicationEvents
class ReviewWorkflowTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Reviews reviews;
    @Autowired
    Resources library;
    @Autowired
    ReviewerAssignments assignments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void expertsReviewWhereTheirRegionCoversTheContributorAndTheSubjectMatches() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());      // a school in 长安区, 石家庄
        TreeNode maths = resources.lesson("2", "14");
        Resource r = resources.aResource(teacher).at(maths).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        Actor admin = fixtures.platformAdmin();
        Actor hebeiMaths = expert("130000", "14", admin);
        Actor hebeiChinese = expert("130000", "13", admin);
        Actor baodingMaths = expert("130600", "14", admin);

        assertThat(reviews.queue(hebeiMaths)).extracting(Resource::id).contains(r.id());
        assertThat(reviews.queue(hebeiChinese)).extracting(Resource::id).doesNotContain(r.id());
        assertThat(reviews.queue(baodingMaths)).extracting(Resource::id).doesNotContain(r.id());
        assertThatThrownBy(() -> reviews.act(hebeiChinese, r.id(), ReviewAction.PUBLISH, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> reviews.act(baodingMaths, r.id(), ReviewAction.PUBLISH, null))
                .isInstanceOf(DomainException.class);

        Resource published = reviews.act(hebeiMaths, r.id(), ReviewAction.PUBLISH, null);
        assertThat(published.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
    }

    @Test
    void anAssignedExpertSeesAResourceOnceItIsSubmittedNotWhileItIsADraft() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.aResource(teacher).at(resources.lesson("2", "14")).build();
        Actor expert = expert("130000", "14", fixtures.platformAdmin());

        assertThatThrownBy(() -> library.get(expert, r.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status().value()).isEqualTo(404));
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        assertThat(library.get(expert, r.id()).id()).isEqualTo(r.id());
    }

    @Test
    void regionAdministratorsReviewWithinTheirRegionOnly() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.aResource(teacher).build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);
        Actor shijiazhuang = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        Actor baoding = fixtures.actor(fixtures.aPerson().regionAdmin("130600").build());

        assertThat(reviews.queue(shijiazhuang)).extracting(Resource::id).contains(r.id());
        assertThat(reviews.queue(baoding)).extracting(Resource::id).doesNotContain(r.id());
        assertThatThrownBy(() -> reviews.act(baoding, r.id(), ReviewAction.PUBLISH, null))
                .isInstanceOf(DomainException.class);
        assertThat(reviews.act(shijiazhuang, r.id(), ReviewAction.PUBLISH, null).published()).isTrue();
        assertThat(reviews.act(shijiazhuang, r.id(), ReviewAction.RETIRE, "过时").status())
                .isEqualTo(ReviewStatus.RETIRED);
    }

    @Test
    void rejectionNeedsAReasonAndTheOwnerResubmitsAndEachDecisionIsPublishedForTheOwner() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor admin = fixtures.platformAdmin();
        Resource r = resources.aResource(teacher).titled("分数加法 课件").build();
        reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null);

        assertThatThrownBy(() -> reviews.act(admin, r.id(), ReviewAction.REJECT, "  "))
                .isInstanceOf(DomainException.class).hasMessage("resource.review.reason.required");
        Resource rejected = reviews.act(admin, r.id(), ReviewAction.REJECT, "缺少练习答案");
        assertThat(rejected.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("缺少练习答案");
        assertThat(decisions(r)).singleElement().satisfies(d -> {
            assertThat(d.ownerId()).isEqualTo(teacher.personId());
            assertThat(d.title()).isEqualTo("分数加法 课件");
            assertThat(d.decision()).isEqualTo("REJECTED");
            assertThat(d.reason()).isEqualTo("缺少练习答案");
        });

        assertThat(reviews.act(teacher, r.id(), ReviewAction.SUBMIT, null).status()).isEqualTo(ReviewStatus.SUBMITTED);
        reviews.act(admin, r.id(), ReviewAction.PUBLISH, null);
        // the owner's own steps (submit, withdraw) are no decisions to tell them of
        assertThat(decisions(r)).extracting(ResourceEvents.ReviewDecided::decision)
                .containsExactly("REJECTED", "PUBLISHED");
        assertThat(reviews.history(teacher, r.id())).extracting(Reviews.Transition::to).containsExactly(
                ReviewStatus.SUBMITTED, ReviewStatus.REJECTED, ReviewStatus.SUBMITTED, ReviewStatus.PUBLISHED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE target_type = 'resource' AND target_id = ?")
                .param(String.valueOf(r.id())).query(Long.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(reviews.act(teacher, r.id(), ReviewAction.WITHDRAW, null).status()).isEqualTo(ReviewStatus.WITHDRAWN);
        assertThat(decisions(r)).hasSize(2);
    }

    @Test
    void ownersNeverReviewTheirOwnWorkAndOthersCannotSubmitIt() {
        Actor expertTeacher = fixtures.platformAdmin();
        Resource own = resources.aResource(expertTeacher).build();
        reviews.act(expertTeacher, own.id(), ReviewAction.SUBMIT, null);
        assertThatThrownBy(() -> reviews.act(expertTeacher, own.id(), ReviewAction.PUBLISH, null))
                .isInstanceOf(DomainException.class).hasMessage("error.forbidden");
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource draft = resources.aResource(teacher).build();
        Actor other = fixtures.actor(fixtures.aPerson().teacher().build());
        assertThatThrownBy(() -> reviews.act(other, draft.id(), ReviewAction.SUBMIT, null))
                .isInstanceOf(DomainException.class).hasMessage("resource.unknown");
        assertThatThrownBy(() -> reviews.act(teacher, draft.id(), ReviewAction.PUBLISH, null))
                .isInstanceOf(DomainException.class).hasMessage("error.forbidden");
    }

    @Test
    void onlyAdministratorsAssignReviewersWithinTheirRegion() {
        Actor admin = fixtures.platformAdmin();
        Actor expert = fixtures.actor(fixtures.aPerson().expert("130000").build());
        Actor baoding = fixtures.actor(fixtures.aPerson().regionAdmin("130600").build());
        assertThatThrownBy(() -> assignments.assign(baoding, expert.personId(), "130100", "14"))
                .hasMessage("error.forbidden");
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        assertThatThrownBy(() -> assignments.assign(admin, teacher.personId(), "130100", "14"))
                .hasMessage("resource.assignment.expert.notExpert");
        ReviewerAssignment a = assignments.assign(baoding, expert.personId(), "130602", "14");
        assertThat(assignments.list(baoding)).extracting(ReviewerAssignment::id).contains(a.id());
        assignments.remove(baoding, a.id());
        assertThat(assignments.list(baoding)).extracting(ReviewerAssignment::id).doesNotContain(a.id());
    }

    private Actor expert(String regionCode, String subjectCode, Actor admin) {
        Actor expert = fixtures.actor(fixtures.aPerson().expert(regionCode).build());
        assignments.assign(admin, expert.personId(), regionCode, subjectCode);
        return expert;
    }

    private java.util.List<ResourceEvents.ReviewDecided> decisions(Resource r) {
        return events.stream(ResourceEvents.ReviewDecided.class).filter(d -> d.resourceId() == r.id()).toList();
    }
}
