package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Principals that are not people act under their own kind, and the audit log says which kind acted. */
@IntegrationTest
class PrincipalTest {

    @Autowired
    AuditLog audit;
    @Autowired
    Fixtures fixtures;

    @Test
    void theAuditLogRecordsWhichKindOfPrincipalActed() {
        String action = "TEST_PRINCIPAL_" + Fixtures.unique();
        Actor person = fixtures.platformAdmin();
        audit.record(person.audited(action, "person", 1, null, null));
        audit.record(nonPerson(PrincipalKind.CLIENT, "app-" + Fixtures.unique()).audited(action, "person", 2, null,
                null));
        audit.record(nonPerson(PrincipalKind.NODE, "130000").audited(action, "person", 3, null, null));

        List<AuditEvent.Entry> entries = audit.search(new AuditQuery(null, null, null, action, null, null, null, 10));

        assertThat(entries).extracting(AuditEvent.Entry::principalKind)
                .containsExactly(PrincipalKind.NODE, PrincipalKind.CLIENT, PrincipalKind.PERSON);
        assertThat(entries.get(2).actorAccount()).isEqualTo(person.account());
        assertThat(entries.get(0).actorAccount()).isEqualTo("130000");
    }

    @Test
    void aClientOrANodeIsNoPerson() {
        Actor client = nonPerson(PrincipalKind.CLIENT, "app");
        assertThat(client.principal().isPerson()).isFalse();
        assertThatThrownBy(client::personId).isInstanceOf(DomainException.class);
        assertThat(fixtures.platformAdmin().principal().kind()).isEqualTo(PrincipalKind.PERSON);
    }

    private static Actor nonPerson(PrincipalKind kind, String name) {
        RoleGrant grant = new RoleGrant(0, Role.EXPERT, "130000", null, null, null);
        return new Actor(new Principal(kind, 7, name), name, grant,
                new Anchors("/000000/130000/", null, Set.of(), Set.of(), null, null), List.of(grant));
    }
}
