package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: a template that fails mid-page gives a whole 500 page in the layout, never a cut-off 200. */
@IntegrationTest
class TemplateFailureTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;

    @Test
    void aTemplateFailureIsACleanErrorPageInTheSignedInShell() throws Exception {
        Person person = logins.ready(fixtures.aPerson().teacher().build());
        String basic = Base64.getEncoder().encodeToString((person.account() + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/test/web/broken"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("</html>", "系统错误", "account-menu").doesNotContain("??", "line 1 of");
    }
}
