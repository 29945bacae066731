package org.renrentong.bench.space;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Writes the data of the space home page benchmark straight into a running node's database: a junior school in
 * 长安区 (130102) with three grades of ten classes (or as many as given), 45 students and a head teacher (of 语文)
 * each, the benchmark teacher ({@code bench-teacher}) heading class 七年级1班, their spaces, and posts with skewed
 * popularity (the first class has the most). Idempotent: a second run only resets the teacher's password. Prints the class space id.
 *
 * <p>Usage: {@code SpaceHomeBenchData <jdbc-url> <teacher-password> [classes per grade]}
 */
public final class SpaceHomeBenchData {

    static final String SCHOOL = "人人通基准测试中学";
    static final String COUNTY = "130102";
    static final String PATH = "/000000/130000/130100/130102/";
    static final String TEACHER = "bench-teacher";
    private static final String[] GRADES = {"七年级", "八年级", "九年级"};
    private static final int STUDENTS_PER_CLASS = 45;
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final Connection db;
    private final int classesPerGrade;
    private final Random random = new Random(20240901);
    private final ChineseText text = new ChineseText(random);

    private SpaceHomeBenchData(Connection db, int classesPerGrade) {
        this.db = db;
        this.classesPerGrade = classesPerGrade;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException(
                    "usage: SpaceHomeBenchData <jdbc-url> <teacher-password> [classes per grade, 10 unless given]");
        }
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
            db.setAutoCommit(false);
            String hash = BCrypt.hashpw(args[1], BCrypt.gensalt());
            SpaceHomeBenchData data = new SpaceHomeBenchData(db, args.length == 3 ? Integer.parseInt(args[2]) : 10);
            long space = data.existingClassSpace().orElseGet(() -> data.seed(hash));
            data.update("UPDATE person SET password_hash = ?, must_change_password = FALSE, failed_logins = 0, "
                    + "locked_until = NULL WHERE account = ?", hash, TEACHER);
            db.commit();
            System.out.println(space);
        }
    }

    private java.util.Optional<Long> existingClassSpace() {
        List<Long> ids = longs("""
                SELECT sp.id FROM space sp JOIN school_class c ON sp.kind = 'CLASS' AND sp.owner_id = c.id
                JOIN school s ON s.id = c.school_id JOIN grade g ON g.id = c.grade_id
                WHERE s.name = ? AND s.county_code = ? AND g.name = ? AND c.name = '1班'""", SCHOOL, COUNTY, GRADES[0]);
        return ids.stream().findFirst();
    }

    private long seed(String hash) {
        long school = id("INSERT INTO school (name, kind, stages, county_code, region_path) "
                + "VALUES (?, 'JUNIOR', 'JUNIOR', ?, ?) RETURNING id", SCHOOL, COUNTY, PATH);
        update("INSERT INTO space (kind, owner_id, title, visibility, region_path, school_id) "
                + "VALUES ('SCHOOL', ?, ?, 'PUBLIC', ?, ?)", school, SCHOOL, PATH, school);
        long benchTeacher = person(TEACHER, "王丽华", school, hash, "TEACHER");
        List<Long> classSpaces = new ArrayList<>();
        int classNo = 0;
        for (int g = 0; g < GRADES.length; g++) {
            long grade = id("INSERT INTO grade (school_id, stage, year_level, name) VALUES (?, 'JUNIOR', ?, ?) "
                    + "RETURNING id", school, 7 + g, GRADES[g]);
            for (int k = 1; k <= classesPerGrade; k++) {
                classNo++;
                long c = id("INSERT INTO school_class (school_id, grade_id, name) VALUES (?, ?, ?) RETURNING id",
                        school, grade, k + "班");
                long space = id("INSERT INTO space (kind, owner_id, title, visibility, region_path, school_id) "
                        + "VALUES ('CLASS', ?, ?, 'MEMBERS', ?, ?) RETURNING id", c, GRADES[g] + k + "班", PATH, school);
                classSpaces.add(space);
                long head = classNo == 1 ? benchTeacher
                        : person("bench-t" + classNo, text.name(), school, hash, "TEACHER");
                update("INSERT INTO class_teacher (class_id, person_id, head) VALUES (?, ?, TRUE)", c, head);
                update("INSERT INTO class_subject (class_id, subject, person_id) VALUES (?, '13', ?)", c, head);
                List<Long> students = new ArrayList<>();
                for (int s = 1; s <= STUDENTS_PER_CLASS; s++) {
                    long student = person("bench-s" + classNo + "-" + s, text.name(), school, hash, "STUDENT");
                    update("INSERT INTO class_student (class_id, person_id) VALUES (?, ?)", c, student);
                    students.add(student);
                }
                posts(space, head, students, 200 / classNo);
            }
        }
        update("""
                INSERT INTO space (kind, owner_id, title, visibility, region_path, school_id)
                SELECT 'PERSONAL', p.id, p.name, 'MEMBERS', ?, p.school_id FROM person p WHERE p.school_id = ?""",
                PATH, school);
        // about 70 % opened, 35 % active in the last 30 days
        update("""
                UPDATE space SET opened_at = now() - (random() * interval '300 days')
                WHERE kind = 'PERSONAL' AND school_id = ? AND random() < 0.7""", school);
        update("UPDATE space SET last_active_at = GREATEST(opened_at, now() - (random() * interval '60 days')) "
                + "WHERE kind = 'PERSONAL' AND school_id = ? AND opened_at IS NOT NULL", school);
        return classSpaces.get(0);
    }

    private long person(String account, String name, long school, String hash, String role) {
        long id = id("INSERT INTO person (account, name, gender, school_id, password_hash, must_change_password) "
                + "VALUES (?, ?, ?, ?, ?, FALSE) RETURNING id", account, name,
                random.nextBoolean() ? "MALE" : "FEMALE", school, hash);
        update("INSERT INTO role_grant (person_id, role, school_id) VALUES (?, ?, ?)", id, role, school);
        return id;
    }

    /** Three notices by the head teacher, then posts by students and the teacher, every seventh with an image. */
    private void posts(long space, long teacher, List<Long> students, int count) {
        for (int i = 0; i < 3; i++) {
            update("INSERT INTO post (space_id, author_id, kind, body, created_at) "
                    + "VALUES (?, ?, 'NOTICE', ?, now() - ? * interval '1 day')", space, teacher, text.notice(), 3 - i);
        }
        for (int i = 0; i < count; i++) {
            long author = random.nextInt(5) == 0 ? teacher : students.get(random.nextInt(students.size()));
            long post = id("INSERT INTO post (space_id, author_id, kind, body, created_at) "
                    + "VALUES (?, ?, 'POST', ?, now() - ? * interval '1 minute') RETURNING id",
                    space, author, text.post(), (count - i) * 37);
            if (i % 7 == 0) {
                update("INSERT INTO post_image (post_id, content_type, bytes) VALUES (?, 'image/png', ?)", post, PNG);
            }
        }
        update("UPDATE space SET last_active_at = now() WHERE id = ?", space);
    }

    private long id(String sql, Object... args) {
        return longs(sql, args).get(0);
    }

    private List<Long> longs(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
