package org.renrentong.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

@IntegrationTest
class GroupMembersTest {

    @Autowired
    Groups groups;
    @Autowired
    GroupMembers members;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditLog audit;

    @Test
    void aSchoolAdministratorAddsAndRemovesPeopleOfTheSchool() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Person student = fixtures.aPerson().student().in(c).named("成员" + Fixtures.unique()).build();
        Person outsider = fixtures.aPerson().student().build();
        Group group = groups.create(admin, "合唱团", Group.Kind.CLUB, school.id());

        assertThat(members.candidates(admin, group.id(), student.name())).extracting(GroupMember::personId)
                .containsExactly(student.id());
        members.add(admin, group.id(), student.id());
        assertThat(members.page(admin, group.id()).members()).extracting(GroupMember::personId)
                .contains(student.id());
        assertThat(members.mine(fixtures.actor(student))).extracting(p -> p.group().id()).contains(group.id());
        assertThat(members.page(fixtures.actor(student), group.id()).mayManage()).isFalse();

        assertRefused(() -> members.add(admin, group.id(), student.id()), "group.member.already");
        assertRefused(() -> members.add(admin, group.id(), outsider.id()), "group.member.otherSchool");
        assertThat(members.candidates(admin, group.id(), "")).extracting(GroupMember::personId)
                .doesNotContain(student.id(), outsider.id());

        members.remove(admin, group.id(), student.id());
        assertThat(members.mine(fixtures.actor(student))).extracting(p -> p.group().id())
                .doesNotContain(group.id());
        assertThat(audit.search(new AuditQuery(null, null, admin.account(), "GROUP_MEMBER_REMOVED", null, null, null,
                5))).first().satisfies(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(group.id())));
        assertRefused(() -> members.remove(admin, group.id(), admin.personId()), "group.member.owner");
    }

    @Test
    void aTeacherStartsAClubAndAddsTheirStudentsAndFellowTeachers() {
        School school = fixtures.aSchool().build();
        SchoolClass taught = fixtures.aClass().in(school).build();
        SchoolClass other = fixtures.aClass().in(school).build();
        Person teacherPerson = fixtures.aPerson().teacher().teaching(taught).build();
        Actor teacher = fixtures.actor(teacherPerson);
        Person ownStudent = fixtures.aPerson().student().in(taught).build();
        Person otherStudent = fixtures.aPerson().student().in(other).build();
        Person colleague = fixtures.aPerson().teacher().at(school).build();

        Group club = groups.create(teacher, "机器人社", Group.Kind.CLUB, school.id());
        assertThat(members.page(teacher, club.id()).mayManage()).isTrue();
        assertThat(members.page(teacher, club.id()).members()).singleElement()
                .satisfies(m -> assertThat(m.owner()).isTrue());

        members.add(teacher, club.id(), ownStudent.id());
        members.add(teacher, club.id(), colleague.id());
        assertRefused(() -> members.add(teacher, club.id(), otherStudent.id()), "group.member.notYoursToAdd");
        assertThat(members.candidates(teacher, club.id(), "")).extracting(GroupMember::personId)
                .doesNotContain(otherStudent.id(), ownStudent.id());

        // a member who is not its owner does not manage the group; a stranger does not even see it
        Actor colleagueActor = fixtures.actor(colleague);
        assertForbidden(() -> members.add(colleagueActor, club.id(), otherStudent.id()));
        assertForbidden(() -> members.remove(colleagueActor, club.id(), ownStudent.id()));
        assertForbidden(() -> members.page(fixtures.actor(otherStudent), club.id()));
        // the school's administrator manages it too, with the wider rule
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        members.add(admin, club.id(), otherStudent.id());
        Actor elsewhere = fixtures.actor(fixtures.aPerson().schoolAdmin().build());
        assertForbidden(() -> members.candidates(elsewhere, club.id(), ""));
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }
}
