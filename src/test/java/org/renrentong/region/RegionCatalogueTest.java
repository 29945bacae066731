package org.renrentong.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RegionCatalogueTest {

    @Autowired
    Regions regions;

    @Test
    void theCatalogueIsLoadedUnderTheNationalRoot() {
        assertThat(regions.children(Region.NATIONAL_CODE)).extracting(Region::name).contains("北京市", "河北省");
        Region county = regions.get("130102");
        assertThat(county.level()).isEqualTo(Region.Level.COUNTY);
        assertThat(county.path()).isEqualTo("/000000/130000/130100/130102/");
        assertThat(regions.ancestry("130102")).extracting(Region::code)
                .containsExactly("000000", "130000", "130100", "130102");
    }
}
