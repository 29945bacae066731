package org.renrentong.identity;

import org.renrentong.identity.PeopleImport.Counts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the checked staged rows into the real tables, set-based: teachers first (so that a guardian who is a new
 * teacher of the same file is one person), then students, then guardians and guardianship. New people got ids from
 * the person sequence when they were staged, so no statement has to map generated keys back; they share the batch's
 * initial password.
 */
final class ImportMerge {

    private final JdbcClient jdbc;
    private final StagedRoster staged;
    private final String classOf;
    private final long schoolId;
    private final long secretId;
    private final long actorId;

    ImportMerge(JdbcClient jdbc, StagedRoster staged, long schoolId, long secretId, long actorId) {
        this.jdbc = jdbc;
        this.staged = staged;
        this.classOf = "JOIN %s k ON k.grade_id = s.grade_id AND k.name = s.class_name ".formatted(staged.classes());
        this.schoolId = schoolId;
        this.secretId = secretId;
        this.actorId = actorId;
    }

    Counts teachers() {
        long created = count(staged.teachers(), "is_new");
        run("""
                INSERT INTO person (id, account, name, gender, phone, id_card_cipher, id_card_hash, id_card_masked,
                                    school_id, staff_no, initial_secret_id, must_change_password)
                SELECT person_id, account, name, gender, phone, id_cipher, id_hash, id_masked, :school, staff_no,
                       :secret, TRUE FROM %s WHERE is_new""", staged.teachers());
        long matched = run("""
                UPDATE person p SET name = t.name, gender = t.gender, phone = t.phone,
                    id_card_cipher = COALESCE(t.id_cipher, p.id_card_cipher),
                    id_card_hash = COALESCE(t.id_hash, p.id_card_hash),
                    id_card_masked = COALESCE(t.id_masked, p.id_card_masked),
                    school_id = :school, staff_no = t.staff_no, updated_at = now()
                FROM %s t WHERE p.id = t.person_id AND NOT t.is_new""", staged.teachers());
        run("INSERT INTO role_grant (person_id, role, school_id) SELECT person_id, 'TEACHER', :school FROM %s "
                + "ON CONFLICT DO NOTHING", staged.teachers());
        teaching();
        return new Counts(created, matched, 0, 0);
    }

    /** New students are plain inserts; only the rows of existing students need the conflict handling. */
    Counts students() {
        long created = count(staged.students(), "is_new");
        run("""
                INSERT INTO person (id, account, name, gender, id_card_cipher, id_card_hash, id_card_masked,
                                    school_id, student_no, initial_secret_id, must_change_password)
                SELECT person_id, account, name, gender, id_cipher, id_hash, id_masked, :school, student_no,
                       :secret, TRUE FROM %s WHERE is_new""", staged.students());
        run("""
                UPDATE person p SET name = s.name, gender = s.gender,
                    id_card_cipher = COALESCE(s.id_cipher, p.id_card_cipher),
                    id_card_hash = COALESCE(s.id_hash, p.id_card_hash),
                    id_card_masked = COALESCE(s.id_masked, p.id_card_masked),
                    student_no = s.student_no, updated_at = now()
                FROM %s s WHERE p.id = s.person_id AND NOT s.is_new
                  AND ((p.name, p.gender, p.student_no) IS DISTINCT FROM (s.name, s.gender, s.student_no)
                       OR (s.id_hash IS NOT NULL AND s.id_hash IS DISTINCT FROM p.id_card_hash))""",
                staged.students());
        long matched = count(staged.students(), "NOT is_new");
        run("INSERT INTO role_grant (person_id, role, school_id) SELECT person_id, 'STUDENT', :school FROM %s "
                + "WHERE is_new", staged.students());
        run("INSERT INTO role_grant (person_id, role, school_id) SELECT person_id, 'STUDENT', :school FROM %s "
                + "WHERE NOT is_new ON CONFLICT DO NOTHING", staged.students());
        run("INSERT INTO class_student (class_id, person_id) SELECT k.class_id, s.person_id FROM %s s " + classOf
                + "WHERE s.is_new", staged.students());
        run("INSERT INTO class_student (class_id, person_id) SELECT k.class_id, s.person_id FROM %s s " + classOf + """
                WHERE NOT s.is_new ON CONFLICT (person_id) DO UPDATE SET class_id = EXCLUDED.class_id
                WHERE class_student.class_id <> EXCLUDED.class_id""", staged.students());
        return new Counts(created, matched, 0, 0);
    }

