package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.cli.bootstrap.CompositionRoot;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import picocli.CommandLine;

/** The one wiring test: the real injector resolves every entry point and every command. */
class WiringTest {
    @Test
    void everyCommandAndUseCaseResolves() {
        Injector injector = CompositionRoot.injector();
        assertNotNull(injector.getInstance(SequenceSessionUseCase.class));
        CommandLine cli = Main.commandLine();
        assertTrue(cli.getSubcommands().size() >= 2);
        cli.getSubcommands().values().forEach(sub -> assertNotNull(sub.getCommand()));
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        CommandLine cli = Main.commandLine();
        cli.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            String usage = sub.getUsageMessage();
            assertTrue(usage.contains("./mostra4j " + name), name + " help has no runnable example:\n" + usage);
            assertEquals(0, CliRun.of(name, "--help").exitCode(), name);
        });
    }
}
