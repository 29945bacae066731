package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.space.Visibility;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Error pages keep the signed-in shell; visitors are sent to sign in and back; public spaces are open to them. */
@IntegrationTest
class SignInShellTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired Spaces spaces;

    @Test
    void anErrorPageShowsTheSignedInShell() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        MockHttpServletResponse response = mvc.perform(get("/resources/987654321").with(as(person)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("account-menu", person.name())
                .doesNotContain("href=\"/login\"");
    }

    @Test
    void aVisitorIsSentToSignInAndBackToThePageTheyWanted() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        MvcResult visit = mvc.perform(get("/resources/mine?sort=new")).andReturn();
        assertThat(visit.getResponse().getStatus()).isEqualTo(302);
        assertThat(visit.getResponse().getRedirectedUrl()).endsWith("/login");

        MockHttpSession session = (MockHttpSession) visit.getRequest().getSession(false);
        MvcResult signIn = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", person.account()).param("password", Fixtures.PASSWORD)).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).startsWith("/resources/mine?sort=new");
    }

    @Test
    void aVisitorReadsAPublicClassSpaceByItsClass() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        long space = spaces.idOf(SpaceKind.CLASS, schoolClass.id()).orElseThrow();
        Person admin = fixtures.aPerson().schoolAdmin().at(school).build();
        spaces.update(fixtures.actor(admin), space, "公开的班级", Visibility.PUBLIC);

        MvcResult link = mvc.perform(get("/spaces/class/" + schoolClass.id())).andReturn();
        assertThat(link.getResponse().getRedirectedUrl()).isEqualTo("/spaces/" + space);
        MockHttpServletResponse home = mvc.perform(get("/spaces/" + space)).andReturn().getResponse();
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentAsString()).contains("公开的班级");
    }

    @Test
    void linksCarryNoSessionId() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<form").doesNotContainIgnoringCase("jsessionid");
    }
}
