package org.renrentong.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;

@IntegrationTest
@AutoConfigureMockMvc
class RegionsTest {

    @Autowired
    Regions regions;
    @Autowired
    RegionData data;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditLog audit;

    @Test
    void addRenameAndRetireAreKeptInTheHistory() {
        Actor platform = fixtures.platformAdmin();
        String code = data.freeCode("130100");
        Region added = regions.add(platform, code, "  新区  ", "130100");
        assertThat(added.level()).isEqualTo(Region.Level.COUNTY);
        assertThat(added.path()).isEqualTo("/000000/130000/130100/" + code + "/");

        regions.rename(platform, code, "更新区");
        Region retired = regions.retire(platform, code, "130102");

        assertThat(retired.retired()).isTrue();
        assertThat(retired.replacedBy()).isEqualTo("130102");
        assertThat(retired.name()).isEqualTo("更新区");
        assertThat(regions.history(code)).extracting(RegionChange::kind, RegionChange::oldName, RegionChange::newName,
                        RegionChange::replacedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ADDED", null, "新区", null),
                        org.assertj.core.groups.Tuple.tuple("RENAMED", "新区", "更新区", null),
                        org.assertj.core.groups.Tuple.tuple("RETIRED", "更新区", null, "130102"));
        assertThat(regions.children("130100")).last().extracting(Region::code).isEqualTo(code);
        assertThat(audit.search(new AuditQuery(added.path(), null, null, "REGION_RETIRED", null, null, null, 5)))
                .singleElement().satisfies(e -> assertThat(e.targetId()).isEqualTo(code));
    }

    @Test
    void aRegionAdministratorChangesOnlyWhatLiesBelowTheirRegion() {
        Actor city = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        Region county = data.newCounty(city, "130100");
        regions.rename(city, county.code(), "市管新区");

        assertForbidden(() -> regions.rename(city, "130100", "省会"));
        assertForbidden(() -> regions.add(city, data.freeCode("130200"), "别市新区", "130200"));
        assertForbidden(() -> regions.retire(city, "130200", null));
        assertThat(regions.mayChange(city, regions.get("130100"))).isFalse();
        assertThat(regions.mayChange(city, county)).isTrue();

        Actor countyAdmin = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        assertForbidden(() -> regions.rename(countyAdmin, "130104", "别区"));
        assertForbidden(() -> regions.administered(countyAdmin, "130104"));
        assertForbidden(() -> regions.home(fixtures.actor(fixtures.aPerson().teacher().build())));
        assertThat(regions.home(countyAdmin).code()).isEqualTo("130102");
    }

    @Test
    void retiringIsRefusedWhenItWouldBreakTheTree() {
        Actor platform = fixtures.platformAdmin();
        Region county = data.newCounty(platform, "130100");

        assertInvalid(() -> regions.retire(platform, county.code(), county.code()), "region.successor.self");
        assertInvalid(() -> regions.retire(platform, county.code(), "130100"), "region.successor.invalid");
        assertInvalid(() -> regions.retire(platform, "130100", null), "region.retire.hasChildren");
        assertInvalid(() -> regions.add(platform, data.freeCode("130100"), "县下", county.code()), "region.parent.county");
        assertInvalid(() -> regions.add(platform, "13010", "短码", "130100"), "region.code.invalid");
        assertInvalid(() -> regions.add(platform, data.freeCode("130100"), " ", "130100"), "region.name.invalid");
        assertThatThrownBy(() -> regions.add(platform, "130102", "重复", "130100"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));

        regions.retire(platform, county.code(), null);
        assertInvalid(() -> regions.retire(platform, county.code(), null), "region.already.retired");
        assertInvalid(() -> regions.rename(platform, county.code(), "复活"), "region.retired");
        assertInvalid(() -> regions.retire(platform, data.newCounty(platform, "130100").code(), county.code()),
                "region.successor.invalid");
    }

    @Test
    void aNewCodeMustNestInItsParentsCode() {
        Actor platform = fixtures.platformAdmin();
        assertInvalid(() -> regions.add(platform, "140199", "山西码", "130100"), "region.code.outsideParent");
        assertInvalid(() -> regions.add(platform, "130100", "市码当县", "130100"), "region.code.outsideParent");
        assertInvalid(() -> regions.add(platform, "140200", "别省市", "130000"), "region.code.outsideParent");
        assertInvalid(() -> regions.add(platform, "130201", "县码当市", "130000"), "region.code.outsideParent");
        assertInvalid(() -> regions.add(platform, "130000", "省码当市", "130000"), "region.code.outsideParent");
        assertInvalid(() -> regions.add(platform, "990100", "市码当省", "000000"), "region.code.outsideParent");
        assertInvalid(() -> regions.add(platform, "000000", "零省", "000000"), "region.code.outsideParent");

        assertThat(regions.add(platform, data.freeCode("130000"), "新市", "130000").level())
                .isEqualTo(Region.Level.CITY);
        // 直辖市 and 省直辖县: counties sit under the catalogue's 市辖区 / 省直辖县级行政区划 rows
        assertThat(regions.add(platform, data.freeCode("110100"), "京新区", "110100").parentCode()).isEqualTo("110100");
        assertThat(regions.add(platform, data.freeCode("429000"), "鄂直辖新市", "429000").code()).startsWith("4290");
        assertInvalid(() -> regions.add(platform, "110201", "京外县", "110100"), "region.code.outsideParent");
    }

    @Test
    void searchFindsByNameOrCodePrefixWithinASubtree() {
        assertThat(regions.search("长安", "/000000/130000/")).extracting(Region::code).contains("130102");
        assertThat(regions.search("1301", "/000000/130000/130100/")).extracting(Region::code)
                .contains("130100", "130102").doesNotContain("130200");
        assertThat(regions.search("%", "/000000/")).isEmpty();
        assertThat(regions.search("  ", "/000000/")).isEmpty();
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    private static void assertInvalid(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
