package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bootstrap administrator's initial password is the one the operator is told about. */
class PlatformAdminBootstrapTest {

    @Test
    void withDemoDataTheAdministratorGetsTheDemoPasswordAndNothingRandomIsPrinted() {
        PlatformAdminBootstrap.Choice choice = PlatformAdminBootstrap.Choice.of("", true, "Renrentong@2026");
        assertThat(choice.password()).isEqualTo("Renrentong@2026");
        assertThat(choice.random()).isFalse();
    }

    @Test
    void aConfiguredPasswordWinsOverTheDemoOne() {
        PlatformAdminBootstrap.Choice choice = PlatformAdminBootstrap.Choice.of("Given@2026x", true, "Renrentong@2026");
        assertThat(choice.password()).isEqualTo("Given@2026x");
        assertThat(choice.random()).isFalse();
    }

    @Test
    void withoutDemoDataOrConfigurationTheInitialPasswordIsRandomAndStrong() {
        PlatformAdminBootstrap.Choice choice = PlatformAdminBootstrap.Choice.of("", false, "Renrentong@2026");
        assertThat(choice.random()).isTrue();
        assertThat(choice.password()).isNotEqualTo("Renrentong@2026").hasSize(16);
        assertThat(PlatformAdminBootstrap.Choice.of("", false, "x").password()).isNotEqualTo(choice.password());
    }
}
