package org.renrentong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A person chooses, per kind, whether notifications also come by e-mail or SMS: by the API and by the page. */
@IntegrationTest
class NotificationPreferencesTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired NotificationPreferences preferences;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void choicesSetByTheApiAndByThePageAreKeptPerPersonAndAudited() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        Person neighbour = logins.ready(fixtures.aPerson().teacher().build());
        Actor me = fixtures.actor(person);
        assertThat(preferences.of(me)).hasSize(NotificationKind.values().length)
                .allMatch(p -> !p.email() && !p.sms());

        mvc.perform(put("/api/v1/notifications/preferences").with(as(person)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"REVIEW_DECIDED\",\"email\":true,\"sms\":false}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].kind").value("REVIEW_DECIDED"))
                .andExpect(jsonPath("$[0].email").value(true));
        assertThat(preferences.of(me)).contains(new Preference(NotificationKind.REVIEW_DECIDED, true, false),
                new Preference(NotificationKind.IMPORT_FAILED, false, false));
        assertThat(preferences.of(fixtures.actor(neighbour))).allMatch(p -> !p.email() && !p.sms());

        // the page sends every kind: what is not ticked is off
        mvc.perform(post("/notifications/settings").with(as(person)).with(csrf())
                        .param("sms", "IMPORT_FAILED").param("email", "IMPORT_FAILED"))
                .andExpect(status().is3xxRedirection());
        assertThat(preferences.of(me)).contains(new Preference(NotificationKind.REVIEW_DECIDED, false, false),
                new Preference(NotificationKind.IMPORT_FAILED, true, true));
        mvc.perform(get("/notifications/settings").with(as(person))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'NOTIFICATION_PREFERENCES_CHANGED' AND actor_id = ?""")
                .param(me.personId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aKindNamedTwiceOrNotAtAllIsRefusedAndNothingChanges() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        mvc.perform(put("/api/v1/notifications/preferences").with(as(person)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"kind":"IMPORT_FAILED","email":true,"sms":false},
                                 {"kind":"IMPORT_FAILED","email":false,"sms":true}]"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("每种通知只能设置一次。"));
        mvc.perform(put("/api/v1/notifications/preferences").with(as(person)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"email\":true}]"))
                .andExpect(status().isBadRequest());
        assertThat(preferences.of(fixtures.actor(person))).allMatch(p -> !p.email() && !p.sms());
    }
}
