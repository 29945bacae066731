package org.renrentong.roster;

import static org.renrentong.roster.RosterColumn.CLASS;
import static org.renrentong.roster.RosterColumn.GENDER;
import static org.renrentong.roster.RosterColumn.GRADE;
import static org.renrentong.roster.RosterColumn.GUARDIAN_NAME;
import static org.renrentong.roster.RosterColumn.GUARDIAN_PHONE;
import static org.renrentong.roster.RosterColumn.ID_CARD;
import static org.renrentong.roster.RosterColumn.NAME;
import static org.renrentong.roster.RosterColumn.RELATION;
import static org.renrentong.roster.RosterColumn.STUDENT_NO;

import java.sql.SQLException;
import org.renrentong.identity.Accounts;
import org.renrentong.identity.IdCardNumber;
import org.renrentong.identity.IdCardVault;
import org.renrentong.identity.Role;

/** Checks a students-sheet row on its own and, when it is clean, copies it to the students staging table. */
final class StudentRows {

    static final String COLUMNS = "line, grade_id, class_name, student_no, name, gender, id_hash, id_cipher, "
            + "id_masked, guardian_name, guardian_phone, guardian_account, relation, account";
    static final String DEFAULT_RELATION = "监护人";

    private final long schoolId;
    private final SchoolGrades grades;
    private final IdCardVault vault;
    private final ErrorCollector errors;

    StudentRows(long schoolId, SchoolGrades grades, IdCardVault vault, ErrorCollector errors) {
        this.schoolId = schoolId;
        this.grades = grades;
        this.vault = vault;
        this.errors = errors;
    }

    void accept(SheetLayout layout, long line, String[] cells, StagingCopy out) throws SQLException {
        RowCheck check = new RowCheck(layout, cells, line, errors);
        String grade = check.text(GRADE, true);
        Long gradeId = grade == null ? null : grades.id(grade);
        if (grade != null && gradeId == null) {
            check.fail(GRADE, "roster.row.grade", grade);
        }
        String rawClass = check.text(CLASS, true);
        String className = rawClass == null || grade == null ? null : SchoolGrades.className(grade, rawClass);
        String number = check.number(STUDENT_NO);
        String name = check.text(NAME, true);
        String gender = check.gender(GENDER);
        String idCard = check.idCard(ID_CARD);
        String guardianName = check.text(GUARDIAN_NAME, false);
        String guardianPhone = check.phone(GUARDIAN_PHONE, false);
        String relation = check.text(RELATION, false);
        if (guardianPhone != null && guardianName == null && layout.cell(cells, GUARDIAN_NAME) == null) {
            check.fail(GUARDIAN_NAME, "roster.row.guardianNameMissing");
        }
        if (guardianName != null && layout.cell(cells, GUARDIAN_PHONE) == null) {
            check.fail(GUARDIAN_PHONE, "roster.row.guardianPhoneMissing");
        }
        if (!check.ok()) {
            return;
        }
        out.number(line).number(gradeId).text(className).text(number).text(name).text(gender);
        if (idCard == null) {
            out.text(null).text(null).text(null);
        } else {
            out.bytes(vault.hash(idCard)).bytes(vault.encrypt(idCard)).text(IdCardNumber.mask(idCard));
        }
        boolean guardian = guardianPhone != null;
        out.text(guardianName).text(guardianPhone)
                .text(guardian ? Accounts.forRole(Role.GUARDIAN, null, null) : null)
                .text(guardian ? (relation == null ? DEFAULT_RELATION : relation) : null)
                .text(Accounts.forRole(Role.STUDENT, schoolId, number));
        out.endRow();
    }
}
