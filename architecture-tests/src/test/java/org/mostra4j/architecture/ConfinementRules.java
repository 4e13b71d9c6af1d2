package org.mostra4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each heavy or side-effecting technology lives in exactly one adapter, so that replacing it (another ML
 * runtime, another database, another web server) touches one module and the rest of the code cannot grow a
 * second, hidden use of it.
 */
final class ConfinementRules {
    private ConfinementRules() {
    }

    /** ND4J/DL4J pull hundreds of megabytes of native code; only the ML adapter may need them. */
    static ArchRule mlLibrariesOnlyInMl(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.adapter("ml"))
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.bytedeco..")
                .as("ND4J, DL4J and bytedeco are used only in adapters.ml")
                .because("the model runtime is a replaceable driven adapter");
    }

    /** SQL and the embedded DuckDB store stay behind the persistence adapter's ports. */
    static ArchRule jdbcOnlyInPersistence(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.adapter("persistence"))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..")
                .as("JDBC and DuckDB are used only in adapters.persistence")
                .because("the store is a replaceable driven adapter");
    }

    /**
     * The console belongs to the command line; anywhere else, output is a value returned to the caller.
     * {@code printStackTrace()} is {@code System.err} in disguise (and users never see stack traces).
     */
    static ArchRule consoleOnlyInCli(Layout layout) {
        return noClasses().that().resideOutsideOfPackages(layout.cli(), layout.spark())
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethodWhere(PRINT_STACK_TRACE)
                .as("System.out, System.err and printStackTrace() are used only in adapters.cli and adapters.spark")
                .because("only the command lines own the console; everything else returns values");
    }

    /** The HTTP server is one driving adapter among others. */
    static ArchRule javalinOnlyInHttp(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.adapter("http"))
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .as("Javalin is used only in adapters.http")
                .because("the HTTP endpoint is a replaceable driving adapter");
    }

    /** Command-line parsing is the command line's business. */
    static ArchRule picocliOnlyInCli(Layout layout) {
        return noClasses().that().resideOutsideOfPackages(layout.cli(), layout.spark())
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .as("picocli is used only in the command lines (adapters.cli, adapters.spark)")
                .because("the command line is a replaceable driving adapter");
    }

    private static final DescribedPredicate<JavaCall<?>> PRINT_STACK_TRACE = DescribedPredicate.describe(
            "Throwable.printStackTrace()", call -> call.getName().equals("printStackTrace")
                    && Calls.parameterNames(call).isEmpty()
                    && call.getTargetOwner().isAssignableTo(Throwable.class));
}
