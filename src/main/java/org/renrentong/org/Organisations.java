package org.renrentong.org;

import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations that are not schools — enterprises, publishers — at which a role may be held. They are made by the
 * module that vets them (an app provider's registration); here they are places.
 */
@Service
public class Organisations {

    private final JdbcClient jdbc;
    private final OrgPolicy policy;
    private final AuditLog audit;

    Organisations(JdbcClient jdbc, OrgPolicy policy, AuditLog audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * A new enterprise with its unified social credit code, in the region where it is registered: its id. This node
     * records it for an enterprise registering on its public page.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enterprise(Actor node, String name, String creditCode, String regionCode) {
        policy.requireNode(node);
        long id = jdbc.sql("""
                INSERT INTO organisation (kind, name, credit_code, region_code) VALUES ('ENTERPRISE', ?, ?, ?)
                RETURNING id""").params(name, creditCode, regionCode).query(Long.class).single();
        audit.record(node.audited("ENTERPRISE_RECORDED", "organisation", id, null, null, name, creditCode));
        return id;
    }

    /** The enterprise's own account corrects its name, credit code or region, as a refused registration is redone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void correctEnterprise(Actor actor, long id, String name, String creditCode, String regionCode) {
        policy.requireOwnEnterprise(actor, id);
        jdbc.sql("""
                UPDATE organisation SET name = ?, credit_code = ?, region_code = ?
                WHERE id = ? AND kind = 'ENTERPRISE'""").params(name, creditCode, regionCode, id).update();
        audit.record(actor.audited("ENTERPRISE_CORRECTED", "organisation", id, null, null, name, creditCode));
    }
}
