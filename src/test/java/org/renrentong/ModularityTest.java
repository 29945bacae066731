package org.renrentong;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Fails on a dependency arrow that a module does not declare (the {@code allowedDependencies} in its
 * package-info), or on a cycle between modules. {@link TableOwnershipTest} checks the arrows the SQL draws.
 */
class ModularityTest {

    @Test
    void modulesDependDownwardOnly() {
        ApplicationModules.of(RenrentongApplication.class).verify();
    }

    /** The same check on the fixture modules, where {@code alpha} uses {@code beta} without declaring it. */
    @Test
    void anUndeclaredArrowIsReported() {
        // the fixture is a test class, which the default import leaves out
        assertThatThrownBy(() -> ApplicationModules.of("boundaryfixture", everything -> true).verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Module 'alpha' depends on module 'beta' via boundaryfixture.alpha.AlphaService");
    }
}
