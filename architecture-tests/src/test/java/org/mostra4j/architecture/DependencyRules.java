package org.mostra4j.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The hexagon: dependencies point inward (adapters → application → domain) and the package graph has no cycles. */
final class DependencyRules {
    private DependencyRules() {
    }

    /**
     * The domain is the centre: it may use the JDK and libraries, but nothing of ours outside itself, so the
     * model and the search can be read, tested and reused without any use case, port or adapter.
     */
    static ArchRule domainIsInnermost(Layout layout) {
        return classes().that().resideInAPackage(layout.domain())
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(layout.everything())
                        .or(resideInAPackage(layout.domain())))
                .as("the domain depends on nothing of ours outside the domain")
                .because("dependencies point inward: the domain is the centre of the hexagon");
    }

    /** Use cases orchestrate the domain through ports; they never reach into an adapter. */
    static ArchRule applicationSeesOnlyDomain(Layout layout) {
        return classes().that().resideInAPackage(layout.application())
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(layout.everything())
                        .or(resideInAnyPackage(layout.application(), layout.domain())))
                .as("the application depends only on itself and the domain")
                .because("adapters plug into the application's ports, never the other way round");
    }

    /**
     * Adapters are interchangeable plugs: one that used another would couple two technologies and make
     * neither replaceable. Only the composition root (adapters.cli) sees them all, to wire them.
     */
    static ArchRule adaptersAreIndependent(Layout layout) {
        return slices().matching(layout.adapterSlices())
                .should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage(layout.cli()), alwaysTrue())
                .ignoreDependency(resideInAPackage(layout.spark()),
                        resideInAnyPackage(layout.adapter("ml"), layout.adapter("report"), layout.adapter("simulation")))
                .as("no adapter depends on another adapter (except the composition roots: adapters.cli, and"
                        + " adapters.spark on adapters.ml, adapters.report and adapters.simulation's oracle)")
                .because("each adapter talks only to the application's ports");
    }

    /** The composition root is the outermost ring: anything depending on it would depend on all of it. */
    static ArchRule nothingDependsOnTheCompositionRoot(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.cli())
                .should().dependOnClassesThat().resideInAPackage(layout.cli())
                .as("nothing outside adapters.cli depends on adapters.cli")
                .because("adapters.cli is the composition root, the outermost ring");
    }

    /** The Spark jobs are a composition root too: a driving adapter nothing else may build on. */
    static ArchRule nothingDependsOnTheSparkJobs(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(layout.spark())
                .should().dependOnClassesThat().resideInAPackage(layout.spark())
                .as("nothing outside adapters.spark depends on adapters.spark")
                .because("adapters.spark is a composition root (it wires each executor), an outermost ring");
    }

    /** Layers form a strict order; a cycle between them would make the order meaningless. */
    static ArchRule layersAreAcyclic(Layout layout) {
        return slices().matching(layout.layerSlices())
                .should().beFreeOfCycles()
                .as("domain, application and adapters are free of cycles");
    }

    /**
     * Domain packages (catalog, session, objective, scoring, search, …) build on one another in one
     * direction, so each can be understood from the ones below it alone.
     */
    static ArchRule domainPackagesAreAcyclic(Layout layout) {
        return slices().matching(layout.domainSlices())
                .should().beFreeOfCycles()
                .as("the domain's packages are free of cycles");
    }
}
