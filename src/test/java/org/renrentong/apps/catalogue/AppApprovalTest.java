package org.renrentong.apps.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * An app applies at a city; the city's administrator approves it (its client is registered with the approved scopes
 * only); the counties below inherit it unless one opts out; a school hides it from its people.
 */
@IntegrationTest
class AppApprovalTest {

    @Autowired Apps apps;
    @Autowired Approvals approvals;
    @Autowired AppCentre centre;
    @Autowired AppFixtures appFixtures;
    @Autowired ProviderFixtures providers;
    @Autowired Fixtures fixtures;
    @Autowired RegisteredClientRepository clients;
    @Autowired Deliveries deliveries;
    @Autowired JdbcClient jdbc;

    @Test
    void anApprovalAtTheCityReachesItsCountiesUntilOneOptsOutOrASchoolHidesIt() {
        AppFixtures.Applied applied = appFixtures.appliedAt("130100");
        long app = applied.app().id();
        School schoolA = fixtures.aSchool().inCounty("130102").build();
        School schoolB = fixtures.aSchool().inCounty("130104").build();
        Actor teacherA = fixtures.actor(fixtures.aPerson().teacher().at(schoolA).build());
        Actor teacherB = fixtures.actor(fixtures.aPerson().teacher().at(schoolB).build());
        assertThat(ids(teacherA)).doesNotContain(app);

        Actor county = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        assertThatThrownBy(() -> approvals.approve(county, app, "130100")).isInstanceOf(DomainException.class)
                .hasMessage("error.forbidden");
        Actor city = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        App approved = approvals.approve(city, app, "130100");
        RegisteredClient client = clients.findByClientId(approved.clientId());
        assertThat(client.getScopes()).containsExactlyInAnyOrder("openid", "profile", "role");
        assertThat(client.getRedirectUris()).containsExactly(AppFixtures.REDIRECT);
        assertThat(ids(teacherA)).contains(app);
        assertThat(ids(teacherB)).contains(app);

        Actor countyB = fixtures.actor(fixtures.aPerson().regionAdmin("130104").build());
        assertThat(approvals.forAdministrator(countyB)).filteredOn(a -> a.app().id() == app).singleElement()
                .satisfies(a -> assertThat(a.inherited()).isTrue());
        assertThat(approvals.forAdministrator(city)).filteredOn(a -> a.app().id() == app).singleElement()
                .satisfies(a -> assertThat(a.inherited()).isFalse());
        approvals.optOut(countyB, app, "130104");
        assertThat(ids(teacherB)).doesNotContain(app);
        assertThat(ids(teacherA)).contains(app);
        approvals.optIn(countyB, app, "130104");
        assertThat(ids(teacherB)).contains(app);

        Actor schoolAdminA = fixtures.actor(fixtures.aPerson().schoolAdmin().at(schoolA).build());
        assertThatThrownBy(() -> approvals.hide(schoolAdminA, app, schoolB.id(), true))
                .hasMessage("error.forbidden");
        approvals.hide(schoolAdminA, app, schoolA.id(), true);
        assertThat(ids(teacherA)).doesNotContain(app);
        assertThat(ids(teacherB)).contains(app);
        assertThat(approvals.forAdministrator(schoolAdminA)).anySatisfy(a -> {
            assertThat(a.app().id()).isEqualTo(app);
            assertThat(a.hidden()).isTrue();
        });
    }

    @Test
    void theCentreFiltersByRoleCategoryAndWords() {
        AppFixtures.Applied applied = appFixtures.approvedAt("130102");
        School school = fixtures.aSchool().inCounty("130102").build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().at(school).build());
        String name = applied.app().name();
        assertThat(centre.forPerson(teacher, AppCategory.HOMEWORK_ASSESSMENT, name)).extracting(AppCard::name)
                .containsExactly(name);
        assertThat(centre.forPerson(teacher, AppCategory.DIGITAL_LIBRARY, name)).isEmpty();
        assertThat(centre.forPerson(teacher, null, "没有这样的应用" + Fixtures.unique())).isEmpty();
        Actor student = fixtures.actor(fixtures.aPerson().student()
                .in(fixtures.aClass().in(school).build()).build());
        assertThat(ids(student)).doesNotContain(applied.app().id());
    }

    @Test
    void badAppsAndBadDecisionsAreRefusedWithAClearMessage() {
        Actor provider = providers.approved();
        AppForm good = AppFixtures.form("应用" + Fixtures.unique());
        assertThatThrownBy(() -> apps.register(provider, new AppForm(good.name(), good.category(), good.description(),
                good.audiences(), good.stages(), good.subjects(), good.launchUrl(),
                List.of("http://app.example.cn/callback"), good.scopes(), good.filingNumber())))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.redirectUris.invalid");
        assertThatThrownBy(() -> apps.register(provider, new AppForm(good.name(), good.category(), good.description(),
                good.audiences(), good.stages(), good.subjects(), good.launchUrl(), good.redirectUris(),
                Map.of("phone", "联系家长"), good.filingNumber())))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.scopes.unknown");
        assertThatThrownBy(() -> apps.register(provider, new AppForm(good.name(), good.category(), good.description(),
                Set.of(), good.stages(), good.subjects(), good.launchUrl(), good.redirectUris(), good.scopes(),
                good.filingNumber())))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.audiences.required");
        Actor pending = providers.actorOf(providers.registered());
        assertThatThrownBy(() -> apps.register(pending, good))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.providerNotApproved");

        App app = apps.register(provider, AppFixtures.form("应用" + Fixtures.unique()));
        Actor other = providers.approved();
        assertThatThrownBy(() -> apps.apply(other, app.id(), "130100")).hasMessage("error.forbidden");
        apps.apply(provider, app.id(), "130100");
        assertThatThrownBy(() -> apps.apply(provider, app.id(), "130100"))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.applied");
        Actor platform = fixtures.platformAdmin();
        assertThatThrownBy(() -> approvals.refuse(platform, app.id(), "130100", " "))
                .hasFieldOrPropertyWithValue("messageKey", "apps.app.reason.required");
        App refused = approvals.refuse(platform, app.id(), "130100", "备案号无法核实");
        assertThat(refused.regions()).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo(Decision.REFUSED);
            assertThat(r.reason()).isEqualTo("备案号无法核实");
        });
        assertThat(refused.clientId()).isNull();
        deliveries.awaitAll();
        assertThat(jdbc.sql("SELECT message_key FROM notification WHERE person_id = ? AND target_type = 'APP' "
                        + "AND target_id = ?")
                .params(provider.personId(), String.valueOf(app.id())).query(String.class).list())
                .containsExactly("notification.app.REFUSED");
        assertThatThrownBy(() -> approvals.optOut(fixtures.actor(fixtures.aPerson().regionAdmin("130102").build()),
                app.id(), "130102")).hasFieldOrPropertyWithValue("messageKey", "apps.app.optOut.notInherited");
    }

    private List<Long> ids(Actor person) {
        return centre.forPerson(person, null, "").stream().map(AppCard::id).toList();
    }
}
