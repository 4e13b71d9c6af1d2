package org.mostra4j.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of mostra4j, checked on every production class of every module. Each rule is written once
 * (in the *Rules classes, with its reason) over a {@link Layout}; {@code *CanaryTest} runs the same rule on a
 * fixture tree that breaks it, to prove it can fail.
 *
 * <p>To add a rule: write it as a static method over a {@link Layout} in the *Rules class of its theme, with a
 * Javadoc saying why; add an {@code @ArchTest} constant here; add a fixture tree under
 * {@code org.mostra4j.canary.<name>} (offenders and well-behaved bystanders, in packages named like the layers)
 * and a canary test asserting {@code Canary.run(name, rule).reports(offenders).spares(bystanders)}. Fixture
 * classes live in test sources, so this suite never imports them.
 */
@AnalyzeClasses(packages = "org.mostra4j",
        importOptions = {ImportOption.DoNotIncludeTests.class, OnlyMostraProductionCode.class})
class ArchitectureTest {
    private static final Layout CODE = Layout.MOSTRA;

    // dependencies point inward
    @ArchTest
    static final ArchRule DOMAIN_IS_INNERMOST = DependencyRules.domainIsInnermost(CODE);
    @ArchTest
    static final ArchRule APPLICATION_SEES_ONLY_DOMAIN = DependencyRules.applicationSeesOnlyDomain(CODE);
    @ArchTest
    static final ArchRule ADAPTERS_ARE_INDEPENDENT = DependencyRules.adaptersAreIndependent(CODE);
    @ArchTest
    static final ArchRule NOTHING_DEPENDS_ON_THE_COMPOSITION_ROOT =
            DependencyRules.nothingDependsOnTheCompositionRoot(CODE);
    @ArchTest
    static final ArchRule NOTHING_DEPENDS_ON_THE_SPARK_JOBS = DependencyRules.nothingDependsOnTheSparkJobs(CODE);

    // no package cycles
    @ArchTest
    static final ArchRule LAYERS_ARE_ACYCLIC = DependencyRules.layersAreAcyclic(CODE);
    @ArchTest
    static final ArchRule DOMAIN_PACKAGES_ARE_ACYCLIC = DependencyRules.domainPackagesAreAcyclic(CODE);

    // the domain is pure
    @ArchTest
    static final ArchRule DOMAIN_DOES_NO_IO = PurityRules.domainDoesNoIo(CODE);
    @ArchTest
    static final ArchRule DOMAIN_USES_NO_SQL = PurityRules.domainUsesNoSql(CODE);
    @ArchTest
    static final ArchRule DOMAIN_USES_NO_REFLECTION = PurityRules.domainUsesNoReflection(CODE);
    @ArchTest
    static final ArchRule DOMAIN_IS_FREE_OF_DEPENDENCY_INJECTION = PurityRules.domainIsFreeOfDependencyInjection(CODE);
    @ArchTest
    static final ArchRule DOMAIN_DOES_NO_LOGGING = PurityRules.domainDoesNoLogging(CODE);
    @ArchTest
    static final ArchRule DOMAIN_STARTS_NO_THREADS = PurityRules.domainStartsNoThreads(CODE);

    // each technology in one adapter
    @ArchTest
    static final ArchRule ML_LIBRARIES_ONLY_IN_ML = ConfinementRules.mlLibrariesOnlyInMl(CODE);
    @ArchTest
    static final ArchRule JDBC_ONLY_IN_PERSISTENCE = ConfinementRules.jdbcOnlyInPersistence(CODE);
    @ArchTest
    static final ArchRule CONSOLE_ONLY_IN_CLI = ConfinementRules.consoleOnlyInCli(CODE);
    @ArchTest
    static final ArchRule JAVALIN_ONLY_IN_HTTP = ConfinementRules.javalinOnlyInHttp(CODE);
    @ArchTest
    static final ArchRule PICOCLI_ONLY_IN_CLI = ConfinementRules.picocliOnlyInCli(CODE);

    // names (style.md)
    @ArchTest
    static final ArchRule NO_VAGUE_NAMES = NamingRules.noVagueNames(CODE);
    @ArchTest
    static final ArchRule INBOUND_PORTS_ARE_USE_CASES = NamingRules.inboundPortsAreUseCases(CODE);
    @ArchTest
    static final ArchRule OUTBOUND_PORTS_ARE_PORTS = NamingRules.outboundPortsArePorts(CODE);
    @ArchTest
    static final ArchRule GUICE_MODULES_ARE_MODULES = NamingRules.guiceModulesAreModules(CODE);

    // reproducibility
    @ArchTest
    static final ArchRule NO_SYSTEM_CLOCK_IN_CORE = DeterminismRules.noSystemClockInCore(CODE);
    @ArchTest
    static final ArchRule NO_UNSEEDED_RANDOMNESS_IN_CORE = DeterminismRules.noUnseededRandomnessInCore(CODE);
}
