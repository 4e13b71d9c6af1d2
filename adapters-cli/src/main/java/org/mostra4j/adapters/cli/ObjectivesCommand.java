package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ObjectiveScorerFactory;
import org.mostra4j.domain.search.ScorerCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists registered objectives and scorers (built-ins, Guice-bound and ServiceLoader plugins). */
@Command(name = "objectives", mixinStandardHelpOptions = true,
        description = "List the registered objective plugins and objective scorers.",
        footerHeading = "%nExample:%n", footer = {"  ./mostra4j objectives", "  ./mostra4j objectives --format json"})
final class ObjectivesCommand implements Callable<Integer> {
    private final ObjectiveCatalogue objectives;
    private final ScorerCatalogue scorers;
    private static final List<String> CONCAVE = List.of("sqrt", "log1p", "cap:T", "linear");
    @Spec
    CommandSpec spec;
    @Mixin
    OutputFormatOption output = new OutputFormatOption();

    @Inject
    ObjectivesCommand(ObjectiveCatalogue objectives, ScorerCatalogue scorers) {
        this.objectives = objectives;
        this.scorers = scorers;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            OutputFormatOption.print(out, json());
            return 0;
        }
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

    private ObjectNode json() {
        ObjectNode root = OutputFormatOption.object();
        ArrayNode os = root.putArray("objectives");
        objectives.all().forEach(o -> os.addObject().put("id", o.id().value()).put("description", o.description()));
        ArrayNode ss = root.putArray("scorers");
        scorers.all().forEach(s -> ss.addObject().put("name", s.name()).put("description", s.description()));
        ArrayNode cs = root.putArray("concaveFunctions");
        CONCAVE.forEach(cs::add);
        root.put("defaultConcaveFunction", CONCAVE.get(0));
        return root;
    }
}
