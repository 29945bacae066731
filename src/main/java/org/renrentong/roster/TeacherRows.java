package org.renrentong.roster;

import static org.renrentong.roster.RosterColumn.GENDER;
import static org.renrentong.roster.RosterColumn.HEAD_OF;
import static org.renrentong.roster.RosterColumn.ID_CARD;
import static org.renrentong.roster.RosterColumn.NAME;
import static org.renrentong.roster.RosterColumn.PHONE;
import static org.renrentong.roster.RosterColumn.STAFF_NO;
import static org.renrentong.roster.RosterColumn.TEACHES;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.renrentong.identity.Accounts;
import org.renrentong.identity.IdCardNumber;
import org.renrentong.identity.IdCardVault;
import org.renrentong.identity.Role;

/** Checks a teachers-sheet row on its own and, when it is clean, copies it to the teachers staging table. */
final class TeacherRows {

    static final String COLUMNS = "line, staff_no, name, gender, phone, id_hash, id_cipher, id_masked, account, "
            + "classes, head_class";
    /** Classes in 任教班级 are separated by semicolons, commas or 、 (half- or full-width), or spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[;；,，、\\s]+");

    private final long schoolId;
    private final SchoolGrades grades;
    private final IdCardVault vault;
    private final ErrorCollector errors;

    TeacherRows(long schoolId, SchoolGrades grades, IdCardVault vault, ErrorCollector errors) {
        this.schoolId = schoolId;
        this.grades = grades;
        this.vault = vault;
        this.errors = errors;
    }

    void accept(SheetLayout layout, long line, String[] cells, StagingCopy out) throws SQLException {
        RowCheck check = new RowCheck(layout, cells, line, errors);
        String number = check.number(STAFF_NO);
        String name = check.text(NAME, true);
        String gender = check.gender(GENDER);
        String phone = check.phone(PHONE, true);
        String idCard = check.idCard(ID_CARD);
        Set<String> classes = new LinkedHashSet<>();
        String teaches = check.text(TEACHES, false);
        if (teaches != null) {
            for (String reference : SEPARATORS.split(teaches)) {
                if (!reference.isEmpty()) {
                    classRef(check, TEACHES, reference).ifPresent(r -> classes.add(r.key()));
                }
            }
        }
        String headOf = check.text(HEAD_OF, false);
        String head = null;
        if (headOf != null && SEPARATORS.matcher(headOf).find()) {
            check.fail(HEAD_OF, "roster.row.headOfOne", headOf);
        } else if (headOf != null) {
            head = classRef(check, HEAD_OF, headOf).map(SchoolGrades.ClassRef::key).orElse(null);
        }
        if (!check.ok()) {
            return;
        }
        if (head != null) {
            classes.add(head);
        }
        out.number(line).text(number).text(name).text(gender).text(phone);
        if (idCard == null) {
            out.text(null).text(null).text(null);
        } else {
            out.bytes(vault.hash(idCard)).bytes(vault.encrypt(idCard)).text(IdCardNumber.mask(idCard));
        }
        out.text(Accounts.forRole(Role.TEACHER, schoolId, number)).texts(List.copyOf(classes)).text(head);
        out.endRow();
    }

    private Optional<SchoolGrades.ClassRef> classRef(RowCheck check, RosterColumn column, String reference) {
        Optional<SchoolGrades.ClassRef> ref = grades.parse(reference);
        if (ref.isEmpty()) {
            check.fail(column, "roster.row.classRef", reference.length() > 40 ? reference.substring(0, 40) : reference);
        }
        return ref;
    }
}
