package org.mostra4j.adapters.spark;

import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./mostra4j spark score|sequence|evaluate}: the batch jobs on Apache Spark. Local by default
 * ({@code --master local[*]}); under {@code spark-submit} the master comes from it. Exit codes: 0 done,
 * 1 the job failed, 2 bad usage or bad input (nothing written).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Score, sequence and evaluate on Apache Spark with the same code as the single-machine"
                + " commands. Input: the canonical dataset layout as Parquet (simulate --format parquet,"
                + " export canonical --format parquet) or Spotify MSSD log part files (--input-format mssd, with"
                + " --features; import mssd's rules)."},
        subcommands = {SparkScoreCommand.class, SparkSequenceCommand.class, SparkEvaluateCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j spark score --input world/ --model encoder.model --out scores/",
                "  ./mostra4j spark sequence --input world/ --model encoder.model --epsilon 0.05 --out sequences/",
                "  ./mostra4j spark evaluate --input world/ --model encoder.model --out report/",
                "  ./mostra4j spark score --input training_set/ --features track_features/ --model encoder.model"
                        + " --out scores/",
                "  spark-submit --class org.mostra4j.adapters.spark.SparkMain mostra4j-spark.jar sequence ..."})
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        SparkSession.getActiveSession().foreach(s -> {
            s.stop();
            return null;
        });
        System.exit(code);
    }

    /** Runs one command in this JVM (an existing SparkSession is reused); returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof InputException) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            String reason = JobRunner.reason(e);
            int bad = reason.indexOf(MssdInput.BAD_VALUE);
            if (bad >= 0) {
                err.println("error: " + reason.substring(bad + MssdInput.BAD_VALUE.length()));
                return 2;
            }
            err.println("failed: " + reason);
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
