package org.renrentong.apps.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The unified social credit code's check character (GB 32100-2015), on codes of real enterprises. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100716105852F", "91350100M000100Y43",
        "91110000802100433B"})
    void realCodesAreAccepted(String code) {
        assertThat(CreditCode.parse(code)).contains(code);
    }

    @Test
    void lowerCaseAndSpacesAroundAreCleaned() {
        assertThat(CreditCode.parse(" 9144030071526726xg ")).contains("9144030071526726XG");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "914403001922038217", // Huawei's with the wrong check character
        "9144030071526726XH", // Tencent's with the wrong check character
        "91330100716105852", // one short
        "91330100716105852FF", // one long
        "91I30100716105852F", // I is not among the 31 characters
        "9133O100716105852F", // neither is O, and the region part must be digits
        "911100001000013428", // a code with a check character that does not add up
        ""})
    void wrongCodesAreRefused(String code) {
        assertThat(CreditCode.parse(code)).isEmpty();
    }

    @Test
    void nothingIsNoCode() {
        assertThat(CreditCode.parse(null)).isEmpty();
    }

    @Test
    void icpFilingNumbersFollowTheirFormat() {
        assertThat(IcpFiling.parse("京ICP备12345678号-1")).isPresent();
        assertThat(IcpFiling.parse("冀ICP备2026000号")).isPresent();
        assertThat(IcpFiling.parse("ICP备12345678号")).isEmpty();
        assertThat(IcpFiling.parse("京ICP12345678号")).isEmpty();
        assertThat(IcpFiling.parse("京ICP备1234号")).isEmpty();
    }
}