    /**
     * One guardian per phone: a new person numbered up front, or the existing account with that phone. An existing
     * account is linked only when it is a teacher this file just created, or already this student's guardian; any
     * other existing account is invited and decides in its own account. The students then find their guardian by a
     * hash join, without rewriting their rows.
     */
    Counts guardians() {
        run("""
                CREATE UNLOGGED TABLE %s AS
                SELECT d.phone, d.account, d.name, COALESCE(p.id, %s) AS id, p.id IS NULL AS is_new,
                       p.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s t WHERE t.person_id = p.id AND t.is_new)
                           AS invite
                FROM (SELECT DISTINCT ON (guardian_phone) guardian_phone AS phone, guardian_account AS account,
                             guardian_name AS name
                      FROM %s WHERE guardian_phone IS NOT NULL ORDER BY guardian_phone, line) d
                LEFT JOIN person p ON p.phone = d.phone"""
                .formatted(staged.guardians(), StagedRoster.NEW_PERSON_ID, staged.teachers(), staged.students()),
                null);
        long created = run("""
                INSERT INTO person (id, account, name, gender, phone, initial_secret_id, must_change_password)
                SELECT id, account, name, 'UNKNOWN', phone, :secret, TRUE FROM %s WHERE is_new""",
                staged.guardians());
        run("INSERT INTO role_grant (person_id, role) SELECT id, 'GUARDIAN' FROM %s WHERE is_new", staged.guardians());
        run("INSERT INTO role_grant (person_id, role) SELECT id, 'GUARDIAN' FROM %s WHERE NOT is_new AND NOT invite "
                + "ON CONFLICT DO NOTHING", staged.guardians());
        String linkAll = "INSERT INTO guardianship (guardian_id, student_id, relation) SELECT g.id, s.person_id, "
                + "s.relation FROM %s s JOIN %s g ON g.phone = s.guardian_phone ";
        String guarding = "EXISTS (SELECT 1 FROM guardianship x WHERE x.guardian_id = g.id "
                + "AND x.student_id = s.person_id)";
        String links = linkAll.formatted(staged.students(), staged.guardians());
        long linked = run(links + "WHERE s.is_new AND NOT g.invite", null);
        linked += run(links + """
                WHERE NOT s.is_new AND (NOT g.invite OR %s)
                ON CONFLICT (guardian_id, student_id) DO UPDATE SET relation = EXCLUDED.relation""".formatted(guarding),
                null);
        long invited = run("""
                INSERT INTO guardian_invitation (student_id, invitee_id, relation, invited_by)
                SELECT s.person_id, g.id, s.relation, :actor FROM %s s JOIN %s g ON g.phone = s.guardian_phone
                WHERE g.invite AND g.id <> s.person_id AND NOT %s
                ON CONFLICT (student_id, invitee_id) WHERE status = 'PENDING'
                DO UPDATE SET relation = EXCLUDED.relation"""
                .formatted(staged.students(), staged.guardians(), guarding), null);
        return new Counts(created, 0, linked, invited);
    }

    /** A teacher whose 任教班级 is filled teaches exactly those classes of this school afterwards; one head per class. */
    private void teaching() {
        run("""
                DELETE FROM class_teacher ct USING %s t
                WHERE ct.person_id = t.person_id AND cardinality(t.classes) > 0
                  AND ct.class_id IN (SELECT class_id FROM %s)
                  AND NOT EXISTS (SELECT 1 FROM %s c WHERE c.line = t.line AND c.class_id = ct.class_id)"""
                .formatted(staged.teachers(), staged.classes(), staged.teaching()), null);
        run("""
                UPDATE class_teacher ct SET head = FALSE FROM %s c JOIN %s t ON t.line = c.line
                WHERE c.head AND ct.class_id = c.class_id AND ct.person_id <> t.person_id AND ct.head"""
                .formatted(staged.teaching(), staged.teachers()), null);
        run("""
                INSERT INTO class_teacher (class_id, person_id, head)
                SELECT c.class_id, t.person_id, c.head FROM %s c JOIN %s t ON t.line = c.line
                ON CONFLICT (class_id, person_id) DO UPDATE SET head = EXCLUDED.head"""
                .formatted(staged.teaching(), staged.teachers()), null);
        subjects();
    }

