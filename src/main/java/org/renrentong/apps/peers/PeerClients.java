package org.renrentong.apps.peers;

import java.util.Set;
import org.renrentong.federation.Peer;
import org.renrentong.federation.Peers;
import org.renrentong.shared.ThisNode;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The clients of this node as an OpenID Connect provider: the stored ones (apps), and one for each joined node,
 * derived from the peers list, so that nothing more is exchanged when nodes join and a suspended or removed node
 * drops out at once. A joined node's client ({@code node:<its code>}) is public with PKCE, may come back only to the
 * node's own sign-in address, asks for what linking an account needs, and skips the consent screen: the federation
 * agreed to it when the nodes joined.
 */
public final class PeerClients implements RegisteredClientRepository {

    /** Client ids (and ids) of joined nodes: {@code node:<code>}. */
    static final String PREFIX = "node:";
    static final Set<String> SCOPES = Set.of(OidcScopes.OPENID, OidcScopes.PROFILE, "role", "organisation", "region");

    private final RegisteredClientRepository stored;
    private final Peers peers;
    private final ThisNode thisNode;

    public PeerClients(RegisteredClientRepository stored, Peers peers, ThisNode thisNode) {
        this.stored = stored;
        this.peers = peers;
        this.thisNode = thisNode;
    }

    @Override
    public void save(RegisteredClient client) {
        if (client.getClientId().startsWith(PREFIX)) {
            throw new IllegalArgumentException("the clients of joined nodes follow the peers list: " + client.getClientId());
        }
        stored.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return id.startsWith(PREFIX) ? ofPeer(id) : stored.findById(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clientId.startsWith(PREFIX) ? ofPeer(clientId) : stored.findByClientId(clientId);
    }

    private RegisteredClient ofPeer(String clientId) {
        return peers.joined(clientId.substring(PREFIX.length())).map(this::client).orElse(null);
    }

    private RegisteredClient client(Peer peer) {
        String id = PREFIX + peer.code();
        return RegisteredClient.withId(id).clientId(id).clientName(peer.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(PeerRegistrations.redirectUri(peer.baseUrl(), thisNode.code()))
                .scopes(scopes -> scopes.addAll(SCOPES))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .build();
    }
}
