package org.mostra4j.canary.picocli.adapters.cli;

import picocli.CommandLine.Command;

/** Fixture: picocli where it belongs. */
@Command(name = "objectives")
public final class ObjectivesCommand {
}
