package org.renrentong.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SchoolWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Schools schools;

    @Test
    void theListShowsTheCountAndLoadsMoreByKeyset() throws Exception {
        Person city = logins.regionAdmin("130100");
        String prefix = "列表校" + Fixtures.unique();
        for (int i = 0; i < 21; i++) {
            fixtures.aSchool().named(prefix + "-" + i).build();
        }
        String page = mvc.perform(get("/schools").param("q", prefix).with(as(city)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 21 所")))
                .andExpect(content().string(containsString("id=\"school-more\"")))
                .andReturn().getResponse().getContentAsString();
        String after = page.replaceAll("(?s).*hx-get=\"/schools/rows\\?q=[^&]*&amp;after=(\\d+)\".*", "$1");
        mvc.perform(get("/schools/rows").param("q", prefix).param("after", after).with(as(city)))
                .andExpect(content().string(containsString(prefix + "-")))
                .andExpect(content().string(not(containsString("school-more"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void badInputReRendersTheFormWithErrorsAndTypedValues() throws Exception {
        Person county = logins.regionAdmin("130102");
        mvc.perform(post("/schools").with(as(county)).with(csrf())
                        .param("name", "").param("code", "12ab").param("kind", "NOT_A_KIND")
                        .param("countyCode", "130102"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写学校名称。")))
                .andExpect(content().string(containsString("学校标识码应为10位数字。")))
                .andExpect(content().string(containsString("请选择办学类型。")))
                .andExpect(content().string(containsString("请至少选择一个学段。")))
                .andExpect(content().string(containsString("value=\"12ab\"")));
        String name = "重名校" + Fixtures.unique();
        fixtures.aSchool().named(name).inCounty("130102").build();
        mvc.perform(post("/schools").with(as(county)).with(csrf()).param("name", name).param("kind", "PRIMARY")
                        .param("stages", "PRIMARY").param("countyCode", "130102"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本县区已有名为“" + name + "”的学校。")))
                .andExpect(content().string(containsString("selected=130102")));
        mvc.perform(post("/schools").with(as(county)).with(csrf()).param("name", "越权校").param("kind", "PRIMARY")
                        .param("stages", "PRIMARY").param("countyCode", "130104"))
                .andExpect(status().isForbidden());
    }

    @Test
    void createASchoolAddAClassAndSeeItsPage() throws Exception {
        Person county = logins.regionAdmin("130102");
        String name = "页面校" + Fixtures.unique();
        String location = mvc.perform(post("/schools").with(as(county)).with(csrf()).param("name", name)
                        .param("code", "").param("kind", "JUNIOR").param("stages", "JUNIOR")
                        .param("countyCode", "130102"))
                .andExpect(redirectedUrlPattern("/schools/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/schools/".length()));
        long grade = schools.grades(fixtures.platformAdmin(), id).get(0).id();
        mvc.perform(post("/schools/" + id + "/classes").with(as(county)).with(csrf())
                        .param("gradeId", String.valueOf(grade)).param("name", "1班"))
                .andExpect(redirectedUrlPattern("/schools/*"));
        mvc.perform(post("/schools/" + id + "/classes").with(as(county)).with(csrf())
                        .param("gradeId", String.valueOf(grade)).param("name", "1班"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该年级已有“1班”。")));
        mvc.perform(post("/schools/" + id + "/groups").with(as(county)).with(csrf())
                        .param("name", "数学教研组").param("kind", "RESEARCH"))
                .andExpect(redirectedUrlPattern("/schools/*"));
        long classId = schools.classes(fixtures.platformAdmin(), id).get(0).id();
        mvc.perform(get("/schools/" + id).with(as(county)))
                .andExpect(content().string(containsString("七年级")))
                .andExpect(content().string(containsString("href=\"/spaces/school/" + id + "\"")))
                .andExpect(content().string(containsString("href=\"/spaces/class/" + classId + "\"")))
                .andExpect(content().string(containsString("数学教研组")))
                .andExpect(content().string(containsString("href=\"/people?school=" + id + "\"")));
        mvc.perform(get("/schools/" + id + "/classes/options").param("selected", String.valueOf(classId))
                        .with(as(county)))
                .andExpect(content().string(containsString("selected")))
                .andExpect(content().string(not(containsString("<select"))));
    }

    @Test
    void theApiFollowsTheSameScopes() throws Exception {
        Person county = logins.regionAdmin("130102");
        School other = fixtures.aSchool().inCounty("130104").build();
        String body = "{\"name\":\"接口校%s\",\"code\":\"%s\",\"kind\":\"PRIMARY\",\"stages\":[\"PRIMARY\"],"
                + "\"countyCode\":\"130102\"}";
        String code = String.valueOf(1_000_000_000L + Fixtures.unique());
        String created = mvc.perform(post("/api/v1/schools").with(as(county)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(Fixtures.unique(), code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/schools/" + id + "/grades").with(as(county)))
                .andExpect(jsonPath("$.length()").value(6));
        mvc.perform(post("/api/v1/schools/" + id + "/classes").with(as(county)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gradeId\":0,\"name\":\"1班\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请选择本校的一个年级。"));
        mvc.perform(put("/api/v1/schools/" + id).with(as(county)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("改", code)))
                .andExpect(jsonPath("$.name").value("接口校改"));
        mvc.perform(get("/api/v1/schools").param("q", "接口校改").with(as(county)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/schools/" + other.id()).with(as(county))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schools/" + other.id() + "/classes").with(as(county)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/schools").with(as(county)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"name\":\"\",\"kind\":\"PRIMARY\",\"stages\":[\"PRIMARY\"],\"countyCode\":\"130102\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Enter the school name.")));
    }

    @Test
    void theRegionPageShowsItsBureau() throws Exception {
        Person city = logins.regionAdmin("130100");
        mvc.perform(get("/regions/130105/bureau").with(as(city)))
                .andExpect(content().string(containsString("bureau-create")));
        mvc.perform(post("/regions/130105/bureau").with(as(city)).with(csrf()))
                .andExpect(redirectedUrlPattern("/regions/*"));
        mvc.perform(get("/regions/130105/bureau").with(as(city)))
                .andExpect(content().string(containsString("新华区教育局")));
        Person county = logins.regionAdmin("130102");
        mvc.perform(post("/regions/130105/bureau").with(as(county)).with(csrf())).andExpect(status().isForbidden());
    }
}
