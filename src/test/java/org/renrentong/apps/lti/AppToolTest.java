package org.renrentong.apps.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.renrentong.apps.catalogue.Approvals;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A tool registered like any other app: its provider describes the LTI side of the app and the node issues the
 * ids; it opens only in classes of schools where the app is approved and not hidden, and stops when the app is
 * suspended.
 */
@IntegrationTest
class AppToolTest {

    private static final LtiToolForm TOOL = new LtiToolForm(null, null, null, "https://tool.example/login",
            "https://tool.example/launch", null, "https://tool.example/keys", null, false);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AppFixtures appFixtures;
    @Autowired Approvals approvals;
    @Autowired LtiTools tools;
    @Autowired Logins logins;
    @Autowired Actors actors;

    @Test
    void anAppsToolOpensWhereTheAppIsOfferedAndNowhereElse() throws Exception {
        AppFixtures.Applied applied = appFixtures.appliedAt("130102");
        LtiTool tool = tools.describeForApp(applied.provider(), applied.app().id(), TOOL);
        assertThat(tool.clientId()).isEqualTo("lti-app-" + applied.app().id());
        assertThat(tool.name()).isEqualTo(applied.app().name());

        School school = fixtures.aSchool().inCounty("130102").build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Actor asTeacher = actors.load(teacher.id(), null);
        assertThat(tools.forClass(asTeacher, schoolClass.id()).tools()).doesNotContain(tool);
        launch(teacher, tool, schoolClass, 403);

        approvals.approve(fixtures.platformAdmin(), applied.app().id(), "130102");
        assertThat(tools.forClass(asTeacher, schoolClass.id()).tools()).contains(tool);
        launch(teacher, tool, schoolClass, 302);

        Actor schoolAdmin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        approvals.hide(schoolAdmin, applied.app().id(), school.id(), true);
        assertThat(tools.forClass(asTeacher, schoolClass.id()).tools()).doesNotContain(tool);
        launch(teacher, tool, schoolClass, 403);
        approvals.hide(schoolAdmin, applied.app().id(), school.id(), false);
        launch(teacher, tool, schoolClass, 302);

        approvals.suspend(fixtures.platformAdmin(), applied.app().id());
        launch(teacher, tool, schoolClass, 403);
    }

    @Test
    void onlyTheAppsProviderDescribesItsToolAndAgainChangesIt() {
        AppFixtures.Applied applied = appFixtures.appliedAt("130102");
        assertThatThrownBy(() -> tools.describeForApp(fixtures.platformAdmin(), applied.app().id(), TOOL))
                .isInstanceOf(DomainException.class).hasMessage("error.forbidden");
        AppFixtures.Applied other = appFixtures.appliedAt("130102");
        assertThatThrownBy(() -> tools.describeForApp(other.provider(), applied.app().id(), TOOL))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> tools.describeForApp(applied.provider(), applied.app().id(),
                new LtiToolForm(null, null, null, "ftp://tool.example/login", "https://tool.example/launch", null,
                        "https://tool.example/keys", null, false)))
                .isInstanceOf(DomainException.class).hasMessage("lti.tool.loginUrl.invalid");

        LtiTool first = tools.describeForApp(applied.provider(), applied.app().id(), TOOL);
        LtiTool again = tools.describeForApp(applied.provider(), applied.app().id(), new LtiToolForm(null, null, null,
                "https://tool.example/login2", "https://tool.example/launch", null, "https://tool.example/keys", null,
                true));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.loginUrl()).isEqualTo("https://tool.example/login2");
        assertThat(again.sendsNames()).isTrue();
        assertThat(tools.ofApp(fixtures.platformAdmin(), applied.app().id())).contains(again);
    }

    private void launch(Person teacher, LtiTool tool, SchoolClass schoolClass, int status) throws Exception {
        mvc.perform(get("/lti/launch").param("tool", String.valueOf(tool.id()))
                        .param("class", String.valueOf(schoolClass.id())).with(Logins.as(teacher)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(status));
    }
}
