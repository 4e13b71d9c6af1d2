package org.mostra4j.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ArchitectureTest} sees what it should: the production classes of the modules, and neither test
 * classes nor canary fixtures (which break every rule on purpose). The import options are the ones of its
 * {@code @AnalyzeClasses}.
 */
class ImportedCodeTest {
    private static JavaClasses production;

    @BeforeAll
    static void importLikeTheSuite() {
        production = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new OnlyMostraProductionCode())
                .importPackages(Layout.MOSTRA.root());
    }

    @Test
    void everyLayerIsImported() {
        for (String layer : new String[] {"domain", "application", "adapters"}) {
            String prefix = Layout.MOSTRA.root() + "." + layer + ".";
            assertTrue(production.stream().anyMatch(type -> type.getName().startsWith(prefix)),
                    "no production class imported under " + prefix);
        }
    }

    @Test
    void noCanaryAndNoTestClassIsImported() {
        for (JavaClass type : production) {
            assertFalse(type.getPackageName().contains(".canary"), "canary imported: " + type.getName());
            assertFalse(type.getPackageName().startsWith(Layout.MOSTRA.root() + ".architecture"),
                    "architecture test imported: " + type.getName());
            assertFalse(type.getSimpleName().endsWith("Test"), "test class imported: " + type.getName());
        }
    }
}
