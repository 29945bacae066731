package org.renrentong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * A module's SQL names only its own tables, and the published views of modules it may depend on. Which module owns
 * a table follows from the migrations that create it. The fixture modules under {@code boundaryfixture} show that
 * the check catches a foreign table (and {@link ModularityTest} that it catches a wrong arrow).
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path FIXTURE_MIGRATIONS = Path.of("src/test/resources/boundaryfixture/migration");

    @Test
    void modulesNameOnlyTheirOwnTables() {
        TableOwnership ownership = TableOwnership.fromMigrations(MIGRATIONS);
        assertThat(ownership.owners()).as("tables found in the migrations").containsKeys("person", "school", "post");

        assertThat(ownership.violations(Path.of("target/classes"), "org.renrentong",
                allowedDependencies("org.renrentong")))
                .as("SQL naming another module's tables (module: class names table)").isEmpty();
    }

    /** A published view says whose it is in its name, so that a reader of the SQL sees it crosses a boundary. */
    @Test
    void publishedViewsAreNamedByTheirOwner() {
        TableOwnership.fromMigrations(MIGRATIONS).owners().forEach((name, owned) -> {
            if (owned.view()) {
                assertThat(name).as("view of " + owned.module()).startsWith(owned.module() + "_v_");
            }
        });
    }

    @Test
    void aForeignTableIsReported() {
        TableOwnership ownership = TableOwnership.fromMigrations(FIXTURE_MIGRATIONS);

        assertThat(ownership.violations(Path.of("target/test-classes"), "boundaryfixture",
                allowedDependencies("boundaryfixture")))
                .extracting(Object::toString)
                .containsExactly("beta: boundaryfixture.beta.BetaNotes names alpha_secret (owned by alpha)",
                        "beta: boundaryfixture.beta.BetaRepository names alpha_secret (owned by alpha)");
    }

    /** Each module's {@code allowedDependencies}, from its package-info. */
    private static Function<String, Set<String>> allowedDependencies(String basePackage) {
        return module -> declared(basePackage + "." + module);
    }

    private static Set<String> declared(String modulePackage) {
        try {
            ApplicationModule module = Class.forName(modulePackage + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            return module == null ? Set.of() : Set.copyOf(Arrays.asList(module.allowedDependencies()));
        } catch (ClassNotFoundException e) {
            return Set.of();
        }
    }
}
