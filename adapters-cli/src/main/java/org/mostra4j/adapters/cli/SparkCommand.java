package org.mostra4j.adapters.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code spark score|sequence|evaluate} lives in its own jar (adapters-spark), so that this everyday command
 * line does not carry Spark's 300 MB. The {@code ./mostra4j} launcher builds it on first use and runs it;
 * this command only says so when the CLI jar is run directly.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, description = {"Score, sequence and evaluate on Apache Spark (score | sequence | evaluate;"
        + " see docs/spark.md). Runs from the ./mostra4j launcher, which builds the Spark part on first use."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j spark score --input world/ --model encoder.model --out scores/",
                "  ./mostra4j spark --help"})
final class SparkCommand implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        throw new UsageException("the spark commands run from the ./mostra4j launcher (it builds adapters-spark on"
                + " first use) or with spark-submit and adapters-spark/target/mostra4j-spark.jar; see docs/spark.md");
    }
}
