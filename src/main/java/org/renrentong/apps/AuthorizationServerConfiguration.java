package org.renrentong.apps;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import org.renrentong.apps.catalogue.ActiveClients;
import org.renrentong.apps.guardian.ChildConsentRules;
import org.renrentong.apps.peers.PeerClients;
import org.renrentong.federation.Peers;
import org.renrentong.identity.SessionChecks;
import org.renrentong.shared.ThisNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenClaimsContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The node as an OpenID Connect provider: its protocol endpoints (authorize, token, JWK set, userinfo, revocation,
 * introspection, RP-initiated logout, discovery) in a filter chain of their own ahead of the pages' chain; a person
 * not signed in is sent to the node's sign-in page and comes back. Clients, authorizations and consents are kept in
 * the database, so every node of one database serves the same sign-ins.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServer(HttpSecurity http, ReleasedClaims claims, ClientSecrets secrets,
                                            SessionChecks sessionChecks, ChildConsentRules children,
                                            ProtocolRefusals refusals, OAuth2AuthorizationService authorizations)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> as
                        .authorizationEndpoint(endpoint -> endpoint.consentPage(ConsentController.PATH)
                                .authenticationProviders(children::configure)
                                .errorResponseHandler(refusals::onAuthorizationRefused))
                        .clientAuthentication(client -> client.authenticationProviders(providers -> providers.stream()
                                .filter(ClientSecretAuthenticationProvider.class::isInstance)
                                .forEach(p -> ((ClientSecretAuthenticationProvider) p)
                                        .setPasswordEncoder(secrets.encoder()))))
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(claims::userInfo))))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resource -> resource
                        // the OpenID configurer insists on JWTs; a manager of our own looks the reference up instead
                        .jwt(jwt -> jwt.authenticationManager(new ProviderManager(
                                new OpaqueTokenAuthenticationProvider(new StoredAccessTokens(authorizations)))))
                        .authenticationEntryPoint(refusals::onBearerRefused));
        return sessionChecks.applyTo(http).build();
    }

    /** The stored clients (apps), and one for each joined node of the federation, derived from the peers list. */
    @Bean
    RegisteredClientRepository registeredClients(JdbcTemplate jdbc, JdbcClient sql, Peers peers, ThisNode thisNode,
            @Value("${renrentong.oidc.client-kept:PT5S}") Duration kept) {
        return new ReferenceAccessTokens(new PeerClients(new RecentClients(new ActiveClients(
                new JdbcRegisteredClientRepository(jdbc), sql), kept), peers, thisNode));
    }

    /** What an access token says (see {@link ReleasedClaims}); ID tokens are customised as JWTs. */
    @Bean
    OAuth2TokenCustomizer<OAuth2TokenClaimsContext> accessTokenClaims(ReleasedClaims claims) {
        return claims::accessToken;
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients,
                                              TransactionTemplate transactions) {
        return new NamedPrincipalAuthorizations(new RequestReadAuthorizations(jdbc, clients), transactions);
    }

    @Bean
    OAuth2AuthorizationConsentService consents(JdbcTemplate jdbc, RegisteredClientRepository clients,
                                               TransactionTemplate transactions, ChildConsentRules children) {
        return children.around(new StoredConsents(new JdbcOAuth2AuthorizationConsentService(jdbc, clients),
                transactions));
    }

    /** Every key still published: what clients verify tokens with (the JWK set endpoint). */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.published());
    }

    /** Tokens are signed with the newest key only, named by its key id. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.current())));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
