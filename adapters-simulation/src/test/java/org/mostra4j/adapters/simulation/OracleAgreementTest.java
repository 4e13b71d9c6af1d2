package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.domain.session.SessionId;

/**
 * The oracle, reached through its port from the written folder alone, agrees with the labels the
 * simulator drew. Tolerance: in each of 10 bins of predicted probability (and overall), the observed
 * label rate is within 4 standard errors (sqrt(sum p(1-p)) / n) of the mean predicted probability;
 * for a correct oracle a bin fails with probability about 6e-5.
 */
class OracleAgreementTest {
    @TempDir
    Path dir;

    @Test
    void labelFrequenciesMatchTheOraclesProbabilities() throws IOException {
        SimulationConfig config = SmallWorlds.tiny(21, 6_000);
        Simulator.writeCsv(config, dir, n -> { }).get();
        OutcomeOraclePort oracle = SimulatedOutcomeOracle.open(dir).get();
        List<String> candidates = Files.readAllLines(dir.resolve("candidates.csv"));
        List<String> truth = Files.readAllLines(dir.resolve("truth.csv"));
        double[] sumP = new double[10];
        double[] sumVar = new double[10];
        double[] sumY = new double[10];
        int[] n = new int[10];
        int row = 1;
        for (long k = 0; k < config.sizes().sessions(); k++) {
            String id = WorldIds.format('s', k, 4);
            List<Double> p = oracle.loggedCompletion(SessionId.of(id)).get();
            for (double pi : p) {
                String[] c = candidates.get(row).split(",");
                String[] t = truth.get(row).split(",");
                assertEquals(id, c[0]);
                assertEquals(Double.parseDouble(t[2]), pi, 5e-7, "oracle equals the written truth");
                int bin = Math.min(9, (int) (pi * 10));
                sumP[bin] += pi;
                sumVar[bin] += pi * (1 - pi);
                sumY[bin] += Integer.parseInt(c[3]);
                n[bin]++;
                row++;
            }
        }
        assertEquals(candidates.size(), row, "the oracle answers for every logged candidate");
        List<String> report = new ArrayList<>();
        double allP = 0;
        double allVar = 0;
        double allY = 0;
        for (int b = 0; b < 10; b++) {
            allP += sumP[b];
            allVar += sumVar[b];
            allY += sumY[b];
            if (n[b] < 200) {
                continue;
            }
            double gap = Math.abs(sumY[b] - sumP[b]);
            report.add(String.format("bin %d: n=%d labels=%.4f oracle=%.4f z=%.2f", b, n[b], sumY[b] / n[b],
                    sumP[b] / n[b], gap / Math.sqrt(sumVar[b])));
            assertTrue(gap <= 4 * Math.sqrt(sumVar[b]), String.join("\n", report));
        }
        assertTrue(report.size() >= 5, "probabilities spread over several bins: " + report);
        assertTrue(Math.abs(allY - allP) <= 4 * Math.sqrt(allVar), "overall: labels " + allY + " vs oracle " + allP);
    }
}
