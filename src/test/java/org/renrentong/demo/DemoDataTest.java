package org.renrentong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Role;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.testing.Deliveries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The default run's demo province: every login the README lists works with the demo password. A context of its own
 * (demo data on), so it has its own data directory: the shared test context holds the search index's lock.
 */
@SpringBootTest(properties = {"renrentong.demo=true", "renrentong.data-dir=target/test-data-demo"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoDataTest {

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired Actors actors;
    @Autowired Spaces spaces;
    @Autowired MockMvc mvc;
    @Autowired Deliveries deliveries;
    @Autowired DemoResourceLoader resourceLoader;

    @Test
    void everyReadmeLoginSignsInWithTheDemoPasswordAndNeedsNoPasswordChange() {
        for (String account : new String[] {"admin", "hebei", "sjz", "changan", "qiaoxi", "baoding", "expert",
            "principal", "school2", "teacher", "teacher2", "student", "student2", "parent"}) {
            var row = jdbc.sql("SELECT password_hash, must_change_password FROM person WHERE account = ?")
                    .param(account).query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2)}).single();
            assertThat(encoder.matches("Renrentong@2026", (String) row[0])).as(account).isTrue();
            assertThat((Boolean) row[1]).as(account).isFalse();
        }
    }

    /** The password admin was created with is the demo one (see PlatformAdminBootstrapTest), not replaced later. */
    @Test
    void adminSignsInWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin().user("admin").password("Renrentong@2026"))
                .andExpect(authenticated().withUsername("admin"));
    }

    @Test
    void theFrontPageShowsTheDemoProvinceItsResourcesAndItsSchools() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<h1 class=\"h3 mb-1\" id=\"front-name\">人人通</h1>", "省级节点 · 河北省",
                "长安区育才小学", "竞秀区实验学校");
        assertThat(page.split("resource-card", -1).length - 1).isEqualTo(12);
    }

    @Test
    void thePrincipalSwitchesBetweenSchoolAdministratorAndTeacher() {
        long principal = id("principal");
        assertThat(actors.load(principal, null).grants()).extracting(g -> g.role())
                .containsExactly(Role.SCHOOL_ADMIN, Role.TEACHER);
    }

    @Test
    void theTeachersClassSpaceHasTheDemoNoticesOneAskingTheGuardiansToChoose() {
        long classId = jdbc.sql("SELECT class_id FROM class_teacher WHERE person_id = ? AND head").param(id("teacher"))
                .query(Long.class).single();
        long space = spaces.idOf(SpaceKind.CLASS, classId).orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM post WHERE space_id = ? AND kind = 'NOTICE'").param(space)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT n.audience || ' ' || n.ask FROM class_notice n JOIN post p ON p.id = n.post_id
                WHERE p.space_id = ? ORDER BY p.id""").param(space).query(String.class).list())
                .containsExactly("BOTH NONE", "GUARDIANS CHOICE");
    }

    @Test
    void aVisitorFindsADemoResourceByAChineseWordAndDownloadsItsFile() throws Exception {
        long resource = jdbc.sql("SELECT id FROM resource WHERE title = '数轴的认识：教学设计'").query(Long.class).single();
        deliveries.awaitAll();
        mvc.perform(get("/api/v1/resources").param("q", "数轴"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id").value(resource));
        long file = jdbc.sql("SELECT file_id FROM resource_file WHERE resource_id = ? ORDER BY position LIMIT 1")
                .param(resource).query(Long.class).single();
        byte[] pdf = mvc.perform(get("/api/v1/resources/{id}/files/{file}", resource, file))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theDemoResourcesArePublishedAcrossTheSampleTreeAndUsed() {
        assertThat(jdbc.sql("SELECT count(*) FROM resource WHERE status = 'PUBLISHED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(12);
        assertThat(jdbc.sql("SELECT count(DISTINCT type) FROM resource").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT count(DISTINCT subject_code) FROM resource_place").query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM resource_favourite").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM resource_comment WHERE status = 'APPROVED'").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("SELECT count(DISTINCT media_type) FROM stored_file").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void runningTheLoaderAgainAddsNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM resource").query(Long.class).single();
        resourceLoader.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM resource").query(Long.class).single()).isEqualTo(before);
    }

    private long id(String account) {
        return jdbc.sql("SELECT id FROM person WHERE account = ?").param(account).query(Long.class).single();
    }
}
