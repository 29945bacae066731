package org.renrentong.bench.homework;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gives every class of the space home benchmark's school (written before by {@code SpaceHomeBenchData}) one homework
 * of its head teacher, due in a week, accepting late work, straight into a running node's database. Idempotent.
 * Prints "classId homeworkId" per class, the benchmark class (七年级1班) first.
 *
 * <p>Usage: {@code HomeworkBenchData <jdbc-url>}
 */
public final class HomeworkBenchData {

    private HomeworkBenchData() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO homework (teacher_id, school_id, region_path, title, instructions, subject_code, due_at,
                                          late_accepted)
                    SELECT ct.person_id, c.school_id, s.region_path, '基准测试作业 ' || g.name || c.name,
                           '完成练习册第 3 页，拍照上传。', '13', now() + interval '7 days', TRUE
                    FROM school_class c JOIN school s ON s.id = c.school_id JOIN grade g ON g.id = c.grade_id
                    JOIN class_teacher ct ON ct.class_id = c.id AND ct.head
                    WHERE s.name = '人人通基准测试中学'
                      AND NOT EXISTS (SELECT 1 FROM homework_class hc WHERE hc.class_id = c.id)
                    ORDER BY c.id
                    RETURNING id, title""")) {
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        try (PreparedStatement link = db.prepareStatement("""
                                INSERT INTO homework_class (homework_id, class_id)
                                SELECT ?, c.id FROM school_class c JOIN grade g ON g.id = c.grade_id
                                JOIN school s ON s.id = c.school_id
                                WHERE s.name = '人人通基准测试中学' AND '基准测试作业 ' || g.name || c.name = ?""")) {
                            link.setLong(1, rs.getLong(1));
                            link.setString(2, rs.getString(2));
                            link.executeUpdate();
                        }
                    }
                }
            }
            db.commit();
            try (PreparedStatement list = db.prepareStatement("""
                    SELECT hc.class_id, hc.homework_id FROM homework_class hc JOIN school_class c ON c.id = hc.class_id
                    JOIN school s ON s.id = c.school_id WHERE s.name = '人人通基准测试中学' ORDER BY hc.class_id""");
                 ResultSet rs = list.executeQuery()) {
                while (rs.next()) {
                    System.out.println(rs.getLong(1) + " " + rs.getLong(2));
                }
            }
        }
    }
}
