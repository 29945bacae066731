package org.renrentong.identity;

import java.util.regex.Pattern;

/**
 * The contract between a roster import and {@link PeopleImport}: the caller stages a school's rows in tables of its
 * own (unlogged, inside the importing transaction) and names them here; identity reads them set-based and writes its
 * own tables from them, never row by row.
 *
 * <ul>
 * <li>{@code students}: line, grade_id, class_name, student_no, name, gender, id_hash, id_cipher, id_masked,
 *     guardian_name, guardian_phone, guardian_account, relation, account, and
 *     {@code person_id BIGINT NOT NULL DEFAULT }{@link #NEW_PERSON_ID}{@code , is_new BOOLEAN NOT NULL DEFAULT TRUE}.
 * <li>{@code teachers}: line, staff_no, name, gender, phone, id_hash, id_cipher, id_masked, account,
 *     classes (TEXT[]: empty when the file leaves 任教班级 blank), and person_id, is_new as above.
 * <li>{@code teaching}: one row per class a teacher teaches: line (the teacher's), class_id (null while the class does
 *     not exist yet), head, subjects (TEXT[] of the subject codes taught there: empty when 任教学科 names none; a
 *     teacher with any teaches exactly those subjects afterwards).
 * <li>{@code classes}: every class of the school once the missing ones exist: grade_id, name, class_id.
 * <li>{@code guardians}: a name free for identity's own working table of the guardians; the caller drops it.
 * </ul>
 * Matching ({@link PeopleImport#match}) turns the rows of existing people into updates: person_id and is_new.
 */
public record StagedRoster(String students, String teachers, String teaching, String classes, String guardians) {

    /**
     * The default of a staged row's person_id: every row starts as a new person with an id of its own, drawn while it
     * is copied in, so no statement has to rewrite all staged rows to number them.
     */
    public static final String NEW_PERSON_ID = "nextval('person_id_seq')";

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The names are formatted into SQL: only plain lower-case identifiers are taken. */
    public StagedRoster {
        for (String name : new String[] {students, teachers, teaching, classes, guardians}) {
            if (name == null || !TABLE.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a staging table name: " + name);
            }
        }
    }
}
