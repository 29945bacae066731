package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * A relying party the project did not write (npm {@code openid-client}, see src/test/node/oidc-rp) signs a teacher
 * in over real HTTP: discovery, the node's sign-in form, authorization code with PKCE, the token exchange with
 * ID-token checks of its own, and userinfo.
 */
@IntegrationTest
class IndependentRelyingPartyTest {

    private static final Path SOURCE = Path.of("src", "test", "node", "oidc-rp");
    private static final Path RUN = Path.of("target", "oidc-rp");
    private static final String REDIRECT = "http://127.0.0.1:9/callback";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    RegisteredClientRepository clients;

    @Test
    void openidClientSignsATeacherInAndReadsUserinfo() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        String clientId = "rp-" + Fixtures.unique();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId).clientName("独立客户端")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri(REDIRECT)
                .scope("openid").scope("profile")
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build()).build());

        String out = run("node", "rp.mjs", "http://localhost:" + port, clientId, REDIRECT, teacher.account(),
                Fixtures.PASSWORD);

        assertThat((String) JsonPath.read(out, "$.name")).isEqualTo(teacher.name());
        assertThat((String) JsonPath.read(out, "$.sub")).isEqualTo(JsonPath.read(out, "$.userInfoSub"))
                .isNotEqualTo(teacher.account());
    }

    /** Runs a command in the relying party's directory (installed from its lock file once); its standard output. */
    private static String run(String... command) throws IOException, InterruptedException {
        install();
        Process process = new ProcessBuilder(command).directory(RUN.toFile()).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return out.strip();
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(RUN);
        for (String file : List.of("package.json", "package-lock.json", "rp.mjs")) {
            Files.copy(SOURCE.resolve(file), RUN.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(RUN.resolve("node_modules").resolve("openid-client"))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(RUN.toFile())
                    .inheritIO().start();
            assertThat(npm.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(npm.exitValue()).as("npm ci of the relying party").isZero();
        }
    }
}
