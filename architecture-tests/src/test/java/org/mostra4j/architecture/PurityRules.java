package org.mostra4j.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The domain is pure computation over values: same input, same output, nothing touched outside. That is what
 * makes its laws (submodularity, ε-filter bound, greedy guarantee) testable by property tests alone. Console
 * output is covered by {@link ConfinementRules#consoleOnlyInCli}, clocks and randomness by {@link DeterminismRules}.
 */
final class PurityRules {
    private PurityRules() {
    }

    /** Reading files or the network belongs to driven adapters behind a port; the domain is handed values. */
    static ArchRule domainDoesNoIo(Layout layout) {
        return noClasses().that().resideInAPackage(layout.domain())
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .as("the domain does no IO (java.io, java.nio.file, java.net)")
                .because("the domain is handed values; fetching them is an adapter's job behind a port");
    }

    /** Storage is the persistence adapter's business. */
    static ArchRule domainUsesNoSql(Layout layout) {
        return noClasses().that().resideInAPackage(layout.domain())
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .as("the domain uses no SQL (java.sql, javax.sql)")
                .because("storage lives in adapters.persistence behind a port");
    }

    /**
     * Reflection hides dependencies from the compiler and from these very rules. A local variable's type leaves
     * no trace in bytecode, so calls that hand out reflective objects ({@code getClass().getDeclaredFields()})
     * are caught by their return type.
     */
    static ArchRule domainUsesNoReflection(Layout layout) {
        return noClasses().that().resideInAPackage(layout.domain())
                .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
                .orShould().callMethodWhere(Calls.returningAnyIn("java.lang.reflect"))
                .orShould().callMethodWhere(Calls.to("java.lang.Class", "forName"))
                .orShould().callMethodWhere(Calls.to("java.lang.Class", "newInstance"))
                .as("the domain uses no reflection (java.lang.reflect, Class.forName, Class.newInstance)")
                .because("plugins are found by Guice and ServiceLoader in the application, not by the domain");
    }

    /**
     * The plugin SPIs know nothing of the DI framework (like Trino's SPI): domain types are built with
     * {@code new}, and wiring them is the application's Guice modules' job.
     */
    static ArchRule domainIsFreeOfDependencyInjection(Layout layout) {
        return noClasses().that().resideInAPackage(layout.domain())
                .should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.inject..", "javax.inject..", "com.google.inject..")
                .as("the domain uses no dependency injection (jakarta.inject, javax.inject, com.google.inject)")
                .because("plugin SPIs stay framework-free; Guice modules in the application do the wiring");
    }

    /** A pure function reports through its return value; logging is a side effect and a hidden output. */
    static ArchRule domainDoesNoLogging(Layout layout) {
        return noClasses().that().resideInAPackage(layout.domain())
                .should().dependOnClassesThat(LOGGING)
                .orShould().callMethodWhere(Calls.to("java.lang.System", "getLogger"))
                .as("the domain does no logging")
                .because("outcomes are values (Either, Validation); adapters decide what to report");
    }

    /**
     * The beam search is single-threaded and deterministic; concurrency belongs to the adapters that run
     * many sessions (and to ND4J, which brings its own).
     */
    static ArchRule domainStartsNoThreads(Layout layout) {
        return noClasses().that().resideInAPackage(layout.domain())
                .should().dependOnClassesThat(THREADING)
                .orShould().callMethodWhere(Calls.toAnyIn("java.util", "parallelStream"))
                .orShould().callMethodWhere(Calls.toAnyIn("java.util.stream", "parallel"))
                .as("the domain starts no threads (Thread, executors, timers, parallel streams)")
                .because("the decoder must be deterministic; batch parallelism is an adapter's choice");
    }

    private static final DescribedPredicate<JavaClass> LOGGING =
            resideInAnyPackage("org.slf4j..", "java.util.logging..", "org.apache.logging..",
                    "org.apache.commons.logging..", "ch.qos.logback..", "org.tinylog..")
                    .or(named("java.lang.System$Logger"))
                    .as("a logging framework");

    private static final Set<String> THREAD_TYPES = Set.of(
            "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.Thread$Builder", "java.util.Timer",
            "java.util.concurrent.Executor", "java.util.concurrent.ExecutorService",
            "java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.Executors",
            "java.util.concurrent.ThreadFactory", "java.util.concurrent.ForkJoinPool",
            "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.CompletableFuture");

    private static final DescribedPredicate<JavaClass> THREADING = DescribedPredicate.describe(
            "a thread, executor or timer", type -> THREAD_TYPES.contains(type.getName())
                    || type.isAssignableTo("java.lang.Thread"));

    private static DescribedPredicate<JavaClass> named(String name) {
        return DescribedPredicate.describe(name, type -> type.getName().equals(name));
    }
}
