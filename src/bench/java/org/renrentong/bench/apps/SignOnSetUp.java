package org.renrentong.bench.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.renrentong.apps.ClientSecrets;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The set-up the single sign-on benchmarks share: one confidential app registered at the node (client secret, PKCE,
 * consent required), and teachers who gave it their consent earlier, so that no sign-on meets the consent page.
 */
final class SignOnSetUp {

    private static final String REDIRECT = "https://app.example.cn/callback";
    private static final String SCOPE = "openid profile role organisation region";

    private SignOnSetUp() {
    }

    /** Registers the app; the answer carries its secret in the clear, as the app itself keeps it. */
    static SignedInBrowser.App registerApp(RegisteredClientRepository clients, ClientSecrets secrets) {
        String secret = secrets.generate();
        String clientId = "bench-app-" + Fixtures.unique();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
                .clientSecret(secrets.encode(secret)).clientName("基准测试应用")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN).redirectUri(REDIRECT)
                .scopes(s -> s.addAll(List.of(SCOPE.split(" "))))
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).requireProofKey(true)
                        .build()).build());
        return new SignedInBrowser.App(clientId, secret, REDIRECT, SCOPE);
    }

    /**
     * Makes {@code people} teachers with their password changed and their consent to all the app's scopes given,
     * and a browser at {@code node} for each, not signed in yet.
     */
    static List<SignedInBrowser> teachersWithConsent(int people, SignedInBrowser.App app, String node,
            Fixtures fixtures, RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents) {
        String registeredId = clients.findByClientId(app.clientId()).getId();
        List<SignedInBrowser> browsers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Person teacher = fixtures.aPerson().teacher().build();
            fixtures.passwordChanged(teacher);
            OAuth2AuthorizationConsent.Builder consent = OAuth2AuthorizationConsent.withId(registeredId,
                    teacher.account());
            List.of(app.scope().split(" ")).forEach(consent::scope);
            consents.save(consent.build());
            browsers.add(new SignedInBrowser(node, teacher.account(), app));
        }
        return browsers;
    }
}
