package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renrentong.roster.ImportWaiter.importAndWait;
import static org.renrentong.roster.RosterFiles.STUDENT_HEADER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The merge writes without per-row foreign-key triggers; these check that it still refers only to real rows. */
@IntegrationTest
class RosterIntegrityTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportAndItsReImportLeaveNoReferenceToAMissingRow() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Person sibling = fixtures.aPerson().student().in(fixtures.aClass().in(school).build()).build();
        String knownParent = RosterFiles.phone("137");
        fixtures.aPerson().guardianOf(sibling).phone(knownParent).build();
        List<String[]> rows = List.of(
                new String[] {"七年级", "1班", RosterFiles.number(), "周一", "男", RosterFiles.idCard(), "周父",
                    knownParent, "父亲"},
                new String[] {"七年级", "2班", RosterFiles.number(), "周二", "女", "", "吴母", RosterFiles.phone("139"),
                    "母亲"});
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, rows);

        assertThat(importAndWait(imports, admin, school.id(), "a.csv", csv).status()).isEqualTo(ImportStatus.DONE);
        assertThat(importAndWait(imports, admin, school.id(), "a.csv", csv).status()).isEqualTo(ImportStatus.DONE);

        assertThat(count("""
                SELECT count(*) FROM role_grant g WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = g.person_id)
                   OR (g.school_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM school s WHERE s.id = g.school_id))"""))
                .isZero();
        assertThat(count("""
                SELECT count(*) FROM class_student cs
                WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = cs.person_id)
                   OR NOT EXISTS (SELECT 1 FROM school_class c WHERE c.id = cs.class_id)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM guardianship g
                WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = g.guardian_id)
                   OR NOT EXISTS (SELECT 1 FROM person p WHERE p.id = g.student_id)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM guardian_invitation i
                WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = i.invitee_id)
                   OR NOT EXISTS (SELECT 1 FROM person p WHERE p.id = i.student_id)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM person p
                WHERE (p.school_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM school s WHERE s.id = p.school_id))
                   OR (p.initial_secret_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM initial_secret i WHERE i.id = p.initial_secret_id))"""))
                .isZero();
    }

    @Test
    void foreignKeysAreCheckedAgainAfterAnImport() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"七年级", "1班", RosterFiles.number(), "郑一", "男", "", "", "", ""}));
        assertThat(importAndWait(imports, admin, school.id(), "a.csv", csv).status()).isEqualTo(ImportStatus.DONE);

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO guardianship (guardian_id, student_id, relation) "
                + "VALUES (?, ?, '父亲')").params(-Fixtures.unique(), -Fixtures.unique()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
