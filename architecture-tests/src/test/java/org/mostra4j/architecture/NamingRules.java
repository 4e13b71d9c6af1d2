package org.mostra4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** The names of style.md: domain types carry no role suffix, boundary types say their role. */
final class NamingRules {
    private NamingRules() {
    }

    /**
     * These suffixes name no responsibility. If a function has no home, its home is the value it works on;
     * an implementation is named for what distinguishes it (its technology or its mathematics).
     */
    static ArchRule noVagueNames(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .should().haveNameMatching(".*(Manager|Helper|Util|Utils|Impl|Data|Info)")
                .as("no class is named *Manager, *Helper, *Util, *Utils, *Impl, *Data or *Info")
                .because("style.md: such names say nothing about what the class is for");
    }

    /**
     * A driving port is a use case, named for its intent ({@code SequenceSessionUseCase}). Nested types
     * (the {@code Command} record) and sealed interfaces (closed sums of outcome values such as
     * {@code SequencingError}, which nobody can implement, so they are not ports) are exempt.
     */
    static ArchRule inboundPortsAreUseCases(Layout layout) {
        return classes().that().resideInAPackage(layout.inboundPorts())
                .and().areInterfaces().and().areTopLevelClasses().and(ARE_NOT_SEALED)
                .should().haveSimpleNameEndingWith("UseCase")
                .as("interfaces in application.port.in are named *UseCase")
                .because("style.md: boundary types say their role");
    }

    /** A driven port is named for what the application needs from outside ({@code LoadSessionsPort}). */
    static ArchRule outboundPortsArePorts(Layout layout) {
        return classes().that().resideInAPackage(layout.outboundPorts())
                .and().areInterfaces().and().areTopLevelClasses().and(ARE_NOT_SEALED)
                .should().haveSimpleNameEndingWith("Port")
                .as("interfaces in application.port.out are named *Port")
                .because("style.md: boundary types say their role");
    }

    /** There is one Guice module per adapter plus the core's; the suffix makes the wiring easy to find. */
    static ArchRule guiceModulesAreModules(Layout layout) {
        return classes().that().resideInAPackage(layout.everything())
                .and().areAssignableTo("com.google.inject.Module")
                .and().areNotAnonymousClasses()
                .should().haveSimpleNameEndingWith("Module")
                .as("Guice modules are named *Module")
                .because("style.md: one module per adapter, named like MlModule");
    }

    /**
     * ArchUnit does not read the PermittedSubclasses attribute, so ask the JVM. A type the JVM cannot load is
     * treated as not sealed: it is then checked, never silently skipped.
     */
    private static final DescribedPredicate<JavaClass> ARE_NOT_SEALED = DescribedPredicate.describe(
            "are not sealed", type -> !isSealed(type));

    private static boolean isSealed(JavaClass type) {
        try {
            return type.reflect().isSealed();
        } catch (RuntimeException | LinkageError unloadable) {
            return false;
        }
    }
}
