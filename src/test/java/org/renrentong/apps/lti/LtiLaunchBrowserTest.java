package org.renrentong.apps.lti;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the platform administrator registers an LTI 1.3 tool the project did not write (npm {@code ltijs})
 * on the tools page; a teacher and then a student of a class open it from the class space. The tool itself checks
 * the launch (the node's signature from its JWK set, nonce, LTI claims) and shows the role and the class it received.
 * The tool reads the class's members through the names and roles service. The teacher places the tool's content in
 * the class space by deep linking; the student opens it from there.
 */
@IntegrationTest
class LtiLaunchBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void aTeacherAndAStudentOpenAnIndependentToolAndTheContentPlacedFromIt() throws Exception {
        SchoolClass schoolClass = fixtures.aClass().in(fixtures.aSchool().named("育才中学" + Fixtures.unique())
                .build()).build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Person student = logins.ready(fixtures.aPerson().student().in(schoolClass).build());
        String toolName = "几何画板" + Fixtures.unique();

        try (IndependentLtiTool tool = IndependentLtiTool.start("http://localhost:" + port, dataSource)) {
            Page admin = browser.signedIn(logins.platformAdmin().account(), Fixtures.PASSWORD);
            admin.navigate("/admin/lti-tools");
            admin.fill("#lti-name", toolName);
            admin.fill("#lti-clientId", tool.clientId);
            admin.fill("#lti-deploymentId", "1");
            admin.fill("#lti-loginUrl", tool.loginUrl());
            admin.fill("#lti-targetLinkUri", "ftp://wrong");
            admin.fill("#lti-jwksUrl", tool.keysUrl());
            admin.fill("#lti-deepLinkingUrl", tool.launchUrl());
            admin.click("#lti-tool-submit");
            assertThat(admin.locator("#lti-tool-error")).hasText("启动地址须为 http 或 https 的完整网址，且不超过 1000 个字符。");
            assertThat(admin.locator("#lti-name")).hasValue(toolName);
            admin.fill("#lti-targetLinkUri", tool.launchUrl());
            admin.click("#lti-tool-submit");
            assertThat(admin.locator("#lti-tool-registered")).isVisible();
            assertThat(admin.locator("#lti-tools-table")).containsText(toolName);

            Page asTeacher = opened(teacher, schoolClass, toolName, tool);
            assertThat(asTeacher.locator("#tool-message")).hasText("LtiResourceLinkRequest");
            assertThat(asTeacher.locator("#tool-role")).hasText("Instructor");
            assertThat(asTeacher.locator("#tool-context")).hasText(schoolClass.schoolName() + " " + schoolClass.fullName());
            assertThat(asTeacher.locator("#tool-name")).hasText("");
            assertThat(asTeacher.locator("#tool-members")).hasText("2");

            String teacherInTool = asTeacher.locator("#tool-user").textContent();

            // deep linking: the teacher picks the tool's content, which the tool signs and sends back to the node
            asTeacher.navigate("/spaces/class/" + schoolClass.id());
            asTeacher.click(".class-tool-pick");
            asTeacher.waitForURL("**/lti/classes/" + schoolClass.id() + "/placed**");
            assertThat(asTeacher.locator("#lti-placed")).hasText("已向 " + schoolClass.fullName() + " 添加 1 项内容。");
            asTeacher.click("#lti-placed-back");
            assertThat(asTeacher.locator(".class-tool-link")).hasText("勾股定理练习");

            Page asStudent = opened(student, schoolClass, toolName, tool);
            assertThat(asStudent.locator("#tool-role")).hasText("Learner");
            assertThat(asStudent.locator("#tool-context")).hasText(schoolClass.schoolName() + " " + schoolClass.fullName());
            assertThat(asStudent.locator("#tool-user").textContent())
                    .isNotEqualTo(teacherInTool).doesNotContain(student.account());

            asStudent.navigate("/spaces/class/" + schoolClass.id());
            assertThat(asStudent.locator(".class-tool-link")).isVisible();
            assertThat(asStudent.locator(".class-tool-pick")).hasCount(0);
            asStudent.click(".class-tool-link");
            asStudent.waitForURL(tool.url + "/**");
            assertThat(asStudent.locator("#tool-message")).hasText("LtiResourceLinkRequest");
            assertThat(asStudent.locator("#tool-resource")).hasText("勾股定理练习");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LTI_LAUNCH' AND result = 'SUCCESS'"
                        + " AND actor_account IN (?, ?)").params(teacher.account(), student.account())
                .query(Long.class).single()).isEqualTo(4);
    }

    private Page opened(Person person, SchoolClass schoolClass, String toolName, IndependentLtiTool tool) {
        Page page = browser.signedIn(person.account(), Fixtures.PASSWORD);
        page.navigate("/spaces/class/" + schoolClass.id());
        page.getByText(toolName, new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL(tool.url + "/**");
        return page;
    }
}
