package org.renrentong.apps.peers;

import java.util.List;
import org.renrentong.federation.Peer;
import org.renrentong.federation.Peers;
import org.renrentong.identity.ExternalSignIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in through a joined node (使用省级账号登录): OpenID Connect login against each joined node, the ways the
 * sign-in page offers (one per joined node, named by its level and name), and telling the nodes involved when a
 * person signs out here. What the other node issued lives in the session only.
 */
@Component
class NodeSignIn implements ExternalSignIn {

    private final Peers peers;
    private final PeerRegistrations registrations;
    private final ArrivalHandler arrivals;
    private final SignOutNotices signOuts;
    private final MessageSource messages;

    NodeSignIn(Peers peers, PeerRegistrations registrations, ArrivalHandler arrivals, SignOutNotices signOuts,
               MessageSource messages) {
        this.peers = peers;
        this.registrations = registrations;
        this.arrivals = arrivals;
        this.signOuts = signOuts;
        this.messages = messages;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .successHandler(arrivals).failureHandler(arrivals))
                .logout(logout -> logout.addLogoutHandler(signOuts));
    }

    @Override
    public List<Way> ways() {
        return peers.joined().stream().map(this::way).toList();
    }

    private Way way(Peer peer) {
        String level = messages.getMessage("node.level." + peer.level().name(), null, LocaleContextHolder.getLocale());
        return new Way("node-sign-in-" + peer.code(),
                messages.getMessage("apps.peers.signIn", new Object[] {level, peer.name()},
                        LocaleContextHolder.getLocale()),
                "/oauth2/authorization/" + PeerRegistrations.PREFIX + peer.code());
    }
}
