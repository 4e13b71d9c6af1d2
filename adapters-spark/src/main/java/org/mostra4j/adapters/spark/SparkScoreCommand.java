package org.mostra4j.adapters.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Predicted satisfaction of every logged candidate (the encoder over the whole logged set, with"
                + " the objective labels of the session date): session_id, track_id, relevance, sat (logged; empty"
                + " when unknown). The same rows as `./mostra4j score`."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j spark score --input world/ --model encoder.model --out scores/",
                "  ./mostra4j spark score --input world/ --model encoder.model --out scores-csv/ --format csv"})
final class SparkScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    JobRunner job = new JobRunner();
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The trained encoder model.")
    Path model;
    @Option(names = "--format", paramLabel = "parquet|csv", defaultValue = "parquet",
            description = "Output files (default ${DEFAULT-VALUE}; csv: part files with a header).")
    OutputFolder.Format format;

    @Override
    public Integer call() throws IOException {
        job.validate();
        long started = System.nanoTime();
        SparkSession spark = job.spark();
        SessionInput in = job.input(spark);
        OutputFolder out = OutputFolder.at(spark, job.out);
        var sessions = job.sessions(spark, in);
        var data = job.broadcast(spark, in, Optional.of(model));
        LongAccumulator skipped = spark.sparkContext().longAccumulator("skipped");
        out.write(SparkJobs.score(spark, sessions, data, skipped), format);
        JobRunner.done(spec.commandLine().getErr(), "scored into " + out, started, skipped.value());
        return 0;
    }
}
