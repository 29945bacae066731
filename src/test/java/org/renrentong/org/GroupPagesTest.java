package org.renrentong.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
class GroupPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    Groups groups;

    @Test
    void theSchoolsGroupsAreLinkedAndTheGroupPageManagesItsMembers() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        Person student = logins.ready(fixtures.aPerson().student().in(c).named("页面成员" + Fixtures.unique()).build());
        Group group = groups.create(fixtures.actor(admin), "文学社", Group.Kind.CLUB, school.id());

        mvc.perform(get("/schools/" + school.id()).with(as(admin)))
                .andExpect(content().string(containsString("href=\"/groups/" + group.id() + "\"")))
                .andExpect(content().string(containsString("href=\"/schools/" + school.id() + "/groups\"")))
                .andExpect(content().string(containsString("id=\"nav-groups\"")));
        mvc.perform(get("/groups").with(as(admin))).andExpect(redirectedUrl("/schools/" + school.id() + "/groups"));
        mvc.perform(get("/schools/" + school.id() + "/groups").with(as(admin)))
                .andExpect(content().string(containsString("文学社")));

        mvc.perform(get("/groups/" + group.id() + "/candidates").param("q", student.name()).with(as(admin)))
                .andExpect(content().string(containsString("id=\"add-" + student.id() + "\"")));
        mvc.perform(get("/groups/" + group.id()).param("q", student.name()).with(as(admin)))
                .andExpect(content().string(containsString("id=\"add-" + student.id() + "\"")));
        mvc.perform(post("/groups/" + group.id() + "/members").param("personId", String.valueOf(student.id()))
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/groups/" + group.id()));
        mvc.perform(post("/groups/" + group.id() + "/members").param("personId", String.valueOf(student.id()))
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该人员已经是小组成员。")));
        mvc.perform(post("/groups/" + group.id() + "/members").param("personId", "x").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"group-error\"")));

        mvc.perform(get("/groups/mine").with(as(student)))
                .andExpect(content().string(containsString("href=\"/groups/" + group.id() + "\"")));
        mvc.perform(get("/groups/" + group.id()).with(as(student)))
                .andExpect(content().string(containsString(student.name())))
                .andExpect(content().string(not(containsString("member-search"))));
        mvc.perform(post("/groups/" + group.id() + "/members/" + admin.id() + "/remove").with(as(student))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/groups/" + group.id() + "/members/" + student.id() + "/remove").with(as(admin))
                .with(csrf())).andExpect(redirectedUrl("/groups/" + group.id()));
        mvc.perform(get("/groups/" + group.id()).with(as(student))).andExpect(status().isForbidden());
    }

    @Test
    void theApiListsAddsAndRemovesMembersInScope() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(c).build());
        Person student = fixtures.aPerson().student().in(c).build();
        Person outsider = fixtures.aPerson().student().build();

        String created = mvc.perform(post("/api/v1/schools/" + school.id() + "/groups").with(as(teacher))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"天文社\",\"kind\":\"CLUB\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/groups/" + id + "/members").with(as(teacher)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + student.id() + "}")).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/groups/" + id + "/members").with(as(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"personId\":" + outsider.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "You can add only students of the classes you teach and fellow teachers of the school."));
        mvc.perform(get("/api/v1/groups/" + id).with(as(teacher)))
                .andExpect(jsonPath("$.mayManage").value(true))
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[0].owner").value(true));
        mvc.perform(get("/api/v1/groups/mine").with(as(teacher)))
                .andExpect(jsonPath("$[?(@.group.id == " + id + ")].group.name").value("天文社"));
        mvc.perform(delete("/api/v1/groups/" + id + "/members/" + student.id()).with(as(teacher)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/groups/" + id + "/members/" + student.id()).with(as(teacher)))
                .andExpect(status().isNotFound());
        Person stranger = logins.ready(fixtures.aPerson().schoolAdmin().build());
        mvc.perform(get("/api/v1/groups/" + id).with(as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/" + id + "/candidates").with(as(stranger))).andExpect(status().isForbidden());
    }
}
