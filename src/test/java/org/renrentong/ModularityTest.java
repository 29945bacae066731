package org.renrentong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Fails on a dependency arrow that a module does not declare (the {@code allowedDependencies} in its
 * package-info), or on a cycle between modules.
 */
class ModularityTest {

    @Test
    void modulesDependDownwardOnly() {
        ApplicationModules.of(RenrentongApplication.class).verify();
    }
}
