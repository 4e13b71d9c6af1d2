package org.mostra4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Sequencing, evaluation and simulation must be reproducible: the same inputs and seed give the same output,
 * so a property test's counter-example can be replayed and two runs compared. Time is injected as a
 * {@code java.time.Clock} or a date, randomness as a seed.
 */
final class DeterminismRules {
    private DeterminismRules() {
    }

    /** Reading the system clock makes results depend on when they were computed. */
    static ArchRule noSystemClockInCore(Layout layout) {
        return noClasses().that().resideInAnyPackage(layout.domain(), layout.application())
                .should().callMethodWhere(Calls.to("java.lang.System", "currentTimeMillis"))
                .orShould().callMethodWhere(Calls.to("java.lang.System", "nanoTime"))
                .orShould().callMethodWhere(NOW_FROM_SYSTEM_CLOCK)
                .orShould().callMethodWhere(Calls.to("java.time.Clock", "systemDefaultZone"))
                .orShould().callMethodWhere(Calls.to("java.time.Clock", "systemUTC"))
                .orShould().callMethodWhere(Calls.to("java.time.Clock", "system"))
                .as("domain and application read no system clock")
                .because("style.md: no hidden clocks; inject a Clock or pass the date");
    }

    /** Unseeded randomness makes a run impossible to replay. */
    static ArchRule noUnseededRandomnessInCore(Layout layout) {
        return noClasses().that().resideInAnyPackage(layout.domain(), layout.application())
                .should().callConstructorWhere(UNSEEDED_GENERATOR)
                .orShould().callMethodWhere(Calls.to("java.lang.Math", "random"))
                .orShould().callMethodWhere(Calls.to("java.lang.StrictMath", "random"))
                .orShould().callMethodWhere(Calls.to("java.util.UUID", "randomUUID"))
                .orShould().callMethodWhere(Calls.to("java.util.Collections", "shuffle", "java.util.List"))
                .orShould().callMethodWhere(Calls.to("java.util.random.RandomGenerator", "getDefault"))
                .orShould().callMethodWhere(Calls.to("java.util.random.RandomGenerator", "of"))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .as("domain and application use no unseeded randomness")
                .because("style.md: seeds for all randomness, so every run can be replayed");
    }

    /** {@code Instant.now()}, {@code LocalDate.now(zone)}, …: every java.time {@code now} but {@code now(Clock)}. */
    private static final DescribedPredicate<JavaCall<?>> NOW_FROM_SYSTEM_CLOCK = DescribedPredicate.describe(
            "java.time.*.now() without a Clock",
            call -> Calls.toAnyIn("java.time", "now").test(call)
                    && !Calls.parameterNames(call).equals(List.of("java.time.Clock")));

    /** {@code new Random()}, {@code new SplittableRandom()} (seeded from the clock) and any {@code SecureRandom}. */
    private static final DescribedPredicate<JavaConstructorCall> UNSEEDED_GENERATOR = DescribedPredicate.describe(
            "new Random(), new SplittableRandom() or new SecureRandom(..)", call -> {
                String owner = call.getTargetOwner().getName();
                boolean noSeed = Calls.parameterNames(call).isEmpty();
                return owner.equals("java.security.SecureRandom")
                        || noSeed && (owner.equals("java.util.Random") || owner.equals("java.util.SplittableRandom"));
            });
}
