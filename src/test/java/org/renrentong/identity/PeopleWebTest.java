package org.renrentong.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class PeopleWebTest {

    static final String ID_CARD = "130102201506010029";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    Schools schools;

    @Test
    void badInputReRendersTheFormWithErrorsBesideTheFieldsAndTheTypedValues() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(schoolOf(c)).build());
        mvc.perform(newPerson(c, "王小明", "1381234", "130102201003071234", "weak").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("手机号格式不正确")))
                .andExpect(content().string(containsString("身份证号不正确")))
                .andExpect(content().string(containsString("密码太弱")))
                .andExpect(content().string(containsString("value=\"王小明\"")))
                .andExpect(content().string(containsString("value=\"1381234\"")))
                .andExpect(content().string(containsString("value=\"130102201003071234\"")))
                .andExpect(content().string(not(containsString("value=\"weak\""))))
                .andExpect(content().string(containsString("selected=" + c.id())));
        mvc.perform(newPerson(c, "王小明", "1381234", "", "weak").param("lang", "en").with(as(admin)))
                .andExpect(content().string(containsString("The phone number is not valid")));
        mvc.perform(post("/people").with(csrf()).with(as(admin)).param("lang", "zh-CN").param("name", "王小明")
                        .param("gender", "MALE").param("role", "KING").param("schoolId", String.valueOf(c.schoolId()))
                        .param("classId", "abc").param("initialPassword", Fixtures.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择角色。")))
                .andExpect(content().string(containsString("value=\"王小明\"")));
    }

    @Test
    void serviceRefusalsAppearBesideTheirField() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(schoolOf(c)).build());
        String phone = "135" + String.format("%08d", Fixtures.unique() % 100_000_000);
        fixtures.aPerson().student().in(c).phone(phone).build();
        mvc.perform(newPerson(c, "李四", phone, "", Fixtures.PASSWORD).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该手机号已被其他账号使用。")))
                .andExpect(content().string(containsString("value=\"" + phone + "\"")));
    }

    @Test
    void aCreatedPersonIsShownWithMaskedIdentityData() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(schoolOf(c)).build());
        String phone = "137" + String.format("%08d", Fixtures.unique() % 100_000_000);
        String location = mvc.perform(newPerson(c, "赵六", phone, ID_CARD, Fixtures.PASSWORD)
                        .param("number", String.valueOf(Fixtures.unique())).with(as(admin)))
                .andExpect(redirectedUrlPattern("/people/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        mvc.perform(get(location).with(as(admin)))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(containsString("1301**********0029")))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString(ID_CARD))))
                .andExpect(content().string(containsString("guardian-form")));
        mvc.perform(get("/people").param("school", String.valueOf(c.schoolId())).param("q", "赵六").with(as(admin)))
                .andExpect(content().string(containsString("共 1 人")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(ID_CARD))));
        mvc.perform(get("/api/v1/people" + location.substring("/people".length())).with(as(admin)))
                .andExpect(jsonPath("$.person.phoneMasked").value(masked))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString(ID_CARD))));
    }

    @Test
    void thePersonPageAddsGuardiansClassesAndRoles() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        Person student = fixtures.aPerson().student().in(c).build();
        Person teacher = fixtures.aPerson().teacher().at(school).build();

        mvc.perform(post("/people/" + student.id() + "/guardians").with(as(admin)).with(csrf())
                        .param("phone", "13912").param("name", "孙七").param("relation", "母亲"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("手机号格式不正确")))
                .andExpect(content().string(containsString("value=\"13912\"")))
                .andExpect(content().string(containsString("value=\"孙七\"")));
        String guardianPhone = "139" + String.format("%08d", Fixtures.unique() % 100_000_000);
        mvc.perform(post("/people/" + student.id() + "/guardians").with(as(admin)).with(csrf())
                        .param("phone", guardianPhone).param("name", "孙七").param("relation", "母亲")
                        .param("initialPassword", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/people/" + student.id()));
        mvc.perform(post("/people/" + teacher.id() + "/classes").with(as(admin)).with(csrf())
                        .param("classId", String.valueOf(c.id())).param("subject", "语文").param("head", "true"))
                .andExpect(redirectedUrl("/people/" + teacher.id()));
        mvc.perform(post("/people/" + teacher.id() + "/grants").with(as(admin)).with(csrf())
                        .param("role", "GUARDIAN").param("studentAccount", "nobody-" + Fixtures.unique()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("找不到账号")));
        mvc.perform(post("/people/" + teacher.id() + "/grants").with(as(admin)).with(csrf())
                        .param("role", "GUARDIAN").param("studentAccount", student.account()).param("relation", "父亲"))
                .andExpect(redirectedUrl("/people/" + teacher.id()));
        mvc.perform(get("/people/" + student.id()).with(as(admin)))
                .andExpect(content().string(containsString("孙七")))
                .andExpect(content().string(containsString(teacher.name())));
        mvc.perform(get("/people/" + teacher.id()).with(as(admin)))
                .andExpect(content().string(containsString("语文")))
                .andExpect(content().string(containsString("家长")))
                .andExpect(content().string(containsString(student.name())));
    }

    @Test
    void theApiCreatesAndReadsPeopleWithinScope() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(schoolOf(c)).build());
        Person outsider = logins.regionAdmin("130104");
        String body = "{\"name\":\"%s\",\"gender\":\"MALE\",\"idCard\":\"%s\",\"role\":\"STUDENT\",\"classId\":%d,"
                + "\"initialPassword\":\"%s\"}";
        mvc.perform(post("/api/v1/people").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("钱八", "123", c.id(), Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("身份证号不正确")));
        mvc.perform(post("/api/v1/people").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .content(body.formatted("钱八", "", c.id(), "weak")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The password is too weak")));
        String created = mvc.perform(post("/api/v1/people").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("钱八", "", c.id(), Fixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("^\\{\"id\":(\\d+).*", "$1");
        mvc.perform(get("/api/v1/people").param("school", String.valueOf(c.schoolId())).param("q", "钱八")
                        .with(as(admin)))
                .andExpect(jsonPath("$.people.total").value(1))
                .andExpect(jsonPath("$.people.items[0].roles[0]").value("STUDENT"));
        mvc.perform(post("/api/v1/people/" + id + "/guardians").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"钱父\",\"phone\":\"1" + (3_400_000_000L + Fixtures.unique())
                                + "\",\"relation\":\"父亲\",\"initialPassword\":\"" + Fixtures.PASSWORD + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("钱父"));
        mvc.perform(get("/api/v1/people/" + id).with(as(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people").param("school", String.valueOf(c.schoolId())).with(as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + id + "/grants").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"TEACHER\",\"schoolId\":" + c.schoolId() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("学生账号不能增加其他角色。"));
    }

    @Test
    void theRegionPageListsItsAdministrators() throws Exception {
        Person platform = logins.platformAdmin();
        Person city = fixtures.aPerson().regionAdmin("130100").build();
        mvc.perform(get("/people/admins").param("region", "130100").with(as(platform)))
                .andExpect(content().string(containsString(city.name())))
                .andExpect(content().string(containsString("/people/new?region=130100")));
        mvc.perform(get("/people/new").param("region", "130100").with(as(platform)))
                .andExpect(content().string(containsString("value=\"REGION_ADMIN\"")))
                .andExpect(content().string(not(containsString("value=\"STUDENT\""))));
        Person county = logins.regionAdmin("130102");
        mvc.perform(get("/people/admins").param("region", "130100").with(as(county)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/new").param("region", "130100").with(as(county))).andExpect(status().isForbidden());
        mvc.perform(get("/people/new").param("school", String.valueOf(fixtures.aSchool().inCounty("130104").build()
                .id())).with(as(county))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder newPerson(SchoolClass c, String name, String phone, String idCard,
                                                           String password) {
        return post("/people").with(csrf()).param("name", name).param("gender", "MALE").param("role", "STUDENT")
                .param("schoolId", String.valueOf(c.schoolId())).param("classId", String.valueOf(c.id()))
                .param("phone", phone).param("idCard", idCard).param("initialPassword", password);
    }

    private School schoolOf(SchoolClass c) {
        return schools.get(c.schoolId());
    }
}
