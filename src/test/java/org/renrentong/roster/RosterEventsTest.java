package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.roster.ImportWaiter.importAndWait;
import static org.renrentong.roster.RosterFiles.STUDENT_HEADER;
import static org.renrentong.roster.RosterFiles.TEACHER_HEADER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.IdentityEvents;
import org.renrentong.identity.PeopleImport;
import org.renrentong.org.School;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.NewcomerRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An import announces every person it creates, as creating one person does, and their spaces follow. */
@IntegrationTest
class RosterEventsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Deliveries deliveries;
    @Autowired
    NewcomerRecorder recorder;

    @Test
    void everyImportedPersonIsAnnouncedInChunksAndGetsTheirSpaceAfterDelivery() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        int students = PeopleImport.EVENT_CHUNK + 7;
        List<String[]> rows = new ArrayList<>();
        rows.add(STUDENT_HEADER);
        for (int i = 0; i < students; i++) {
            // every other student brings a new guardian: the import creates teachers, students and guardians
            rows.add(new String[] {"七年级", "1班", RosterFiles.number(), "学生" + i, i % 2 == 0 ? "男" : "女", null,
                    i % 2 == 0 ? "家长" + i : null, i % 2 == 0 ? RosterFiles.phone("135") : null, null});
        }
        Map<String, List<String[]>> sheets = RosterFiles.sheets();
        sheets.put("学生", rows);
        sheets.put("教师", List.of(TEACHER_HEADER, new String[] {RosterFiles.number(), "韩老师", "女",
                RosterFiles.phone("136"), null, "七年级1班", null}));

        ImportJob job = importAndWait(imports, admin, school.id(), "big.xlsx", RosterFiles.xlsx(sheets));
        deliveries.awaitAll();

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        long guardians = (students + 1) / 2;
        assertThat(job.createdRows()).isEqualTo(students + guardians + 1);
        List<long[]> created = jdbc.sql("""
                SELECT p.id, CASE WHEN p.school_id IS NULL THEN 0 ELSE 1 END FROM person p
                WHERE p.school_id = :school AND p.id <> :admin
                   OR p.id IN (SELECT g.guardian_id FROM guardianship g JOIN person s ON s.id = g.student_id
                               WHERE s.school_id = :school)""")
                .param("school", school.id()).param("admin", admin.personId())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        assertThat(created).hasSize((int) job.createdRows());
        for (long[] person : created) {
            IdentityEvents.Newcomer newcomer = recorder.newcomer(person[0]);
            assertThat(newcomer).as("person %d announced", person[0]).isNotNull();
            assertThat(newcomer.schoolId()).isEqualTo(person[1] == 1 ? school.id() : null);
            assertThat(newcomer.regionPath()).isEqualTo(school.regionPath());
            assertThat(recorder.eventsOf(person[0])).hasSize(1)
                    .allSatisfy(e -> assertThat(e.people()).hasSizeLessThanOrEqualTo(PeopleImport.EVENT_CHUNK));
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM space WHERE kind = 'PERSONAL' AND owner_id IN (:ids)""")
                .param("ids", created.stream().map(p -> p[0]).toList()).query(Long.class).single())
                .isEqualTo(job.createdRows());
        assertThat(jdbc.sql("SELECT count(*) FROM space WHERE kind = 'PERSONAL' AND school_id = ?")
                .param(school.id()).query(Long.class).single()).isEqualTo(students + 2);
    }

    @Test
    void aStudentImportedAgainIsNotAnnouncedAgain() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        String no = RosterFiles.number();
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"七年级", "1班", no, "周小", "男", null, null, null, null}));
        importAndWait(imports, admin, school.id(), "a.csv", csv);
        long id = jdbc.sql("SELECT id FROM person WHERE school_id = ? AND student_no = ?").params(school.id(), no)
                .query(Long.class).single();

        ImportJob again = importAndWait(imports, admin, school.id(), "a.csv", csv);

        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.createdRows()).isZero();
        assertThat(recorder.eventsOf(id)).hasSize(1);
    }
}
