package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Linking a guardian by phone never reaches a person outside the caller's scope: an existing account is invited,
 * the answer names no one, and even an accepted invitation gives the school nothing of the guardian's other places.
 */
@IntegrationTest
class GuardianInvitationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    JdbcClient jdbc;

    Person schoolAdmin;
    Person county;
    Person pupil;

    /** 长安区: a school with its administrator and a student; the county's administrator. */
    @BeforeEach
    void changan() {
        School school = fixtures.aSchool().inCounty("130102").build();
        schoolAdmin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        county = logins.regionAdmin("130102");
        pupil = fixtures.aPerson().student().in(fixtures.aClass().in(school).build()).build();
    }

    @Test
    void thePhoneOfAnotherCountysStudentIsInvitedNeverLinked() throws Exception {
        String phone = phone();
        Person other = logins.ready(fixtures.aPerson().student().in(classIn("130104")).phone(phone).named("桥西学生")
                .build());

        link(schoolAdmin, pupil, phone)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("INVITED"))
                .andExpect(jsonPath("$.guardianId").doesNotExist())
                .andExpect(content().string(not(containsString("桥西学生"))))
                .andExpect(content().string(not(containsString(other.account()))))
                // the id as a JSON number anywhere in the answer (the masked phone may well contain its digits)
                .andExpect(content().string(not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*[:\\[,]\\s*" + other.id() + "\\s*[,}\\]].*"))));

        assertThat(guardianships(other)).isZero();
        assertThat(roles(other)).containsExactly("STUDENT");
        for (Person admin : new Person[] {schoolAdmin, county}) {
            mvc.perform(get("/api/v1/people/" + other.id()).with(as(admin))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/people/" + other.id() + "/unlock").with(as(admin)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/people/" + pupil.id()).with(as(schoolAdmin)))
                .andExpect(jsonPath("$.guardians").isEmpty());

        long invitation = jdbc.sql("SELECT id FROM guardian_invitation WHERE invitee_id = ?").param(other.id())
                .query(Long.class).single();
        mvc.perform(post("/api/v1/me/invitations/" + invitation + "/accept").with(as(other)))
                .andExpect(status().isNoContent());
        for (Person admin : new Person[] {schoolAdmin, county}) {
            mvc.perform(get("/api/v1/people/" + other.id()).with(as(admin))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/people").param("school", String.valueOf(pupil.schoolId())).param("q", "桥西学生")
                        .with(as(schoolAdmin)))
                .andExpect(jsonPath("$.people.items[0].person.name").value("桥西学生"))
                .andExpect(jsonPath("$.people.items[0].person.account").doesNotExist())
                .andExpect(jsonPath("$.people.items[0].person.studentNo").doesNotExist())
                .andExpect(jsonPath("$.people.items[0].roles").value(org.hamcrest.Matchers.contains("GUARDIAN")))
                .andExpect(content().string(not(containsString(other.account()))));
    }

    @Test
    void aParentWithAChildAtAnotherSchoolIsInvitedAndTheSchoolReadsNeitherOfThem() throws Exception {
        Person child = fixtures.aPerson().student().in(classIn("130104")).named("别校孩子").build();
        String phone = phone();
        Person parent = logins.ready(fixtures.aPerson().guardianOf(child).phone(phone).named("别校家长").build());

        link(schoolAdmin, pupil, phone)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("INVITED"))
                .andExpect(content().string(not(containsString("别校家长"))))
                .andExpect(content().string(not(containsString(parent.account()))));
        long invitation = jdbc.sql("SELECT id FROM guardian_invitation WHERE invitee_id = ? AND status = 'PENDING'")
                .param(parent.id()).query(Long.class).single();
        assertThat(guardianships(parent)).isOne();
        mvc.perform(get("/api/v1/people/" + parent.id()).with(as(schoolAdmin))).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/me/invitations").with(as(parent)))
                .andExpect(jsonPath("$[0].studentName").value(pupil.name()));
        mvc.perform(post("/api/v1/me/invitations/" + invitation + "/accept").with(as(schoolAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/invitations/" + invitation + "/accept").with(as(parent)))
                .andExpect(status().isNoContent());

        assertThat(guardianships(parent)).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'GUARDIAN_INVITATION_ACCEPTED' AND target_id = ?
                  AND school_id IS NULL AND region_path IS NULL""").param(String.valueOf(invitation))
                .query(Long.class).single()).isOne();
        for (Person admin : new Person[] {schoolAdmin, county}) {
            mvc.perform(get("/api/v1/people/" + parent.id()).with(as(admin))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/people/" + child.id()).with(as(admin))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/people/" + parent.id() + "/unlock").with(as(admin)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/people/" + pupil.id()).with(as(schoolAdmin)))
                .andExpect(jsonPath("$.guardians[0].name").value("别校家长"))
                .andExpect(jsonPath("$.guardians[0].relation").value("父亲"))
                .andExpect(jsonPath("$.guardians[0].phoneMasked").value(PhoneNumber.mask(phone)))
                .andExpect(jsonPath("$.guardians[0].account").doesNotExist())
                .andExpect(content().string(not(containsString("别校孩子"))));
        mvc.perform(get("/people/" + pupil.id()).with(as(schoolAdmin)))
                .andExpect(content().string(containsString("别校家长")))
                .andExpect(content().string(not(containsString("/people/" + parent.id() + "\""))));
    }

    @Test
    void theInviteeAnswersOnTheirOwnPageAndADeclineLinksNothing() throws Exception {
        String phone = phone();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(fixtures.aSchool().inCounty("130104").build())
                .phone(phone).build());
        mvc.perform(post("/people/" + pupil.id() + "/guardians").with(as(schoolAdmin)).with(csrf())
                        .param("phone", phone).param("relation", "母亲"))
                .andExpect(redirectedUrl("/people/" + pupil.id()))
                .andExpect(flash().attribute("done", "person.guardian.invited"))
                .andExpect(flash().attribute("doneName", PhoneNumber.mask(phone)));
        mvc.perform(get("/invitations").with(as(teacher)))
                .andExpect(content().string(containsString(pupil.name())));
        long space = jdbc.sql("SELECT id FROM space WHERE kind = 'PERSONAL' AND owner_id = ?").param(teacher.id())
                .query(Long.class).single();
        mvc.perform(get("/spaces/" + space).with(as(teacher)))
                .andExpect(content().string(containsString("您有 1 个家长邀请等待确认")));
        long invitation = jdbc.sql("SELECT id FROM guardian_invitation WHERE invitee_id = ?").param(teacher.id())
                .query(Long.class).single();

        mvc.perform(post("/invitations/" + invitation + "/decline").with(as(teacher)).with(csrf()))
                .andExpect(redirectedUrl("/invitations"));

        assertThat(guardianships(teacher)).isZero();
        assertThat(roles(teacher)).containsExactly("TEACHER");
        mvc.perform(post("/invitations/" + invitation + "/accept").with(as(teacher)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private ResultActions link(Person admin, Person student, String phone) throws Exception {
        return mvc.perform(post("/api/v1/people/" + student.id() + "/guardians").with(as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"phone\":\"" + phone + "\",\"relation\":\"父亲\"}"));
    }

    private SchoolClass classIn(String county) {
        return fixtures.aClass().in(fixtures.aSchool().inCounty(county).build()).build();
    }

    private long guardianships(Person guardian) {
        return jdbc.sql("SELECT count(*) FROM guardianship WHERE guardian_id = ?").param(guardian.id())
                .query(Long.class).single();
    }

    private java.util.List<String> roles(Person person) {
        return jdbc.sql("SELECT role FROM role_grant WHERE person_id = ? ORDER BY role").param(person.id())
                .query(String.class).list();
    }

    private static String phone() {
        return "135" + String.format("%08d", Fixtures.unique() % 100_000_000);
    }
}
