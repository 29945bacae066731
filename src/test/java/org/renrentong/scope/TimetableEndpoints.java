package org.renrentong.scope;

import static org.renrentong.scope.Caller.CLASSMATE;
import static org.renrentong.scope.Caller.GUARDIAN;
import static org.renrentong.scope.Caller.MANAGE_A;
import static org.renrentong.scope.Caller.OTHER_TEACHER;
import static org.renrentong.scope.Caller.SIGNED_IN;
import static org.renrentong.scope.Caller.STUDENT;
import static org.renrentong.scope.Caller.TEACHER;
import static org.renrentong.scope.Caller.only;
import static org.renrentong.scope.Caller.plus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.testing.TermBuilder;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Timetables of class A1 (read by its members and school A's managers, set by those managers; its head teacher is
 * checked in the timetable tests), a teacher's own week, and school A's bell schedule and import.
 */
final class TimetableEndpoints extends Declarations {

    static final Set<Caller> READ_A1 = plus(MANAGE_A, TEACHER, STUDENT, CLASSMATE, GUARDIAN);

    TimetableEndpoints(MatrixWorld w, TermBuilder terms) {
        super(w);
        long a1 = w.classA1.id();
        long a = w.schoolA.id();
        Term term = terms.aTerm().at(w.schoolA).build();
        String periods = "08:00-08:45\n08:55-09:40\n10:00-10:45\n10:55-11:40\n14:00-14:45\n14:55-15:40\n15:50-16:35";

        on("GET /timetable/classes/{id}").at("class A1", a1).allow(READ_A1);
        on("GET /api/v1/timetable/classes/{id}").at("class A1", a1).allow(READ_A1);
        on("GET /timetable/classes/{id}/card").at("class A1", a1).allow(SIGNED_IN);
        on("POST /timetable/classes/{id}/lessons").at("class A1", a1).param("term", term.id()).param("day", 1)
                .param("period", 1).param("subject", "13").allow(MANAGE_A);
        on("PUT /api/v1/timetable/classes/{id}/lessons").at("class A1", a1)
                .json(c -> "{\"termId\":" + term.id() + ",\"day\":2,\"period\":1,\"subject\":\"14\"}").allow(MANAGE_A);
        on("DELETE /api/v1/timetable/classes/{id}/lessons").at("class A1", a1).param("term", term.id())
                .param("day", 3).param("period", 1).allow(MANAGE_A);
        on("GET /timetable/mine").allow(only(TEACHER, OTHER_TEACHER));
        on("GET /api/v1/timetable/mine").allow(only(TEACHER, OTHER_TEACHER));
        on("GET /timetable/template").allow(SIGNED_IN);

        on("GET /timetable/schools/{id}").at("school A", a).allow(MANAGE_A);
        on("GET /api/v1/timetable/schools/{id}").at("school A", a).allow(MANAGE_A);
        on("POST /timetable/schools/{id}/schedule").at("school A", a).param("daysPerWeek", 5)
                .param("periods", periods).allow(MANAGE_A);
        on("PUT /api/v1/timetable/schools/{id}/schedule").at("school A", a)
                .json(c -> "{\"daysPerWeek\":5,\"periods\":[{\"startsAt\":\"08:00\",\"endsAt\":\"08:45\"},"
                        + "{\"startsAt\":\"08:55\",\"endsAt\":\"09:40\"},{\"startsAt\":\"10:00\",\"endsAt\":\"10:45\"},"
                        + "{\"startsAt\":\"10:55\",\"endsAt\":\"11:40\"},{\"startsAt\":\"14:00\",\"endsAt\":\"14:45\"},"
                        + "{\"startsAt\":\"14:55\",\"endsAt\":\"15:40\"},{\"startsAt\":\"15:50\",\"endsAt\":\"16:35\"}]}")
                .allow(MANAGE_A);
        String className = w.classA2.fullName();
        on("POST /timetable/schools/{id}/import").at("school A", a).param("term", term.id())
                .file(c -> lessons(className)).allow(MANAGE_A);
        on("POST /api/v1/timetable/schools/{id}/import").at("school A", a).param("term", term.id())
                .file(c -> lessons(className)).allow(MANAGE_A);
    }

    /** An .xlsx file with one lesson of the class. */
    private static MockMultipartFile lessons(String className) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "matrix", "1.0");
            Worksheet sheet = workbook.newWorksheet("课程表");
            String[][] rows = {{"班级", "星期", "节次", "学科", "教师"}, {className, "周五", "7", "音乐", ""}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MockMultipartFile("file", "课程表.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
    }
}
