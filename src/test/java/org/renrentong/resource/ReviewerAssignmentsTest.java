package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reviewer assignments stay within the administrator's region, name a standard subject and a covering expert. */
@IntegrationTest
class ReviewerAssignmentsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewerAssignments assignments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyAdministratorAssignsInTheCountyOnlyAndSeesOnlyItsAssignments() {
        Actor changan = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        Actor baoding = fixtures.actor(fixtures.aPerson().regionAdmin("130600").build());
        Actor hebeiExpert = fixtures.actor(fixtures.aPerson().expert("130000").build());

        assertThatThrownBy(() -> assignments.assign(changan, hebeiExpert.personId(), "130600", "14"))
                .hasMessage("error.forbidden");
        ReviewerAssignment inBaoding = assignments.assign(baoding, hebeiExpert.personId(), "130600", "13");
        ReviewerAssignment inChangan = assignments.assign(changan, hebeiExpert.personId(), "130102", "14");

        assertThat(inChangan.subjectName()).isEqualTo("数学");
        assertThat(inChangan.regionName()).isEqualTo("长安区");
        assertThat(assignments.list(changan)).extracting(ReviewerAssignment::id)
                .contains(inChangan.id()).doesNotContain(inBaoding.id());
        assertThatThrownBy(() -> assignments.remove(changan, inBaoding.id())).hasMessage("error.forbidden");
        assertThat(assignments.regions(changan)).extracting(Region::code).containsExactly("130102");
        assertThat(assignments.regions(baoding)).extracting(Region::code).contains("130600", "130602")
                .doesNotContain("130102", "130000");

        assignments.remove(changan, inChangan.id());
        assertThat(assignments.list(changan)).extracting(ReviewerAssignment::id).doesNotContain(inChangan.id());
        assertThat(audits("REVIEWER_ASSIGNED", inChangan.id()) + audits("REVIEWER_UNASSIGNED", inChangan.id()))
                .isEqualTo(2);
    }

    @Test
    void expertsOfTheRegionOrAboveItAreOfferedAndRequired() {
        Actor changan = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        Actor hebeiExpert = fixtures.actor(fixtures.aPerson().expert("130000").build());
        Actor baodingExpert = fixtures.actor(fixtures.aPerson().expert("130600").build());

        assertThat(assignments.experts(changan)).extracting(ExpertChoice::personId)
                .contains(hebeiExpert.personId()).doesNotContain(baodingExpert.personId());
        assertThatThrownBy(() -> assignments.assign(changan, baodingExpert.personId(), "130102", "14"))
                .hasMessage("resource.assignment.expert.outsideRegion");
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        assertThatThrownBy(() -> assignments.assign(changan, teacher.personId(), "130102", "14"))
                .hasMessage("resource.assignment.expert.notExpert");
        assertThatThrownBy(() -> assignments.experts(teacher)).hasMessage("error.forbidden");
    }

    @Test
    void everyFieldIsCheckedAndTheSubjectIsAStandardCode() {
        Actor admin = fixtures.platformAdmin();
        Actor expert = fixtures.actor(fixtures.aPerson().expert("130000").build());
        assertThatThrownBy(() -> assignments.assign(admin, null, "130100", "14"))
                .hasMessage("resource.assignment.expert.required");
        assertThatThrownBy(() -> assignments.assign(admin, expert.personId(), " ", "14"))
                .hasMessage("resource.assignment.region.required");
        assertThatThrownBy(() -> assignments.assign(admin, expert.personId(), "130100", ""))
                .hasMessage("resource.assignment.subject.required");
        assertThatThrownBy(() -> assignments.assign(admin, expert.personId(), "130100", "99"))
                .hasMessage("resource.assignment.subject.invalid");
        assertThatThrownBy(() -> assignments.assign(admin, expert.personId(), "130100", "18"))
                .as("a retired subject (生物, now 生物学)").hasMessage("resource.assignment.subject.invalid");
        assertThat(assignments.subjects()).extracting(c -> c.code()).doesNotContain("11", "12", "18")
                .contains("30", "32");
        assertThatThrownBy(() -> assignments.assign(admin, expert.personId(), "999999", "14"))
                .hasMessage("region.unknown");
        assertThat(jdbc.sql("SELECT count(*) FROM review_assignment WHERE expert_id = ?")
                .param(expert.personId()).query(Long.class).single()).isZero();
    }

    private long audits(String action, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND target_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }
}
