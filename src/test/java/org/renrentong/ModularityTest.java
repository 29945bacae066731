package org.renrentong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails on a dependency arrow that points the wrong way, or on a cycle between modules. */
class ModularityTest {

    @Test
    void modulesDependDownwardOnly() {
        ApplicationModules.of(RenrentongApplication.class).verify();
    }
}
