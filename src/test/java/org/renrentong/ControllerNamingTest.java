package org.renrentong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** One naming scheme: JSON controllers end in {@code Api}, page controllers in {@code Controller}. */
class ControllerNamingTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.renrentong");

    @Test
    void jsonControllersEndInApi() {
        classes().that().areAnnotatedWith(RestController.class).should().haveSimpleNameEndingWith("Api")
                .check(MAIN);
    }

    @Test
    void pageControllersEndInController() {
        classes().that().areAnnotatedWith(Controller.class).should().haveSimpleNameEndingWith("Controller")
                .check(MAIN);
    }
}
