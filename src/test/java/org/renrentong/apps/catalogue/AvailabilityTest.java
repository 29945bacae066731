package org.renrentong.apps.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An approval reaches down the region tree until a region on the way opts out. */
class AvailabilityTest {

    private static final List<String> COUNTY = Availability.codes("/000000/130000/130100/130102/");

    @Test
    void anApprovalAboveReachesTheCounty() {
        assertThat(Availability.reaches(COUNTY, Map.of("130100", Decision.APPROVED))).isTrue();
    }

    @Test
    void anOptOutOnTheWayStopsIt() {
        assertThat(Availability.reaches(COUNTY, Map.of("130000", Decision.APPROVED, "130102", Decision.OPTED_OUT)))
                .isFalse();
        assertThat(Availability.reaches(COUNTY, Map.of("130000", Decision.APPROVED, "130100", Decision.OPTED_OUT)))
                .isFalse();
    }

    @Test
    void anApprovalBelowAnOptOutCounts() {
        assertThat(Availability.reaches(COUNTY, Map.of("130000", Decision.OPTED_OUT, "130102", Decision.APPROVED)))
                .isTrue();
    }

    @Test
    void pendingAndRefusedDecideNothing() {
        assertThat(Availability.reaches(COUNTY, Map.of("130102", Decision.PENDING, "130100", Decision.REFUSED)))
                .isFalse();
        assertThat(Availability.reaches(COUNTY, Map.of())).isFalse();
    }
}
