package org.mostra4j.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Arrays;
import java.util.List;

/**
 * Readable predicates over calls, matched by the declaring type's name as the compiler recorded it (the static
 * type of the receiver), so a rule needs no class of the library it forbids.
 */
final class Calls {
    private Calls() {
    }

    /** A call to {@code owner.method(...)} with any parameters. */
    static DescribedPredicate<JavaCall<?>> to(String owner, String method) {
        return DescribedPredicate.describe(owner + "." + method + "(..)",
                call -> call.getTargetOwner().getName().equals(owner) && call.getName().equals(method));
    }

    /** A call to {@code owner.method(parameters)} with exactly these parameter types. */
    static DescribedPredicate<JavaCall<?>> to(String owner, String method, String... parameters) {
        List<String> expected = Arrays.asList(parameters);
        return DescribedPredicate.describe(owner + "." + method + "(" + String.join(", ", parameters) + ")",
                call -> call.getTargetOwner().getName().equals(owner) && call.getName().equals(method)
                        && parameterNames(call).equals(expected));
    }

    /** A call to any method or constructor of any type in {@code packageName} (not its sub-packages). */
    static DescribedPredicate<JavaCall<?>> toAnyIn(String packageName, String method) {
        return DescribedPredicate.describe(packageName + ".*." + method + "(..)",
                call -> call.getTargetOwner().getPackageName().equals(packageName) && call.getName().equals(method));
    }

    /** A call to a method whose return type (or its array element type) is declared in {@code packageName}. */
    static DescribedPredicate<JavaCall<?>> returningAnyIn(String packageName) {
        return DescribedPredicate.describe("a method returning a " + packageName + " type",
                call -> call.getTarget().getRawReturnType().getBaseComponentType().getPackageName()
                        .equals(packageName));
    }

    static List<String> parameterNames(JavaCall<?> call) {
        return call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }
}
