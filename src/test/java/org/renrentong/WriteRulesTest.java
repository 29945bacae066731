package org.renrentong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.testing.WriteRules;
import org.renrentong.writerules.fixture.things.Things;

/**
 * Every public write of every module's API takes the actor, asks its module's policy first and records an audit
 * event last — or is package-private. See {@link WriteRules} for what counts as a write and as first and last.
 */
class WriteRulesTest {

    @Test
    void everyPublicWriteIsCheckedAndAudited() throws IOException {
        assertThat(new WriteRules("org.renrentong", RenrentongApplication.class, Actor.class).offenders())
                .as("public writes that are not checked first or not audited last").isEmpty();
    }

    @Test
    void theRuleNamesUncheckedAndUnauditedWrites() throws IOException {
        assertThat(new WriteRules("org.renrentong.writerules.fixture", Things.class, Actor.class).offenders())
                .containsExactly(
                        "things: Parts.unchecked — takes no Actor, does not ask ThingsPolicy before writing, does not "
                                + "call AuditLog.record after writing",
                        "things: Things.auditsFirst — does not call AuditLog.record after writing",
                        "things: Things.checksLate — does not ask ThingsPolicy before writing",
                        "things: Things.trustsCaller — takes no Actor, does not ask ThingsPolicy before writing",
                        "things: Things.unaudited — does not call AuditLog.record after writing",
                        "things: Things.writesThroughHelper — does not ask ThingsPolicy before writing");
    }
}
