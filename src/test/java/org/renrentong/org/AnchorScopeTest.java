package org.renrentong.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Grants anchored at a set of classes and at a group, as the org policy reads them. */
@IntegrationTest
class AnchorScopeTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    People people;
    @Autowired
    Schools schools;
    @Autowired
    Groups groups;
    @Autowired
    GroupMembers members;
    @Autowired
    OrgPolicy policy;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubjectTeacherOfTwoClassesSeesBothAndNothingElse() {
        School school = fixtures.aSchool().build();
        SchoolClass maths = fixtures.aClass().in(school).build();
        SchoolClass physics = fixtures.aClass().in(school).build();
        SchoolClass other = fixtures.aClass().in(school).build();
        SchoolClass elsewhere = fixtures.aClass().build();
        Person teacher = fixtures.aPerson().teacher().at(school).build();
        people.assignTeacher(fixtures.platformAdmin(), teacher.id(), maths.id(), "数学", false);
        people.assignTeacher(fixtures.platformAdmin(), teacher.id(), physics.id(), "物理", false);

        Actor actor = fixtures.actor(teacher);

        assertThat(actor.anchors().classIds()).containsExactlyInAnyOrder(maths.id(), physics.id());
        assertThat(policy.requireVisible(actor, maths)).isEqualTo(maths);
        assertThat(policy.requireVisible(actor, physics)).isEqualTo(physics);
        for (SchoolClass unseen : new SchoolClass[] {other, elsewhere}) {
            assertThatThrownBy(() -> policy.requireVisible(actor, unseen)).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> schools.visibleClass(actor, unseen.id())).isInstanceOf(DomainException.class);
        }
        assertThat(schools.visibleClass(actor, physics.id()).id()).isEqualTo(physics.id());
        assertThat(policy.mayManage(actor, school)).isFalse();
    }

    @Test
    void aRoleHeldAtAGroupManagesThatGroupOnly() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Group led = groups.create(admin, "数学研修组", Group.Kind.RESEARCH, school.id());
        Group other = groups.create(admin, "语文研修组", Group.Kind.RESEARCH, school.id());
        Person leader = fixtures.aPerson().teacher().at(school).build();
        jdbc.sql("UPDATE role_grant SET group_id = ? WHERE person_id = ? AND role = 'TEACHER'")
                .params(led.id(), leader.id()).update();

        Actor actor = fixtures.actor(leader);

        assertThat(actor.anchors().groupId()).isEqualTo(led.id());
        assertThat(policy.mayManage(actor, led)).isTrue();
        assertThat(policy.mayManage(actor, other)).isFalse();
        Person colleague = fixtures.aPerson().teacher().at(school).build();
        members.add(actor, led.id(), colleague.id());
        assertThatThrownBy(() -> members.add(actor, other.id(), colleague.id())).isInstanceOf(DomainException.class);
    }
}
