package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.renrentong.roster.ImportWaiter.importAndWait;
import static org.renrentong.roster.RosterFiles.STUDENT_HEADER;
import static org.renrentong.roster.RosterFiles.TEACHER_HEADER;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A file with bad rows is reported line by line and leaves every table exactly as it was. */
@IntegrationTest
class RosterRejectionTest {

    private static final List<String> TABLES = List.of("person", "role_grant", "class_student", "class_teacher",
            "class_subject", "guardianship", "school_class", "space", "initial_secret", "org_group");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;

    School school;
    School other;
    Actor admin;

    @BeforeEach
    void schools() {
        school = fixtures.aSchool().build();
        other = fixtures.aSchool().build();
        admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
    }

    @Test
    void everyBadRowOfACsvIsReportedAndNothingIsWritten() {
        String takenIdCard = RosterFiles.idCard();
        fixtures.aPerson().student().in(fixtures.aClass().in(other).build()).idCard(takenIdCard).build();
        String no = RosterFiles.number();
        String idCard = RosterFiles.idCard();
        String parentPhone = RosterFiles.phone("137");
        String badIdCard = idCard.substring(0, 17) + (idCard.charAt(17) == '1' ? '2' : '1');
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.of(
                new String[] {"七年级", "1班", no, "甲", "男", idCard, "甲父", parentPhone, ""},
                new String[] {"七年级", "1班", RosterFiles.number(), "乙", "M", "", "", "", ""},
                new String[] {"七年级", "1班", RosterFiles.number(), "丙", "女", "", "丙母", "12345", ""},
                new String[] {"七年级", "1班", RosterFiles.number(), "丁", "女", badIdCard, "", "", ""},
                new String[] {"十三年级", "1班", RosterFiles.number(), "戊", "男", "", "", "", ""},
                new String[] {"七年级", "2班", no, "己", "男", "", "", "", ""},
                new String[] {"七年级", "2班", RosterFiles.number(), "庚", "男", idCard, "", "", ""},
                new String[] {"七年级", "2班", RosterFiles.number(), "辛", "女", takenIdCard, "", "", ""},
                new String[] {"七年级", "2班", RosterFiles.number(), "", "女", "", "", "", ""},
                new String[] {"七年级", "2班", RosterFiles.number(), "壬", "男", "", "别人", parentPhone, ""},
                new String[] {"", "", "", "", "", "", "", "", ""},
                new String[] {"七年级", "3班", RosterFiles.number(), "癸", "男", "", "", "", ""}));
        Map<String, Long> before = counts();

        ImportJob job = importAndWait(imports, admin, school.id(), "bad.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.messageKey()).isEqualTo("roster.job.rejected");
        assertThat(job.errorCount()).isEqualTo(9);
        assertThat(imports.errors(admin, job.id(), 100)).extracting(ImportError::line, ImportError::field,
                ImportError::messageKey).containsExactly(
                tuple(3L, "性别", "roster.row.gender"),
                tuple(4L, "家长手机号", "roster.row.phone"),
                tuple(5L, "身份证号", "roster.row.idCard"),
                tuple(6L, "年级", "roster.row.grade"),
                tuple(7L, "学号", "roster.check.duplicate"),
                tuple(8L, "身份证号", "roster.check.duplicate"),
                tuple(9L, "身份证号", "roster.check.idCardUnusable"),
                tuple(10L, "姓名", "roster.row.required"),
                tuple(11L, "家长姓名", "roster.check.guardianName"));
        assertThat(imports.errors(admin, job.id(), 100).get(4).args()).containsExactly("2");
        assertThat(imports.errors(admin, job.id(), 100).get(2).args())
                .containsExactly(badIdCard.substring(0, 4) + "*".repeat(10) + badIdCard.substring(14));
        String report = new String(imports.errorReport(admin, job.id(), false, Locale.SIMPLIFIED_CHINESE),
                StandardCharsets.UTF_8);
        assertThat(report).doesNotContain(badIdCard).doesNotContain(takenIdCard).doesNotContain("其他学校")
                .contains("这个身份证号无法用于本行");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname LIKE 'roster_stage_%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void conflictsAcrossTheSheetsOfAnXlsxAreReportedAndNothingIsWritten() {
        String otherTeacherPhone = RosterFiles.phone("136");
        fixtures.aPerson().teacher().at(other).phone(otherTeacherPhone).build();
        String sharedIdCard = RosterFiles.idCard();
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        sheets.put("说明", List.<String[]>of(new String[] {"这一页只是说明"}));
        sheets.put("学生名单", List.of(STUDENT_HEADER,
                new String[] {"九年级", "1班", RosterFiles.number(), "甲", "男", sharedIdCard, null, null, null},
                new String[] {"九年级", "1班", RosterFiles.number(), "乙", "男", "1.30102201201011E+17", null, null, null}));
        sheets.put("老师", List.of(TEACHER_HEADER,
                new String[] {RosterFiles.number(), "丙", "女", otherTeacherPhone, null, "九年级1班", null},
                new String[] {RosterFiles.number(), "丁", "女", RosterFiles.phone("136"), sharedIdCard, "九年级", null}));
        Map<String, Long> before = counts();

        ImportJob job = importAndWait(imports, admin, school.id(), "bad.xlsx", RosterFiles.xlsx(sheets));

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(imports.errors(admin, job.id(), 100)).extracting(ImportError::sheet, ImportError::line,
                ImportError::field, ImportError::messageKey).containsExactlyInAnyOrder(
                tuple("学生名单", 3L, "身份证号", "roster.row.idCardNumeric"),
                tuple("老师", 2L, "手机号", "roster.check.phoneTaken"),
                tuple("老师", 3L, "任教班级", "roster.row.classRef"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void duplicatesAcrossSheetsAreReportedWithTheOtherSheet() {
        String sharedIdCard = RosterFiles.idCard();
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        sheets.put("学生", List.of(STUDENT_HEADER,
                new String[] {"九年级", "1班", RosterFiles.number(), "甲", "男", sharedIdCard, null, null, null}));
        sheets.put("教师", List.of(TEACHER_HEADER,
                new String[] {RosterFiles.number(), "丁", "女", RosterFiles.phone("136"), sharedIdCard, null, null}));

        ImportJob job = importAndWait(imports, admin, school.id(), "dup.xlsx", RosterFiles.xlsx(sheets));

        assertThat(imports.errors(admin, job.id(), 100)).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("教师");
            assertThat(e.messageKey()).isEqualTo("roster.check.duplicateOtherSheet");
            assertThat(e.args()).containsExactly("学生", "2");
        });
    }

    @Test
    void aFileWithoutRosterHeadersIsRejectedAsAWhole() {
        byte[] csv = RosterFiles.csv(new String[] {"名字", "电话"}, List.<String[]>of(new String[] {"张三", "13800000000"}));

        ImportJob job = importAndWait(imports, admin, school.id(), "other.csv", csv);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.messageKey()).isEqualTo("roster.file.noSheet");
    }

    @Test
    void aStudentsSheetMissingARequiredColumnIsRejectedAsAWhole() {
        byte[] csv = RosterFiles.csv(new String[] {"学号", "姓名"}, List.<String[]>of(new String[] {"1", "张三"}));

        ImportJob job = importAndWait(imports, admin, school.id(), "partial.csv", csv);

        assertThat(job.messageKey()).isEqualTo("roster.file.missingColumns");
        assertThat(job.messageArgs()).containsExactly("学生", "年级、班级、性别");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.sql("SELECT count(*) FROM " + t).query(Long.class).single()));
        return counts;
    }
}
