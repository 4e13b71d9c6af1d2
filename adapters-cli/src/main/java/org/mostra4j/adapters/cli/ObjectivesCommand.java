package org.mostra4j.adapters.cli;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ObjectiveScorerFactory;
import org.mostra4j.domain.search.ScorerCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists registered objectives and scorers (built-ins, Guice-bound and ServiceLoader plugins). */
@Command(name = "objectives", mixinStandardHelpOptions = true,
        description = "List the registered objective plugins and objective scorers.",
        footerHeading = "%nExample:%n", footer = "  ./mostra4j objectives")
final class ObjectivesCommand implements Callable<Integer> {
    private final ObjectiveCatalogue objectives;
    private final ScorerCatalogue scorers;
    @Spec
    CommandSpec spec;

    @Inject
    ObjectivesCommand(ObjectiveCatalogue objectives, ScorerCatalogue scorers) {
        this.objectives = objectives;
        this.scorers = scorers;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.println("objectives:");
        for (Objective o : objectives.all()) {
            out.printf("  %-12s %s%n", o.id(), o.description());
        }
        out.println("scorers:");
        for (ObjectiveScorerFactory s : scorers.all()) {
            out.printf("  %-18s %s%n", s.name(), s.description());
        }
        out.println("concave functions: sqrt (default), log1p, cap:T, linear");
        return 0;
    }
}
