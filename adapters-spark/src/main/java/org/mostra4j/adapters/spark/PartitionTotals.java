package org.mostra4j.adapters.spark;

import java.io.Serializable;
import org.mostra4j.application.service.DiscoveryCoverage;
import org.mostra4j.application.service.EvaluationRun;
import org.mostra4j.domain.evaluation.Evaluation;

/**
 * One partition's evaluation as plain, serialisable data (arrays and counters) for the trip to the driver;
 * the domain and application types stay free of serialisation.
 */
record PartitionTotals(double[] sum, double[] sumError, long[] count, double[] weightSum, double[] weightedSum,
        double[] weightedError, long[] sessionsPerPolicy, long evaluated, long skipped, long oracleMisses,
        long oracleAnswers, long gsMisses, String oracleMiss, double[][] termSums, long[] termPositions,
        long[] discovery) implements Serializable {

    static PartitionTotals of(EvaluationRun.Partial p, DiscoveryCoverage d) {
        Evaluation.Totals t = p.totals();
        return new PartitionTotals(t.sum(), t.sumError(), t.count(), t.weightSum(), t.weightedSum(), t.weightedError(),
                t.sessionsPerPolicy(), p.evaluated(), p.skipped(), p.oracleMisses(), p.oracleAnswers(), p.gsMisses(),
                p.oracleMiss(), p.termSums(), p.termPositions(), new long[] {d.candidates(),
                        d.candidatesWithoutArtist(), d.sessions(), d.sessionsWithHistory()});
    }

    EvaluationRun.Partial partial() {
        return new EvaluationRun.Partial(new Evaluation.Totals(sum, sumError, count, weightSum, weightedSum,
                weightedError, sessionsPerPolicy), evaluated, skipped, oracleMisses, oracleAnswers, gsMisses, oracleMiss,
                termSums, termPositions);
    }

    /** What this partition's sessions let Discovery see (evaluate's "not measurable" note). */
    DiscoveryCoverage discoveryCoverage() {
        return new DiscoveryCoverage(discovery[0], discovery[1], discovery[2], discovery[3]);
    }
}
