package org.renrentong.classroom.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Importing timetables from a real .xlsx file: all or nothing, with every wrong row and cell reported; the template
 * offered for download is one the import reads.
 */
@IntegrationTest
class TimetableImportTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired TermBuilder terms;
    @Autowired Timetables timetables;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private School school;
    private SchoolClass one;
    private SchoolClass two;
    private SchoolClass three;
    private Term term;
    private Person wang;
    private Person li;
    private Person adminPerson;
    private Actor admin;

    @BeforeEach
    void school() {
        school = fixtures.aSchool().build();
        one = fixtures.aClass().in(school).build();
        two = fixtures.aClass().in(school).build();
        three = fixtures.aClass().in(school).build();
        term = terms.aTerm().at(school).build();
        wang = fixtures.aPerson().teacher().teaching(one).named("王老师" + Fixtures.unique()).build();
        li = fixtures.aPerson().teacher().teaching(two).build();
        adminPerson = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        admin = fixtures.actor(adminPerson);
    }

    @Test
    void aGoodFileReplacesTheTimetablesOfTheClassesItNames() throws IOException {
        timetables.setLesson(admin, one.id(), term.id(), 5, 7, "24", null);
        timetables.setLesson(admin, three.id(), term.id(), 1, 1, "24", null);

        TimetableImportReport report = timetables.importLessons(admin, school.id(), term.id(), xlsx(
                row(one.fullName(), "周一", "1", "语文", wang.name()),
                row(one.fullName(), "星期二", "第2节", "14", wang.account()),
                row(two.fullName(), "1", "1", "英语", li.account()),
                row(null, null, null, null, null),
                row(two.fullName(), "Fri", "7", "体育与健康", null)));

        assertThat(report.problems()).isEmpty();
        assertThat(report.lessons()).isEqualTo(4);
        assertThat(report.classes()).isEqualTo(2);
        TimetableView week = timetables.ofClass(admin, one.id(), term.id());
        assertThat(week.lessons()).extracting(Lesson::day, Lesson::period, Lesson::subjectName, Lesson::teacherId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, "语文", wang.id()),
                        org.assertj.core.groups.Tuple.tuple(2, 2, "数学", wang.id()));
        assertThat(timetables.ofClass(admin, three.id(), term.id()).lessons()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'TIMETABLE_IMPORTED' AND school_id = ?")
                .param(school.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileWithAnyProblemWritesNothingAndNamesEveryWrongCell() throws IOException {
        timetables.setLesson(admin, one.id(), term.id(), 1, 1, "13", null);
        timetables.setLesson(admin, three.id(), term.id(), 3, 3, "13", li.id());
        Person stranger = fixtures.aPerson().teacher().named("外校老师").build();
        String before = lessons();

        TimetableImportReport report = timetables.importLessons(admin, school.id(), term.id(), xlsx(
                row(one.fullName(), "周一", "1", "语文", wang.account()),
                row(one.fullName(), "周一", "1", "数学", null),
                row(two.fullName(), "周一", "1", "数学", wang.account()),
                row(two.fullName(), "周三", "3", "数学", li.account()),
                row(two.fullName(), "周二", "1", "数学", stranger.account()),
                row("九年级9班", "周八", "9", "炼金术", null),
                row(two.fullName(), "周二", "2", null, null)));

        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).extracting(TimetableProblem::row, TimetableProblem::column,
                TimetableProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "节次", "classroom.timetable.import.slotTaken"),
                org.assertj.core.groups.Tuple.tuple(4, "教师", "classroom.timetable.import.teacherTwice"),
                org.assertj.core.groups.Tuple.tuple(5, "教师", "classroom.timetable.import.teacherBusy"),
                org.assertj.core.groups.Tuple.tuple(6, "教师", "classroom.timetable.import.teacherNotOfSchool"),
                org.assertj.core.groups.Tuple.tuple(7, "班级", "classroom.timetable.import.classUnknown"),
                org.assertj.core.groups.Tuple.tuple(7, "星期", "classroom.timetable.import.dayUnknown"),
                org.assertj.core.groups.Tuple.tuple(7, "节次", "classroom.timetable.import.periodUnknown"),
                org.assertj.core.groups.Tuple.tuple(7, "学科", "classroom.timetable.import.subjectUnknown"),
                org.assertj.core.groups.Tuple.tuple(8, "学科", "classroom.timetable.import.required"));
        assertThat(report.problems().get(2).args()).containsExactly(li.account(), three.fullName());
        assertThat(lessons()).isEqualTo(before);
    }

    @Test
    void theApiAnswersWithTheProblemsInTheReadersLanguageAndUnreadableFilesAreRefused() throws Exception {
        mvc.perform(multipart("/api/v1/timetable/schools/{id}/import", school.id()).file(new MockMultipartFile(
                        "file", "课程表.xlsx", null, xlsx(row(one.fullName(), "周一", "1", "炼金术", null)).readAllBytes()))
                        .param("term", String.valueOf(term.id())).with(as(adminPerson)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.imported").value(false))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].message").value("没有学科“炼金术”（写学科名称如“语文”，或学科代码）。"));
        assertThatThrownBy(() -> timetables.importLessons(admin, school.id(), term.id(),
                new ByteArrayInputStream("不是表格".getBytes())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("classroom.timetable.import.unreadable"));
        assertThatThrownBy(() -> timetables.importLessons(fixtures.actor(wang), school.id(), term.id(),
                xlsx(row(one.fullName(), "周一", "1", "语文", null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void theTemplateIsAFileTheImportReads() throws Exception {
        byte[] template = mvc.perform(get("/timetable/template").with(as(adminPerson)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        TimetableImportReport report = timetables.importLessons(admin, school.id(), term.id(),
                new ByteArrayInputStream(template));
        // the header is right; the file just has no lessons yet
        assertThat(report.problems()).extracting(TimetableProblem::messageKey)
                .containsExactly("classroom.timetable.import.empty");
    }

    private String lessons() {
        return jdbc.sql("""
                SELECT coalesce(string_agg(class_id || ':' || day || ':' || period || ':' || subject_code, ','
                ORDER BY class_id, day, period), '') FROM timetable_lesson WHERE term_id = ?""")
                .param(term.id()).query(String.class).single();
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** A real .xlsx file: the header, then the rows (row 2 on). */
    private static ByteArrayInputStream xlsx(String[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("课程表");
        List<String> header = TimetableSheet.COLUMNS;
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    if (rows[r][c].matches("\\d")) {
                        sheet.value(r + 1, c, Integer.parseInt(rows[r][c]));
                    } else {
                        sheet.value(r + 1, c, rows[r][c]);
                    }
                }
            }
        }
        workbook.finish();
        return new ByteArrayInputStream(out.toByteArray());
    }
}
