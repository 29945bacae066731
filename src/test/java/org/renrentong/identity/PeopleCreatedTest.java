package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.NewcomerRecorder;
import org.springframework.beans.factory.annotation.Autowired;

/** Creating one person raises the same event as an import: a PeopleCreated of one newcomer. */
@IntegrationTest
class PeopleCreatedTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    NewcomerRecorder recorder;

    @Test
    void aPersonCreatedAloneIsAnnouncedWithTheirSchool() {
        SchoolClass c = fixtures.aClass().build();
        Person student = fixtures.aPerson().student().in(c).build();

        assertThat(recorder.eventsOf(student.id())).singleElement()
                .satisfies(e -> assertThat(e.people()).containsExactly(new IdentityEvents.Newcomer(student.id(),
                        student.name(), c.schoolId(), c.regionPath())));
    }

    @Test
    void aNewGuardianAccountIsAnnouncedAtTheStudentsPlaceWithoutASchool() {
        SchoolClass c = fixtures.aClass().build();
        Person student = fixtures.aPerson().student().in(c).build();
        Person guardian = fixtures.aPerson().guardianOf(student).build();

        assertThat(recorder.eventsOf(guardian.id())).singleElement()
                .satisfies(e -> assertThat(e.people()).containsExactly(new IdentityEvents.Newcomer(guardian.id(),
                        guardian.name(), null, c.regionPath())));
    }
}
