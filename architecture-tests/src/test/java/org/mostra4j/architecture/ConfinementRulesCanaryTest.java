package org.mostra4j.architecture;

import org.junit.jupiter.api.Test;
import org.mostra4j.canary.console.adapters.cli.SequenceCommand;
import org.mostra4j.canary.console.adapters.persistence.ComplainingImporter;
import org.mostra4j.canary.console.application.ChattyService;
import org.mostra4j.canary.console.domain.StackTracePrinter;
import org.mostra4j.canary.javalin.adapters.cli.ServeCommand;
import org.mostra4j.canary.javalin.adapters.http.SequenceEndpoint;
import org.mostra4j.canary.jdbc.adapters.ml.EmbeddingTable;
import org.mostra4j.canary.jdbc.adapters.persistence.DuckDbSessionStoreAdapter;
import org.mostra4j.canary.jdbc.application.DuckDbFacts;
import org.mostra4j.canary.ml.adapters.ml.SetTransformer;
import org.mostra4j.canary.ml.adapters.persistence.ModelFile;
import org.mostra4j.canary.ml.domain.NativeRelevance;
import org.mostra4j.canary.picocli.adapters.cli.ObjectivesCommand;
import org.mostra4j.canary.picocli.adapters.http.ServeOptions;

class ConfinementRulesCanaryTest {

    @Test
    void nd4jAndBytedecoOutsideTheMlAdapterAreReported() {
        Canary.run("ml", ConfinementRules::mlLibrariesOnlyInMl)
                .reports(ModelFile.class, NativeRelevance.class).spares(SetTransformer.class);
    }

    @Test
    void jdbcAndDuckDbOutsideThePersistenceAdapterAreReported() {
        Canary.run("jdbc", ConfinementRules::jdbcOnlyInPersistence)
                .reports(EmbeddingTable.class, DuckDbFacts.class).spares(DuckDbSessionStoreAdapter.class);
    }

    @Test
    void consoleOutputOutsideTheCommandLineIsReported() {
        Canary.run("console", ConfinementRules::consoleOnlyInCli)
                .reports(ChattyService.class, ComplainingImporter.class, StackTracePrinter.class)
                .spares(SequenceCommand.class);
    }

    @Test
    void javalinOutsideTheHttpAdapterIsReported() {
        Canary.run("javalin", ConfinementRules::javalinOnlyInHttp)
                .reports(ServeCommand.class).spares(SequenceEndpoint.class);
    }

    @Test
    void picocliOutsideTheCommandLineIsReported() {
        Canary.run("picocli", ConfinementRules::picocliOnlyInCli)
                .reports(ServeOptions.class).spares(ObjectivesCommand.class);
    }
}
