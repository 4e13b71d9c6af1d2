package org.mostra4j.benchmarks;

import java.util.List;
import java.util.Locale;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.SessionId;

/**
 * How often, and by how much, the B = 5 beam beats B = 1 greedy on the score both maximise
 * (Σ_t γ_t (s + Δg)), over seeded random sessions of 10–50 candidates, K = min(20, n). Beam search
 * is not guaranteed to beat greedy (a wider beam can prune the greedy path), so this is measured,
 * not asserted. Run: {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.BeamVsGreedy [instances] [seed]}.
 */
public final class BeamVsGreedy {
    private BeamVsGreedy() {
    }

    public static void main(String[] args) {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7L;
        System.out.printf(Locale.ROOT, "%d instances, n uniform in 10..50, K = min(20, n), φ = sqrt, discount on, seed %d%n",
                instances, seed);
        System.out.println("lambda | epsilon | beam better | beam worse | equal | mean gain when better | max gain"
                + " | mean loss when worse | max loss | mean relative difference");
        for (double lambda : new double[] {0.07, 0.3}) {
            for (double epsilon : new double[] {0.05, 0.2, 1.0}) {
                System.out.println(compare(instances, seed, lambda, epsilon));
            }
        }
    }

    static String compare(int instances, long seed, double lambda, double epsilon) {
        RandomSessions random = new RandomSessions(seed);
        SequencingPolicy greedy = SequencingPolicy.defaults().withLambda(lambda).withEpsilon(epsilon).withBeamWidth(1)
                .withLength(20);
        SequencingPolicy beam = greedy.withBeamWidth(5);
        SessionId id = SessionId.of("compare");
        int better = 0;
        int worse = 0;
        double sumGain = 0;
        double maxGain = 0;
        double sumLoss = 0;
        double maxLoss = 0;
        double sumRelative = 0;
        for (int i = 0; i < instances; i++) {
            List<LabelledCandidate> c = random.next(random.nextInt(10, 50));
            double g = BeamSearch.search(id, c, greedy).score();
            double b = BeamSearch.search(id, c, beam).score();
            double relative = (b - g) / g;
            sumRelative += relative;
            if (relative > 1e-12) {
                better++;
                sumGain += relative;
                maxGain = Math.max(maxGain, relative);
            } else if (relative < -1e-12) {
                worse++;
                sumLoss -= relative;
                maxLoss = Math.max(maxLoss, -relative);
            }
        }
        return String.format(Locale.ROOT, "%.2f | %.2f | %.2f%% | %.2f%% | %.2f%% | +%.4f%% | +%.4f%% | -%.4f%% | -%.4f%% | %+.5f%%",
                lambda, epsilon, 100.0 * better / instances, 100.0 * worse / instances,
                100.0 * (instances - better - worse) / instances, better == 0 ? 0 : 100 * sumGain / better, 100 * maxGain,
                worse == 0 ? 0 : 100 * sumLoss / worse, 100 * maxLoss, 100 * sumRelative / instances);
    }
}
