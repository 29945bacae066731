package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.roster.ImportWaiter.importAndWait;
import static org.renrentong.roster.RosterFiles.STUDENT_HEADER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import pages and API, and what an imported account meets at its first sign-in. */
@IntegrationTest
@AutoConfigureMockMvc
class RosterWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Imports imports;

    School school;
    Person adminPerson;
    Actor admin;

    @BeforeEach
    void school() {
        school = fixtures.aSchool().build();
        adminPerson = fixtures.aPerson().schoolAdmin().at(school).build();
        fixtures.passwordChanged(adminPerson);
        admin = fixtures.actor(adminPerson);
    }

    @Test
    void anImportedStudentMustChangeTheInitialPasswordAtFirstSignIn() throws Exception {
        String no = RosterFiles.number();
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"三年级", "1班", no, "吴小", "男", "", "", "", ""}));
        assertThat(importAndWait(imports, admin, school.id(), "s.csv", csv).status()).isEqualTo(ImportStatus.DONE);

        mvc.perform(formLogin("/login").user("s" + school.id() + "-" + no).password("Init-Pass1"))
                .andExpect(redirectedUrl("/password"));
    }

    @Test
    void theChangesAFileWouldMakeAreShownUntilTheUploadConfirmsThem() throws Exception {
        String no = RosterFiles.number();
        byte[] first = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"三年级", "1班", no, "吴小", "男", "", "", "", ""}));
        assertThat(importAndWait(imports, admin, school.id(), "s.csv", first).status()).isEqualTo(ImportStatus.DONE);
        byte[] renamed = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"三年级", "1班", no, "吴晓", "男", "", "", "", ""}));

        String checked = upload(renamed, false);
        mvc.perform(get(checked).with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(content().string(containsString("将把已有人员“吴小”的姓名改为“吴晓”")))
                .andExpect(content().string(containsString("没有导入任何数据")));
        String confirmed = upload(renamed, true);
        mvc.perform(get(confirmed).with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(content().string(containsString("更新 1 人")));
    }

    /** Uploads through the page form and waits for the job; returns the job page's address. */
    private String upload(byte[] csv, boolean confirmChanges) throws Exception {
        String job = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "s.csv", "text/csv", csv))
                        .param("schoolId", String.valueOf(school.id())).param("initialPassword", "Init-Pass1")
                        .param("confirmChanges", String.valueOf(confirmChanges))
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)).with(csrf()))
                .andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        ImportWaiter.await(imports, admin, UUID.fromString(job.substring(job.lastIndexOf('/') + 1)));
        return job;
    }

    @Test
    void theApiStartsAnImportAndReportsItsRejection() throws Exception {
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"三年级", "1班", RosterFiles.number(), "吴小", "X", "", "", "", ""}));
        String body = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", csv))
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.initialPassword").isString())
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(body, "$.job.id"));
        ImportWaiter.await(imports, admin, id);

        mvc.perform(get("/api/v1/imports/" + id).with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.message").value(containsString("1 处错误")));
        byte[] report = mvc.perform(get("/api/v1/imports/" + id + "/errors.csv")
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(report, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF工作表,行号,列,问题").contains(",2,性别,性别只能填“男”或“女”，不能是“X”。");
        mvc.perform(get("/api/v1/imports/" + id + "/errors?lang=en")
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(jsonPath("$[0].line").value(2))
                .andExpect(jsonPath("$[0].code").value("roster.row.gender"));
    }

    @Test
    void theApiRefusesAnAdministratorOfAnotherSchool() throws Exception {
        Person stranger = fixtures.aPerson().schoolAdmin().at(fixtures.aSchool().build()).build();
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.of());

        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "s.csv", "text/csv", csv))
                        .param("schoolId", String.valueOf(school.id()))
                        .with(httpBasic(stranger.account(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void thePagesUploadAFileAndShowTheJob() throws Exception {
        mvc.perform(get("/imports").with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(school.name())))
                .andExpect(content().string(containsString("id=\"import-form\"")));
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.<String[]>of(
                new String[] {"三年级", "2班", RosterFiles.number(), "郑小", "女", "", "", "", ""}));

        String location = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "班级.csv", "text/csv", csv))
                        .param("initialPassword", "Init-Pass1")
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)).with(csrf()))
                .andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/imports/".length()));
        ImportWaiter.await(imports, admin, id);

        mvc.perform(get(location).with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"job-done\"")));
        mvc.perform(get(location + "/progress").with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(containsString("100%")));
    }

    @Test
    void aWeakInitialPasswordIsShownBesideItsField() throws Exception {
        byte[] csv = RosterFiles.csv(STUDENT_HEADER, List.of());

        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "s.csv", "text/csv", csv))
                        .param("initialPassword", "123")
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"123\"")));
    }

    @Test
    void theTemplatesCarryTheHeaders() throws Exception {
        byte[] xlsx = mvc.perform(get("/imports/template.xlsx")
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("学生", "教师", "说明");
            assertThat(workbook.getFirstSheet().read().get(0).getCellText(2)).isEqualTo("学号");
            // the help sheet explains every column, 任教学科 with its format by example
            assertThat(workbook.getSheets().toList().get(2).read()).filteredOn(r -> "任教学科".equals(r.getCellText(0)))
                    .singleElement().satisfies(r -> assertThat(r.getCellText(3))
                            .isEqualTo("七年级1班:数学;七年级2班:数学、道德与法治"));
        }
        byte[] csv = mvc.perform(get("/imports/template-teachers.csv")
                        .with(httpBasic(adminPerson.account(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF工号,姓名,性别,手机号,身份证号,任教班级,班主任班级,任教学科\r\n");
    }
}
