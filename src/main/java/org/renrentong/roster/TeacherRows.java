package org.renrentong.roster;

import static org.renrentong.roster.RosterColumn.GENDER;
import static org.renrentong.roster.RosterColumn.HEAD_OF;
import static org.renrentong.roster.RosterColumn.ID_CARD;
import static org.renrentong.roster.RosterColumn.NAME;
import static org.renrentong.roster.RosterColumn.PHONE;
import static org.renrentong.roster.RosterColumn.STAFF_NO;
import static org.renrentong.roster.RosterColumn.SUBJECTS;
import static org.renrentong.roster.RosterColumn.TEACHES;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.renrentong.identity.Accounts;
import org.renrentong.identity.IdCardNumber;
import org.renrentong.identity.IdCardVault;
import org.renrentong.identity.Role;
import org.renrentong.identity.SubjectCodes;

/** Checks a teachers-sheet row on its own and, when it is clean, copies it to the teachers staging table. */
final class TeacherRows {

    static final String COLUMNS = "line, staff_no, name, gender, phone, id_hash, id_cipher, id_masked, account, "
            + "classes, head_class, subjects";
    /** Classes in 任教班级 are separated by semicolons, commas or 、 (half- or full-width), or spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[;；,，、\\s]+");
    /** 任教学科 is "班级:学科、学科" per class, the classes separated by semicolons (half- or full-width). */
    private static final Pattern CLASS_ENTRIES = Pattern.compile("[;；]+");
    private static final Pattern CLASS_AND_SUBJECTS = Pattern.compile("[:：]");
    private static final Pattern SUBJECT_SEPARATORS = Pattern.compile("[,，、\\s]+");
    private static final int ECHOED = 40;

    private final long schoolId;
    private final SchoolGrades grades;
    private final SubjectCodes subjects;
    private final IdCardVault vault;
    private final ErrorCollector errors;

    TeacherRows(long schoolId, SchoolGrades grades, SubjectCodes subjects, IdCardVault vault, ErrorCollector errors) {
        this.schoolId = schoolId;
        this.grades = grades;
        this.subjects = subjects;
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
        List<String> taught = subjects(check);
        if (!check.ok()) {
            return;
        }
        if (head != null) {
            classes.add(head);
        }
        taught.forEach(t -> classes.add(t.substring(t.indexOf('/') + 1)));
        out.number(line).text(number).text(name).text(gender).text(phone);
        if (idCard == null) {
            out.text(null).text(null).text(null);
        } else {
            out.bytes(vault.hash(idCard)).bytes(vault.encrypt(idCard)).text(IdCardNumber.mask(idCard));
        }
        out.text(Accounts.forRole(Role.TEACHER, schoolId, number)).texts(List.copyOf(classes)).text(head)
                .texts(taught);
        out.endRow();
    }

    /**
     * The subjects of 任教学科, each as "subject code/class key" ("14/7/1班"); a class may be named once, with one or
     * more subjects, each a current subject by its standard name or code.
     */
    private List<String> subjects(RowCheck check) {
        List<String> taught = new ArrayList<>();
        String cell = check.text(SUBJECTS, false);
        if (cell == null) {
            return taught;
        }
        Set<String> named = new LinkedHashSet<>();
        for (String entry : CLASS_ENTRIES.split(cell)) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = CLASS_AND_SUBJECTS.split(entry.strip(), 2);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                check.fail(SUBJECTS, "roster.row.subjectsFormat", echo(entry.strip()));
                continue;
            }
            Optional<SchoolGrades.ClassRef> ref = classRef(check, SUBJECTS, parts[0].strip());
            if (ref.isPresent() && !named.add(ref.get().key())) {
                check.fail(SUBJECTS, "roster.row.subjectsClassTwice", echo(parts[0].strip()));
            }
            for (String subject : SUBJECT_SEPARATORS.split(parts[1].strip())) {
                Optional<String> code = subjects.codeOf(subject);
                if (code.isEmpty()) {
                    check.fail(SUBJECTS, "roster.row.subject", echo(subject));
                } else if (ref.isPresent() && !taught.contains(code.get() + "/" + ref.get().key())) {
                    taught.add(code.get() + "/" + ref.get().key());
                }
            }
        }
        return taught;
    }

    private static String echo(String text) {
        return text.length() > ECHOED ? text.substring(0, ECHOED) : text;
    }

    private Optional<SchoolGrades.ClassRef> classRef(RowCheck check, RosterColumn column, String reference) {
        Optional<SchoolGrades.ClassRef> ref = grades.parse(reference);
        if (ref.isEmpty()) {
            check.fail(column, "roster.row.classRef", echo(reference));
        }
        return ref;
    }
}