    /**
     * A teacher whose 任教学科 is filled teaches exactly those subjects in this school's classes afterwards; a subject
     * the file gives to another teacher changes hands, and a teacher left with nothing in a class they are not named
     * for in the file is taken off it, as on the class page.
     */
    private void subjects() {
        String claimed = "(SELECT c.class_id, s.subject, t.person_id FROM %s c JOIN %s t ON t.line = c.line "
                .formatted(staged.teaching(), staged.teachers())
                + "CROSS JOIN LATERAL unnest(c.subjects) AS s(subject))";
        run("""
                DELETE FROM class_subject cs USING %s t
                WHERE cs.person_id = t.person_id AND cs.class_id IN (SELECT class_id FROM %s)
                  AND EXISTS (SELECT 1 FROM %s c WHERE c.line = t.line AND cardinality(c.subjects) > 0)
                  AND NOT EXISTS (SELECT 1 FROM %s c WHERE c.line = t.line AND c.class_id = cs.class_id
                                                       AND cs.subject = ANY (c.subjects))"""
                .formatted(staged.teachers(), staged.classes(), staged.teaching(), staged.teaching()), null);
        run("""
                DELETE FROM class_teacher ct WHERE NOT ct.head AND ct.former_subject IS NULL
                  AND EXISTS (SELECT 1 FROM class_subject cs JOIN %1$s k ON k.class_id = cs.class_id
                                                                      AND k.subject = cs.subject
                              WHERE cs.class_id = ct.class_id AND cs.person_id = ct.person_id
                                AND k.person_id <> ct.person_id)
                  AND NOT EXISTS (SELECT 1 FROM class_subject cs WHERE cs.class_id = ct.class_id
                                    AND cs.person_id = ct.person_id
                                    AND NOT EXISTS (SELECT 1 FROM %1$s k WHERE k.class_id = cs.class_id
                                                      AND k.subject = cs.subject AND k.person_id <> ct.person_id))
                  AND NOT EXISTS (SELECT 1 FROM %2$s c JOIN %3$s t ON t.line = c.line
                                  WHERE c.class_id = ct.class_id AND t.person_id = ct.person_id)"""
                .formatted(claimed, staged.teaching(), staged.teachers()), null);
        run("""
                INSERT INTO class_subject (class_id, subject, person_id) SELECT class_id, subject, person_id FROM %s k
                ON CONFLICT (class_id, subject) DO UPDATE SET person_id = EXCLUDED.person_id"""
                .formatted(claimed), null);
        run("""
                UPDATE class_teacher ct SET former_subject = NULL FROM %s c JOIN %s t ON t.line = c.line
                WHERE ct.class_id = c.class_id AND ct.person_id = t.person_id AND cardinality(c.subjects) > 0
                  AND ct.former_subject IS NOT NULL""".formatted(staged.teaching(), staged.teachers()), null);
    }

    private long count(String table, String condition) {
        return jdbc.sql("SELECT count(*) FROM %s WHERE %s".formatted(table, condition)).query(Long.class).single();
    }

    /** Runs one statement on a staged table (or a ready statement when table is null); returns the rows touched. */
    private long run(String sql, String table) {
        String statement = table == null ? sql : sql.formatted(table);
        JdbcClient.StatementSpec spec = jdbc.sql(statement);
        if (statement.contains(":school")) {
            spec = spec.param("school", schoolId);
        }
        if (statement.contains(":secret")) {
            spec = spec.param("secret", secretId);
        }
        if (statement.contains(":actor")) {
            spec = spec.param("actor", actorId);
        }
        return spec.update();
    }
}
