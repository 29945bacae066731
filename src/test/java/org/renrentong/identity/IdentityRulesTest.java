package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure rules for identity data: ID-card checksum and masking, phone numbers, password strength. */
class IdentityRulesTest {

    @Test
    void idCardNumbersPassOnlyWithTheRightCheckCharacterAndARealBirthDate() {
        assertThat(IdCardNumber.parse("11010519491231002X")).contains("11010519491231002X");
        assertThat(IdCardNumber.parse("11010519491231002x")).contains("11010519491231002X");
        assertThat(IdCardNumber.parse("110105194912310021")).isEmpty();
        assertThat(IdCardNumber.parse("110105194902300026")).isEmpty();
        assertThat(IdCardNumber.parse("1101051949123100")).isEmpty();
        assertThat(IdCardNumber.parse(null)).isEmpty();
    }

    @Test
    void idCardNumbersAreShownWithOnlyTheirEndsVisible() {
        assertThat(IdCardNumber.mask("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void phonesAreMainlandMobilesAndShownMasked() {
        assertThat(PhoneNumber.parse("+86 138-0013-8000")).contains("13800138000");
        assertThat(PhoneNumber.parse("12800138000")).isEmpty();
        assertThat(PhoneNumber.parse("1380013800")).isEmpty();
        assertThat(PhoneNumber.mask("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void passwordsNeedEightCharactersOfThreeKinds() {
        assertThat(PasswordPolicy.acceptable("Abcdefg1")).isTrue();
        assertThat(PasswordPolicy.acceptable("abcdef1!")).isTrue();
        assertThat(PasswordPolicy.acceptable("abcdefg1")).isFalse();
        assertThat(PasswordPolicy.acceptable("Ab1!")).isFalse();
        assertThat(PasswordPolicy.acceptable(null)).isFalse();
    }
}
