package org.mostra4j.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Imports our production classes only: class folders and our own module jars, but no other jar, no test jar
 * and no canary fixture. (Test class folders are left out by {@link ImportOption.DoNotIncludeTests}.)
 */
final class OnlyMostraProductionCode implements ImportOption {
    private static final Pattern OUR_JAR = Pattern.compile(".*/mostra4j-[^/]*\\.jar!?/.*");
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!?/.*");

    @Override
    public boolean includes(Location location) {
        if (location.contains("/org/mostra4j/canary/")) {
            return false;
        }
        if (location.isArchive()) {
            return location.matches(OUR_JAR) && !location.matches(TEST_JAR);
        }
        return true;
    }
}
