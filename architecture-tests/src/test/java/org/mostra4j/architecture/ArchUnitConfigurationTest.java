package org.mostra4j.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The suite's own configuration (src/test/resources/archunit.properties) is in force. */
class ArchUnitConfigurationTest {

    @Test
    void aRuleThatChecksNoClassFails() {
        JavaClasses nothing = new ClassFileImporter().importPackages("org.mostra4j.canary.nosuchfixture");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> DependencyRules.domainIsInnermost(Layout.MOSTRA).evaluate(nothing),
                "archRule.failOnEmptyShould must be true, or a mistyped package would make a rule pass vacuously");
        assertTrue(failure.getMessage().contains("failed to check any classes"), failure.getMessage());
    }
}
