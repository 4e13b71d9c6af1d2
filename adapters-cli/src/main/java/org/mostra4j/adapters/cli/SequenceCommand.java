package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mostra4j.adapters.cli.bootstrap.Installation;
import org.mostra4j.adapters.http.json.JsonProblem;
import org.mostra4j.adapters.http.json.SequenceJson;
import org.mostra4j.adapters.http.json.SessionJson;
import org.mostra4j.application.port.in.PolicySpec;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Orders one session from a JSON file. Flags override the file's own "policy" object. */
@Command(name = "sequence", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Order one session's candidates: objective plugins -> epsilon filter -> beam search.",
                "The session JSON is {\"sessionId\",\"userId\",\"date\",\"candidates\":[{\"trackId\",\"artistId\","
                        + "\"relevance\",\"objectives\":[...]}], \"policy\":{...}}. With \"relevance\" on every"
                        + " candidate no model is needed; \"objectives\" given on a candidate are used as given."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j sequence --session examples/worked-example.json --epsilon 0.05",
                "  ./mostra4j sequence --session examples/worked-example.json --epsilon 0 --format json",
                "  ./mostra4j sequence --session s.json --weight exposure=2 --concave boost=cap:2 --beam 1 --length 10",
                "  ./mostra4j sequence --session examples/worked-example.json --policy policy.json"})
final class SequenceCommand implements Callable<Integer> {
    private final SequenceSessionUseCase useCase;
    private final ObjectiveCatalogue objectives;
    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "Session JSON file.")
    Path session;
    @Option(names = "--policy", paramLabel = "FILE", description = "A policy file (the \"policy\" object on its own,"
            + " e.g. written by `tune --out`); replaces the session file's policy, and the flags below override it.")
    Path policyFile;
    @Option(names = "--epsilon", paramLabel = "E", description = "Max satisfaction loss per step, in [0,1] "
            + "(default ${sys:mostra4j.default.epsilon:-0.05}; 0 = pure satisfaction order).")
    Double epsilon;
    @Option(names = "--lambda", paramLabel = "L", description = "Scale of the objective score, >= 0 (default 0.07).")
    Double lambda;
    @Option(names = "--weight", paramLabel = "NAME=W", description = "Weight of one objective, >= 0 (default 1). Repeatable.")
    Map<String, Double> weights = new LinkedHashMap<>();
    @Option(names = "--concave", paramLabel = "NAME=F", description = "Concave function of one objective: sqrt (default), "
            + "log1p, cap:T, linear. Repeatable.")
    Map<String, String> concave = new LinkedHashMap<>();
    @Option(names = "--beam", paramLabel = "B", description = "Beam width 1..64 (default 5; 1 = greedy).")
    Integer beam;
    @Option(names = "--length", paramLabel = "K", description = "Positions to produce (default: all candidates).")
    Integer length;
    @Option(names = "--no-discount", description = "Turn the position discount 1/log2(t+1) off.")
    boolean noDiscount;
    @Option(names = "--sequence-aware", negatable = true, description = "mostra-seq: correct each candidate's"
            + " SAT for the tracks placed before it with the model's sequence head (default: on when the --model has"
            + " one; --sequence-aware without such a model is an error; --no-sequence-aware = the published decoder).")
    Boolean sequenceAware;
    @Option(names = "--db", paramLabel = "FILE", description = "Store with the catalogue, histories and objective "
            + "lists (for objective labels and the encoder's features).")
    Path db;
    @Option(names = "--model", paramLabel = "FILE", description = "Encoder model: scores candidates given without "
            + "relevance.")
    Path model;
    @Mixin
    OutputFormatOption output = new OutputFormatOption();

    @Inject
    SequenceCommand(SequenceSessionUseCase useCase, ObjectiveCatalogue objectives) {
        this.useCase = useCase;
        this.objectives = objectives;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Preflight.of().file("--session", session).store("--db", db).file("--model", model).orFail();
        var request = SessionJson.parse(JsonFiles.read(session)).toEither().getOrElseThrow(problems -> new UsageException(
                problems.map(JsonProblem::toString).map(p -> session + ": " + p).mkString(System.lineSeparator())));
        if (policyFile == null && request.policyName().isPresent()) {
            throw new UsageException(session + ": $.policy: names a policy ('" + request.policyName().get() + "'), which"
                    + " only the service resolves; give the policy file with --policy FILE.json");
        }
        PolicySpec merged = merge(policyFile != null ? PolicyFiles.read(policyFile, objectives) : request.policy());
        SequencingPolicy policy = merged.resolve().getOrElseThrow(e -> new UsageException(e.message()));
        SequenceSessionUseCase chosen = db == null && model == null ? useCase
                : Installation.openForReading(Optional.ofNullable(db),
                        Optional.ofNullable(model)).getInstance(SequenceSessionUseCase.class);
        Sequence result = chosen.sequence(new SequenceSessionUseCase.Command(request.session(), policy)
                        .withSequenceAware(merged.sequenceAwareChoice()))
                .getOrElseThrow(e -> new UsageException(session + ": " + e.message()));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(SequenceJson.write(result)));
        } else {
            printTable(out, result, policy);
        }
        out.flush();
        return 0;
    }

    private PolicySpec merge(PolicySpec file) {
        Map<String, Double> w = new LinkedHashMap<>(file.weights());
        w.putAll(weights);
        Map<String, String> c = new LinkedHashMap<>(file.concave());
        c.putAll(concave);
        return new PolicySpec(epsilon != null ? epsilon : file.epsilon(), lambda != null ? lambda : file.lambda(), w, c,
                beam != null ? beam : file.beam(), length != null ? length : file.length(),
                noDiscount ? Boolean.FALSE : file.discount(), sequenceAware != null ? sequenceAware : file.sequenceAware());
    }

    static void printTable(PrintWriter out, Sequence s, SequencingPolicy p) {
        out.printf("session %s  epsilon=%s lambda=%s beam=%d length=%d discount=%s%n", s.session(), p.epsilon(),
                p.lambda(), p.beamWidth(), s.length(), p.discount() ? "on" : "off");
        out.printf("%4s  %-16s %9s %8s %9s  %s%n", "pos", "track", "relevance", "gain", "score", "objectives");
        for (Placement pl : s.placements()) {
            out.printf("%4d  %-16s %9.4f %8.4f %9.4f  %s%n", pl.position(), pl.track(), pl.relevance(), pl.gain(),
                    pl.score(), pl.objectives().stream().map(ObjectiveId::value).sorted()
                            .collect(Collectors.joining(",")));
        }
    }
}
