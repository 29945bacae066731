package org.renrentong.apps.peers;

import jakarta.servlet.http.HttpSession;
import org.renrentong.federation.Peer;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The account page of the joined nodes: which of them the person's accounts are linked to, and linking one — the
 * person goes to sign in at that node and comes back linked.
 */
@Controller
class NodeAccountsController {

    static final String PATH = "/account/nodes";

    private final NodeAccounts accounts;

    NodeAccountsController(NodeAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String list(Actor me, Model model) {
        model.addAttribute("nodes", accounts.of(me));
        return "apps/node-accounts";
    }

    @PostMapping(PATH + "/{code}")
    String link(Actor me, @PathVariable String code, HttpSession session) {
        Peer peer = accounts.toLink(me, code);
        session.setAttribute(PeerLinking.ATTRIBUTE, new PeerLinking(me.personId(), peer.code()));
        return "redirect:/oauth2/authorization/" + PeerRegistrations.PREFIX + peer.code();
    }
}
