package org.renrentong.classroom.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assigning homework to the classes one teaches (or chosen students), changing and withdrawing it. */
@IntegrationTest
class AssignHomeworkTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired Homeworks homeworks;
    @Autowired HomeworkViews views;
    @Autowired People people;
    @Autowired ResourceFixtures resources;
    @Autowired JdbcClient jdbc;

    @Test
    void aTeacherAssignsToTheClassesTheyTeachWithAPictureAndAResource() {
        var school = fixtures.aSchool().build();
        SchoolClass c1 = fixtures.aClass().in(school).build();
        SchoolClass c2 = fixtures.aClass().in(school).build();
        Person teacher = fixtures.aPerson().teacher().teaching(c1).build();
        people.assignTeacher(fixtures.platformAdmin(), teacher.id(), c2.id(), "数学", false);
        Actor t = fixtures.actor(teacher);
        Person s1 = fixtures.aPerson().student().in(c1).build();
        Person s2 = fixtures.aPerson().student().in(c2).build();
        var resource = resources.publish(resources.aResource(t).at(resources.lesson("2", "14")).build(), t,
                fixtures.platformAdmin());

        Homework h = homework.aHomework(t).to(c1, c2).withPicture().withResource(resource.id()).scored(100).build();

        assertThat(h.classes()).extracting(Homework.AssignedClass::classId).containsExactly(c1.id(), c2.id());
        assertThat(h.attachments()).singleElement().satisfies(a -> assertThat(a.mediaType()).isEqualTo("image/png"));
        assertThat(h.resourceIds()).containsExactly(resource.id());
        assertThat(views.mine(fixtures.actor(s1))).extracting(HomeworkItem::id).contains(h.id());
        assertThat(views.mine(fixtures.actor(s2))).extracting(HomeworkItem::id).contains(h.id());
        assertThat(audited("HOMEWORK_ASSIGNED", h.id())).isEqualTo(1);
    }

    @Test
    void aTeacherWhoDoesNotTeachTheClassIsRefusedAndNothingIsWritten() {
        SchoolClass taught = fixtures.aClass().build();
        SchoolClass other = fixtures.aClass().build();
        Actor t = fixtures.actor(fixtures.aPerson().teacher().teaching(taught).build());
        long before = count();

        assertThatThrownBy(() -> homework.aHomework(t).to(taught, other).build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("homework.class.notTaught");
                });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void homeworkForChosenStudentsGoesToThemOnly() {
        SchoolClass c = fixtures.aClass().build();
        Actor t = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Person chosen = fixtures.aPerson().student().in(c).build();
        Person other = fixtures.aPerson().student().in(c).build();
        Person elsewhere = fixtures.aPerson().student().build();

        Homework h = homework.aHomework(t).to(c).onlyFor(chosen).build();

        assertThat(views.mine(fixtures.actor(chosen))).extracting(HomeworkItem::id).contains(h.id());
        assertThat(views.mine(fixtures.actor(other))).extracting(HomeworkItem::id).doesNotContain(h.id());
        assertThatThrownBy(() -> homework.aHomework(t).to(c).onlyFor(elsewhere).build())
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("homework.studentIds.notInClass"));
    }

    @Test
    void badFormsAreRefusedWithTheirMessage() {
        SchoolClass c = fixtures.aClass().build();
        Actor t = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        assertThatThrownBy(() -> homework.aHomework(t).to(c).titled(" ").build())
                .hasMessage("homework.title.required");
        assertThatThrownBy(() -> homework.aHomework(t).to(c).dueIn(java.time.Duration.ofHours(-1)).build())
                .hasMessage("homework.dueAt.past");
        assertThatThrownBy(() -> homework.aHomework(t).to(c).scored(0).build())
                .hasMessage("homework.maxScore.range");
        assertThatThrownBy(() -> homework.aHomework(t).build()).hasMessage("homework.classIds.required");
        assertThatThrownBy(() -> homework.aHomework(t).to(c).withResource(987654321L).build())
                .hasMessage("homework.resourceIds.unreadable");
    }

    @Test
    void itIsChangedAndWithdrawnOnlyBeforeAnyoneHandedItIn() {
        SchoolClass c = fixtures.aClass().build();
        Actor t = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Person student = fixtures.aPerson().student().in(c).build();
        Homework h = homework.aHomework(t).to(c).build();
        HomeworkForm changed = homework.aHomework(t).to(c).titled("改过的作业").form();

        assertThat(homeworks.update(t, h.id(), changed).title()).isEqualTo("改过的作业");
        Actor otherTeacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        assertThatThrownBy(() -> homeworks.withdraw(otherTeacher, h.id())).hasMessage("error.forbidden");

        homework.submitPhoto(fixtures.actor(student), h);
        assertThatThrownBy(() -> homeworks.update(t, h.id(), changed)).hasMessage("homework.locked");
        assertThatThrownBy(() -> homeworks.withdraw(t, h.id())).hasMessage("homework.locked");

        Homework fresh = homework.aHomework(t).to(c).build();
        homeworks.withdraw(t, fresh.id());
        assertThat(views.mine(fixtures.actor(student))).extracting(HomeworkItem::id).doesNotContain(fresh.id());
        assertThat(audited("HOMEWORK_WITHDRAWN", fresh.id())).isEqualTo(1);
    }

    @Test
    void aHomeworkWithoutInstructionsOrSubjectIsAssigned() {
        SchoolClass c = fixtures.aClass().build();
        Actor t = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Homework h = homeworks.assign(t, new HomeworkForm("朗读课文", null, " ", homework.aHomework(t).form().dueAt(),
                null, null, java.util.List.of(c.id()), null, null), null);
        assertThat(h.instructions()).isEmpty();
        assertThat(h.subjectCode()).isNull();
    }

    @Test
    void theClassSpaceCardShowsEachReaderTheirPart() {
        SchoolClass c = fixtures.aClass().build();
        Actor t = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Person chosen = fixtures.aPerson().student().in(c).build();
        Actor other = fixtures.actor(fixtures.aPerson().student().in(c).build());
        Actor guardian = fixtures.actor(fixtures.aPerson().guardianOf(chosen).build());
        Actor outsider = fixtures.actor(fixtures.aPerson().student().build());
        Homework all = homework.aHomework(t).to(c).build();
        Homework some = homework.aHomework(t).to(c).onlyFor(chosen).build();

        assertThat(views.classCard(t, c.id()).teaching()).isTrue();
        assertThat(views.classCard(t, c.id()).items()).extracting(HomeworkItem::id).contains(all.id(), some.id());
        assertThat(views.classCard(fixtures.actor(chosen), c.id()).items()).extracting(HomeworkItem::id)
                .containsExactlyInAnyOrder(all.id(), some.id());
        assertThat(views.classCard(other, c.id()).items()).extracting(HomeworkItem::id).containsExactly(all.id());
        assertThat(views.classCard(guardian, c.id()).items()).extracting(HomeworkItem::id)
                .containsExactlyInAnyOrder(all.id(), some.id());
        assertThat(views.classCard(outsider, c.id()).items()).isEmpty();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM homework").query(Long.class).single();
    }

    private long audited(String action, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND target_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }
}
