package org.renrentong.federation.node;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.federation.Peer;
import org.renrentong.federation.PeerRequests;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What nodes ask of each other, without a person signed in: this node's public descriptor, joining it as a child
 * (the token is the credential), and a signed "who am I to you" for joined nodes. A refusal is a problem detail
 * that carries its message key as {@code code}, so that the asking node can say it in its own user's language.
 */
@RestController
class NodeProtocolApi {

    /** What a joined node learns from a signed request: this node, and itself as this node knows it. */
    record Contact(Descriptor node, Peer you) {
    }

    private final IdentityStore identity;
    private final ThisNode thisNode;
    private final Admissions admissions;
    private final PeerRequests peerRequests;
    private final MessageSource messages;

    NodeProtocolApi(IdentityStore identity, ThisNode thisNode, Admissions admissions, PeerRequests peerRequests,
                    MessageSource messages) {
        this.identity = identity;
        this.thisNode = thisNode;
        this.admissions = admissions;
        this.peerRequests = peerRequests;
        this.messages = messages;
    }

    @GetMapping("/federation/node")
    Descriptor node() {
        return identity.current().descriptor(thisNode.name());
    }

    @PostMapping("/federation/join")
    @ResponseStatus(HttpStatus.CREATED)
    Descriptor join(@RequestBody JoinRequest request) {
        return admissions.admit(request);
    }

    @GetMapping("/federation/peer")
    Contact peer(HttpServletRequest request) {
        Peer caller = peerRequests.signer(request)
                .orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "node.signature.required"));
        return new Contact(identity.current().descriptor(thisNode.name()), caller);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(),
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("error.status." + e.status().value(), null, "",
                LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.messageKey());
        return problem;
    }
}
