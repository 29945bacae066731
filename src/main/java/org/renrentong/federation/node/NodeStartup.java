package org.renrentong.federation.node;

import org.renrentong.federation.NodeLevel;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At first start, stores this node's identity from the configuration ({@code renrentong.node.*}) with a new signing
 * key pair; from then on the stored identity wins. Runs after the region catalogue is loaded, since the configured
 * region must be one of it. A configuration that no node could have stops the start with the reason.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NodeStartup implements ApplicationRunner {

    private final IdentityStore identity;
    private final NodeRules rules;
    private final Environment environment;

    NodeStartup(IdentityStore identity, NodeRules rules, Environment environment) {
        this.identity = identity;
        this.rules = rules;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        ThisNode.Identity configured = identity.defaults();
        if (identity.isStored()) {
            return;
        }
        try {
            NodeLevel level = NodeLevel.valueOf(configured.level());
            String regionCode = rules.region(configured.regionCode(), level).code();
            // resolved now, once the server listens: the default names the port it really got
            String baseUrl = NodeRules.baseUrl(environment.getProperty("renrentong.node.base-url", ""));
            identity.createIfAbsent(NodeRules.code(configured.code()), configured.name(), level, regionCode, baseUrl);
        } catch (DomainException | IllegalArgumentException e) {
            throw new IllegalStateException("renrentong.node.code/.level/.region/.base-url (" + configured.code() + ", "
                    + configured.level() + ", " + configured.regionCode() + ") describe no node: "
                    + (e instanceof DomainException d ? d.messageKey() : e.getMessage()), e);
        }
    }
}
