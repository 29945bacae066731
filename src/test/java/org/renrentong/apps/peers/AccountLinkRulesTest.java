package org.renrentong.apps.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.NodeLevel;
import org.renrentong.federation.Peer;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The rules of linking a person a joined node vouched for: by the node's subject alone (a namesake with the same phone
 * here is not them), the same person on the next sign-in, never an administrator created, never a school that is not
 * here; each link and refusal audited with the node as the one who acted. A node that signs out a linked person ends
 * their sessions here.
 */
@IntegrationTest
class AccountLinkRulesTest {

    @Autowired Arrivals arrivals;
    @Autowired NodeAccounts accounts;
    @Autowired RemoteSignOuts signOuts;
    @Autowired Actors actors;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private final Peer county = new Peer("p" + Fixtures.unique(), "某县节点", NodeLevel.COUNTY, "130102",
            "http://127.0.0.1:1");

    @Test
    void aSubjectIsLinkedOnceAndANamesakeWithTheSamePhoneIsNotThem() {
        School school = fixtures.aSchool().coded(schoolCode()).build();
        Person namesake = fixtures.aPerson().named("李红").phone(phone()).teacher().at(school).build();

        long arrived = arrivals.arrive(county, user("sub-" + Fixtures.unique(), "李红", "TEACHER", school.code()));

        assertThat(arrived).isNotEqualTo(namesake.id());
        Actor here = actors.load(arrived, null);
        assertThat(here.name()).isEqualTo("李红");
        assertThat(here.role()).isEqualTo(Role.TEACHER);
        assertThat(here.schoolId()).isEqualTo(school.id());
        assertThat(audited(String.valueOf(arrived), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void theNextSignInOfTheSameSubjectIsTheSamePersonAndAnotherSubjectIsAnother() {
        School school = fixtures.aSchool().coded(schoolCode()).build();
        String subject = "sub-" + Fixtures.unique();
        long first = arrivals.arrive(county, user(subject, "周明", "STUDENT", school.code()));

        assertThat(arrivals.arrive(county, user(subject, "周明明", "TEACHER", "0000000000"))).isEqualTo(first);
        assertThat(arrivals.arrive(county, user("other-" + subject, "周明", "STUDENT", school.code())))
                .isNotEqualTo(first);
        assertThat(audited(String.valueOf(first), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void noAdministratorIsCreatedThisWay() {
        School school = fixtures.aSchool().coded(schoolCode()).build();
        for (String role : List.of("SCHOOL_ADMIN", "REGION_ADMIN", "PLATFORM_ADMIN", "GUARDIAN")) {
            String subject = "admin-" + Fixtures.unique();
            assertThatThrownBy(() -> arrivals.arrive(county, user(subject, "赵校长", role, school.code())))
                    .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("apps.peers.role");
            assertThat(linked(subject)).isZero();
        }
        assertThat(refusals("apps.peers.role")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSchoolThatIsNotHereIsRefused() {
        String subject = "far-" + Fixtures.unique();
        String elsewhere = schoolCode();
        assertThatThrownBy(() -> arrivals.arrive(county, user(subject, "孙丽", "TEACHER", elsewhere)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("apps.peers.school.unknown");
        assertThat(linked(subject)).isZero();
        assertThat(refusals("apps.peers.school.unknown")).isPositive();
    }

    @Test
    void aNodeSigningOutALinkedPersonEndsTheirSessionsHere() {
        School school = fixtures.aSchool().coded(schoolCode()).build();
        String subject = "out-" + Fixtures.unique();
        long person = arrivals.arrive(county, user(subject, "吴刚", "TEACHER", school.code()));
        long before = stamp(person);

        signOuts.signedOut(county, null, subject);

        assertThat(stamp(person)).isGreaterThan(before);
        signOuts.signedOut(county, null, "nobody-" + subject);
        assertThat(stamp(person)).isEqualTo(before + 1);
    }

    @Test
    void aPersonHereLinksOneAccountOfTheNodeAndNeverSomeoneElses() {
        School school = fixtures.aSchool().coded(schoolCode()).build();
        Person local = fixtures.aPerson().teacher().at(school).build();
        Person other = fixtures.aPerson().teacher().at(school).build();
        String subject = "mine-" + Fixtures.unique();

        accounts.link(county, user(subject, "郑华", "TEACHER", school.code()), local.id());

        assertThat(arrivals.arrive(county, user(subject, "郑华", "TEACHER", school.code()))).isEqualTo(local.id());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'NODE_ACCOUNT_LINKED' AND actor_id = ?
                AND principal_kind = 'PERSON' AND result = 'SUCCESS'""").param(local.id()).query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> accounts.link(county, user("second-" + subject, "郑华", "TEACHER", school.code()),
                local.id())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("apps.peers.linked.already");
        assertThatThrownBy(() -> accounts.link(county, user(subject, "郑华", "TEACHER", school.code()), other.id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("apps.peers.linked.other");
    }

    private OidcUser user(String subject, String name, String role, String schoolCode) {
        OidcIdToken token = OidcIdToken.withTokenValue("token-" + subject).subject(subject).claim("name", name)
                .claim("role", role)
                .claim("organisation", Map.of("type", "school", "code", schoolCode, "name", "某校"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new DefaultOidcUser(List.of(), token);
    }

    private long linked(String subject) {
        return jdbc.sql("SELECT count(*) FROM node_account_link WHERE node_code = ? AND subject = ?")
                .params(county.code(), subject).query(Long.class).single();
    }

    private long audited(String personId, String result) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'NODE_ACCOUNT_LINKED' AND target_id = ?
                AND result = ? AND actor_account = ? AND principal_kind = 'NODE'""")
                .params(personId, result, county.code()).query(Long.class).single();
    }

    private long refusals(String reason) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'NODE_ACCOUNT_LINKED' AND result = 'DENIED'
                AND actor_account = ? AND detail_key = ?""").params(county.code(), reason).query(Long.class).single();
    }

    private long stamp(long personId) {
        return jdbc.sql("SELECT credential_stamp FROM person WHERE id = ?").param(personId).query(Long.class).single();
    }

    private static String schoolCode() {
        return String.format("9%09d", Fixtures.unique() % 1_000_000_000L);
    }

    private static String phone() {
        return "138" + String.format("%08d", Fixtures.unique() % 100_000_000);
    }
}
