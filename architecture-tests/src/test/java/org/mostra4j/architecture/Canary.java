package org.mostra4j.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One rule run on its canary fixture tree ({@code org.mostra4j.canary.<name>}, laid out like the real code),
 * with assertions on what it reported: every offender is named, and no well-behaved bystander is.
 */
final class Canary {
    private final Layout layout;
    private final String report;
    private final boolean violated;

    private Canary(Layout layout, EvaluationResult result) {
        this.layout = layout;
        this.violated = result.hasViolation();
        this.report = String.join("\n", result.getFailureReport().getDetails());
    }

    /** Evaluates the rule that {@code rule} builds for the fixture tree {@code org.mostra4j.canary.<fixture>}. */
    static Canary run(String fixture, Function<Layout, ArchRule> rule) {
        Layout layout = Layout.canary(fixture);
        JavaClasses classes = new ClassFileImporter().importPackages(layout.root());
        assertFalse(classes.isEmpty(), "no fixture classes under " + layout.root());
        return new Canary(layout, rule.apply(layout).evaluate(classes));
    }

    /** Asserts the rule failed and named each offender. */
    Canary reports(Class<?>... offenders) {
        assertTrue(violated, "the rule passed on canary " + layout.root() + " although it should break it");
        for (Class<?> offender : offenders) {
            assertTrue(mentions(offender), "the report does not name " + offender.getName() + ":\n" + report);
        }
        return this;
    }

    /** Asserts the rule did not blame classes that obey it (so it is not failing for the wrong reason). */
    Canary spares(Class<?>... bystanders) {
        for (Class<?> bystander : bystanders) {
            assertFalse(mentions(bystander), "the report blames " + bystander.getName() + ":\n" + report);
        }
        return this;
    }

    /** The class's own name, not a longer name that starts with it ({@code Track} is not {@code TrackUtils}). */
    private boolean mentions(Class<?> type) {
        return Pattern.compile(Pattern.quote(type.getName()) + "(?![\\w$])").matcher(report).find();
    }
}
