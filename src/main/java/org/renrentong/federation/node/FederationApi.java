package org.renrentong.federation.node;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The federation as JSON, for platform administrators: this node's parent (and joining one), its children (suspend,
 * resume, remove) and the join tokens it issued for children to come.
 */
@RestController
@RequestMapping("/api/v1/federation")
class FederationApi {

    private final ParentLink parentLink;
    private final Children children;
    private final JoinTokens tokens;

    FederationApi(ParentLink parentLink, Children children, JoinTokens tokens) {
        this.parentLink = parentLink;
        this.children = children;
        this.tokens = tokens;
    }

    @GetMapping("/parent")
    PeerView parent(Actor me) {
        return parentLink.parent(me).orElseThrow(() -> DomainException.notFound("node.parent.none"));
    }

    /** Joins the parent at the URL with the token it issued; the parent's reasons for a refusal come back as ours. */
    @PostMapping("/parent")
    @ResponseStatus(HttpStatus.CREATED)
    PeerView join(Actor me, @RequestBody ParentForm form) {
        return parentLink.join(me, form);
    }

    @GetMapping("/children")
    List<PeerView> children(Actor me) {
        return children.list(me);
    }

    @PostMapping("/children/{code}/suspension")
    PeerView suspend(Actor me, @PathVariable String code) {
        return children.suspend(me, code, true);
    }

    @DeleteMapping("/children/{code}/suspension")
    PeerView resume(Actor me, @PathVariable String code) {
        return children.suspend(me, code, false);
    }

    @DeleteMapping("/children/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor me, @PathVariable String code) {
        children.remove(me, code);
    }

    @GetMapping("/join-tokens")
    List<JoinToken> tokens(Actor me) {
        return tokens.unused(me);
    }

    /** A new join token; the answer is the only time the token itself is shown. */
    @PostMapping("/join-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(Actor me, @RequestBody TokenForm form) {
        return tokens.issue(me, form);
    }

    @DeleteMapping("/join-tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor me, @PathVariable long id) {
        tokens.revoke(me, id);
    }
}
