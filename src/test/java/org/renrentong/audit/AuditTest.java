package org.renrentong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolForm;
import org.renrentong.org.SchoolKind;
import org.renrentong.org.Schools;
import org.renrentong.org.Stage;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class AuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    Schools schools;
    @Autowired
    AuditTexts texts;

    @Test
    void eachAdministratorReadsOnlyTheirScope() throws Exception {
        Person city = logins.regionAdmin("130100");
        School here = schools.create(fixtures.actor(city), form("130102"));
        School there = schools.create(fixtures.actor(city), form("130104"));
        String mine = String.valueOf(here.id());
        String theirs = String.valueOf(there.id());

        mvc.perform(get("/api/v1/audit").param("account", city.account()).with(as(logins.platformAdmin())))
                .andExpect(jsonPath("$.items[*].targetId", hasItem(mine)))
                .andExpect(jsonPath("$.items[*].targetId", hasItem(theirs)));
        mvc.perform(get("/api/v1/audit").param("account", city.account()).with(as(logins.regionAdmin("130102"))))
                .andExpect(jsonPath("$.items[*].targetId", hasItem(mine)))
                .andExpect(jsonPath("$.items[*].targetId", not(hasItem(theirs))));
        Person schoolAdmin = logins.ready(fixtures.aPerson().schoolAdmin().at(here).build());
        mvc.perform(get("/api/v1/audit").param("action", "SCHOOL_CREATED").with(as(schoolAdmin)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].targetId").value(mine));
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(here).build());
        mvc.perform(get("/api/v1/audit").with(as(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as(teacher))).andExpect(status().isForbidden());
    }

    @Test
    void searchByDatesAndPageByKeyset() throws Exception {
        Person city = logins.regionAdmin("130100");
        schools.create(fixtures.actor(city), form("130102"));
        schools.create(fixtures.actor(city), form("130102"));
        Person platform = logins.platformAdmin();
        LocalDate today = LocalDate.now(AuditReader.ZONE);

        String first = mvc.perform(get("/api/v1/audit").param("account", city.account()).param("limit", "1")
                        .param("from", today.toString()).param("to", today.toString()).with(as(platform)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.nextKey").isNumber())
                .andReturn().getResponse().getContentAsString();
        String next = first.replaceAll(".*\"nextKey\":(\\d+).*", "$1");
        mvc.perform(get("/api/v1/audit").param("account", city.account()).param("limit", "1")
                        .param("before", next).with(as(platform)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(org.hamcrest.Matchers.lessThan(Integer.parseInt(next))))
                .andExpect(jsonPath("$.nextKey").doesNotExist());
        mvc.perform(get("/api/v1/audit").param("account", city.account()).param("to", today.minusDays(1).toString())
                        .with(as(platform)))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/audit").param("from", today.toString()).param("to", today.minusDays(1).toString())
                        .with(as(platform)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("结束日期不能早于开始日期。"));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday").with(as(platform)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePageShowsEntriesInTheUsersLanguage() throws Exception {
        Person city = logins.regionAdmin("130100");
        School school = schools.create(fixtures.actor(city), form("130102"));
        mvc.perform(get("/audit").param("account", city.account()).with(as(city)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新建学校")))
                .andExpect(content().string(containsString(school.name())))
                .andExpect(content().string(containsString("区域管理员")));
        mvc.perform(get("/audit").param("account", city.account()).param("lang", "en").with(as(city)))
                .andExpect(content().string(containsString("School created")));
    }

    @Test
    void actionsAndDetailsAreReadableTextNotCodes() throws Exception {
        School school = fixtures.aSchool().inCounty("130102").build();
        fixtures.aPerson().teacher().at(school).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        mvc.perform(get("/audit").param("action", "PERSON_CREATED").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"small text-nowrap audit-action\">新建人员</td>")))
                .andExpect(content().string(containsString(
                        "<td class=\"small text-break audit-detail\">角色：教师</td>")))
                .andExpect(content().string(containsString("<td class=\"small text-nowrap audit-target\">人员 ")))
                .andExpect(content().string(not(containsString(">PERSON_CREATED<"))))
                .andExpect(content().string(not(containsString(">TEACHER<"))));
        mvc.perform(get("/audit").param("action", "PERSON_CREATED").param("lang", "en").with(as(admin)))
                .andExpect(content().string(containsString("<td class=\"small text-nowrap audit-action\">Person created</td>")))
                .andExpect(content().string(containsString("role: Teacher")));
    }

    @Test
    void aDetailKeyFromAnotherModuleIsRenderedWithItsArguments() {
        AuditEvent.Entry rejected = new AuditEvent.Entry(1, Instant.now(), PrincipalKind.PERSON, "a", "SCHOOL_ADMIN",
                "IMPORT_REJECTED", "import", "x", AuditEvent.Result.FAILURE, null, null, "roster.job.rejected",
                AuditEvent.args(6));
        assertThat(texts.detail(rejected, Locale.SIMPLIFIED_CHINESE))
                .startsWith("文件中有 6 处错误");
        AuditEvent.Entry hashed = new AuditEvent.Entry(2, Instant.now(), PrincipalKind.PERSON, "a", "SCHOOL_ADMIN",
                "SCHOOL_CREATED", "school", "1", AuditEvent.Result.SUCCESS, null, null, "audit.detail.SCHOOL_CREATED",
                AuditEvent.args("#role.TEACHER"));
        assertThat(texts.detail(hashed, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("#role.TEACHER");
    }

    @Test
    void theActionFilterIsASelectOfTheKnownActions() throws Exception {
        mvc.perform(get("/audit").param("action", "IMPORT_DONE").with(as(logins.platformAdmin())))
                .andExpect(content().string(containsString(
                        "<select class=\"form-select\" id=\"audit-action\" name=\"action\">")))
                .andExpect(content().string(containsString(
                        "<option value=\"IMPORT_DONE\" selected=\"selected\">导入完成</option>")))
                .andExpect(content().string(containsString("<option value=\"SIGN_IN\">登录</option>")));
    }

    @Test
    void aSchoolAdministratorSeesTheSignInsOfTheSchoolsPeopleAndNoOtherSchools() throws Exception {
        School here = fixtures.aSchool().inCounty("130102").build();
        School there = fixtures.aSchool().inCounty("130104").build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(here).build());
        Person other = logins.ready(fixtures.aPerson().teacher().at(there).build());
        for (Person p : new Person[] {teacher, other}) {
            mvc.perform(formLogin().user(p.account()).password(Fixtures.PASSWORD));
            mvc.perform(formLogin().user(p.account()).password("wrong"));
        }
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(here).build());
        mvc.perform(get("/api/v1/audit").param("action", "SIGN_IN").param("account", teacher.account())
                        .with(as(admin)))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[*].result", hasItem("FAILURE")))
                .andExpect(jsonPath("$.items[*].result", hasItem("SUCCESS")));
        mvc.perform(get("/api/v1/audit").param("action", "SIGN_IN").param("account", other.account())
                        .with(as(admin)))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/audit").param("action", "SIGN_IN").param("account", teacher.account())
                        .with(as(logins.regionAdmin("130102"))))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/audit").param("action", "SIGN_IN").param("account", teacher.account())
                        .with(as(logins.regionAdmin("130104"))))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/audit").param("action", "SIGN_IN").param("account", teacher.account()).with(as(admin)))
                .andExpect(content().string(containsString("账号或密码错误")));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/people/{id}/grants")))
                .andExpect(content().string(containsString("/api/v1/regions/{code}/retire")))
                .andExpect(content().string(containsString("/api/v1/audit")));
    }

    private static SchoolForm form(String county) {
        return new SchoolForm("审计校" + Fixtures.unique(), null, SchoolKind.PRIMARY, Set.of(Stage.PRIMARY), county);
    }
}
