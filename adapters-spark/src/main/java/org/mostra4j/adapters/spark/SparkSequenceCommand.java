package org.mostra4j.adapters.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.mostra4j.application.port.in.PolicySpec;
import org.mostra4j.domain.search.ObjectiveScorerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sequence", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-order every logged session under one policy (objective plugins -> epsilon filter -> beam"
                + " search), as `./mostra4j sequence --db` does for one session: session_id, position, track_id,"
                + " relevance, gain, score, objectives. Candidates keep their logged order as input; a `relevance`"
                + " column in candidates.parquet is used as given, else --model predicts it."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j spark sequence --input world/ --model encoder.model --out sequences/",
                "  ./mostra4j spark sequence --input world/ --model encoder.model --epsilon 0.1 --weight exposure=2"
                        + " --beam 1 --length 10 --out seq/",
                "  ./mostra4j spark sequence --input world/ --model encoder.model --policy policy.json --out seq/"})
final class SparkSequenceCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    @Spec
    CommandSpec spec;
    @Mixin
    JobRunner job = new JobRunner();
    @Option(names = "--model", paramLabel = "FILE", description = "Encoder model: predicts the relevance of candidates"
            + " given without it.")
    Path model;
    @Option(names = "--policy", paramLabel = "FILE.json", description = "A policy object {\"epsilon\",\"lambda\","
            + "\"weights\",\"concave\",\"beam\",\"length\",\"discount\"}; flags override it.")
    Path policyFile;
    @Option(names = "--epsilon", paramLabel = "E", description = "Max satisfaction loss per step, in [0,1] (default 0.05).")
    Double epsilon;
    @Option(names = "--lambda", paramLabel = "L", description = "Scale of the objective score, >= 0 (default 0.07).")
    Double lambda;
    @Option(names = "--weight", paramLabel = "NAME=W", description = "Weight of one objective (default 1). Repeatable.")
    Map<String, Double> weights = new LinkedHashMap<>();
    @Option(names = "--concave", paramLabel = "NAME=F", description = "sqrt (default), log1p, cap:T, linear. Repeatable.")
    Map<String, String> concave = new LinkedHashMap<>();
    @Option(names = "--beam", paramLabel = "B", description = "Beam width 1..64 (default 5; 1 = greedy).")
    Integer beam;
    @Option(names = "--length", paramLabel = "K", description = "Positions to produce (default: all candidates).")
    Integer length;
    @Option(names = "--no-discount", description = "Turn the position discount 1/log2(t+1) off.")
    boolean noDiscount;
    @Option(names = "--format", paramLabel = "parquet|csv", defaultValue = "parquet",
            description = "Output files (default ${DEFAULT-VALUE}; csv: part files with a header).")
    OutputFolder.Format format;

    @Override
    public Integer call() throws IOException {
        job.validate();
        PolicySpec spec0 = merged(fromFile());
        spec0.resolve().getOrElseThrow(e -> new InputException(e.message()));
        long started = System.nanoTime();
        SparkSession spark = job.spark();
        SessionInput in = job.input(spark);
        OutputFolder out = OutputFolder.at(spark, job.out);
        var sessions = job.sessions(spark, in);
        var data = job.broadcast(spark, in, Optional.ofNullable(model));
        LongAccumulator skipped = spark.sparkContext().longAccumulator("skipped");
        out.write(SparkJobs.sequence(spark, sessions, data,
                Knobs.Policy.of(spec0, ObjectiveScorerFactory.CONCAVE_COVERAGE.name()), skipped), format);
        JobRunner.done(spec.commandLine().getErr(), "sequenced into " + out, started, skipped.value());
        return 0;
    }

    private PolicySpec fromFile() {
        if (policyFile == null) {
            return PolicySpec.defaults();
        }
        try {
            return JSON.readValue(policyFile.toFile(), PolicySpec.class);
        } catch (IOException e) {
            throw new InputException(policyFile + ": not a policy object (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
    }

    private PolicySpec merged(PolicySpec file) {
        Map<String, Double> w = new LinkedHashMap<>(file.weights());
        w.putAll(weights);
        Map<String, String> c = new LinkedHashMap<>(file.concave());
        c.putAll(concave);
        return new PolicySpec(epsilon != null ? epsilon : file.epsilon(), lambda != null ? lambda : file.lambda(), w, c,
                beam != null ? beam : file.beam(), length != null ? length : file.length(),
                noDiscount ? Boolean.FALSE : file.discount());
    }
}
