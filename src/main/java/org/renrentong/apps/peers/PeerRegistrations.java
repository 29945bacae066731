package org.renrentong.apps.peers;

import org.renrentong.federation.Peer;
import org.renrentong.federation.Peers;
import org.renrentong.shared.ThisNode;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * Each joined node as an OpenID Connect provider of this node ({@code node-<its code>}), derived from the peers list:
 * this node is its public client {@code node:<this code>} (PKCE), its endpoints are those every node serves under its
 * base URL, and the ID token must come from that base URL. The claims are read from the ID token alone.
 */
@Component
class PeerRegistrations implements ClientRegistrationRepository {

    static final String PREFIX = "node-";
    static final String CALLBACK = "/login/oauth2/code/";

    private final Peers peers;
    private final ThisNode thisNode;

    PeerRegistrations(Peers peers, ThisNode thisNode) {
        this.peers = peers;
        this.thisNode = thisNode;
    }

    /** Where a node that signs its people in at another comes back to: its own base URL and the other's code. */
    static String redirectUri(String baseUrl, String providerCode) {
        return baseUrl.replaceFirst("/+$", "") + CALLBACK + PREFIX + providerCode;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (registrationId == null || !registrationId.startsWith(PREFIX)) {
            return null;
        }
        return peers.joined(registrationId.substring(PREFIX.length())).map(this::registration).orElse(null);
    }

    private ClientRegistration registration(Peer peer) {
        String base = peer.baseUrl().replaceFirst("/+$", "");
        return ClientRegistration.withRegistrationId(PREFIX + peer.code())
                .clientId(PeerClients.PREFIX + thisNode.code())
                .clientName(peer.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(PeerClients.SCOPES)
                .authorizationUri(base + "/oauth2/authorize")
                .tokenUri(base + "/oauth2/token")
                .jwkSetUri(base + "/oauth2/jwks")
                .issuerUri(base)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .build();
    }
}
