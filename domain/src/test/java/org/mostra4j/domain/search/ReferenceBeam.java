package org.mostra4j.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.scoring.ObjectiveScorer;
import org.mostra4j.domain.scoring.ScoringUniverse;

/**
 * The spec's beam search written as plainly as possible: every step builds every eligible extension of
 * every beam, sorts them all by (score desc, relevance of last desc, track ids lexicographic asc) and
 * keeps the first B. It uses the same scorer states and the same score arithmetic as {@link BeamSearch},
 * so exact ties are the same ties; what it does not share is any of BeamSearch's bookkeeping (top-B
 * insertion, relevance-ordered visits), which is what comparing the two guards.
 */
final class ReferenceBeam {
    private ReferenceBeam() {
    }

    private record Partial(List<Integer> order, ObjectiveScorer.State state, double score) {
    }

    static List<TrackId> order(List<LabelledCandidate> candidates, SequencingPolicy policy) {
        List<LabelledCandidate> items = candidates.stream().sorted(Comparator.comparing(LabelledCandidate::track)).toList();
        ScoringUniverse u = ScoringUniverse.of(items.stream().map(LabelledCandidate::objectives).toList());
        List<Partial> beams = List.of(new Partial(List.of(), policy.scorer().start(u), 0.0));
        for (int t = 0; t < policy.outputLength(items.size()); t++) {
            double g = PositionDiscount.at(t + 1, policy.discount());
            List<Partial> extensions = new ArrayList<>();
            for (Partial beam : beams) {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < items.size(); i++) {
                    if (!beam.order().contains(i)) {
                        max = Math.max(max, rel(items, i));
                    }
                }
                for (int i = 0; i < items.size(); i++) {
                    if (!beam.order().contains(i) && EpsilonFilter.eligible(max, rel(items, i), policy.epsilon())) {
                        List<Integer> order = new ArrayList<>(beam.order());
                        order.add(i);
                        double score = beam.score() + g * (rel(items, i) + beam.state().gain(i));
                        extensions.add(new Partial(order, beam.state().plus(i), score));
                    }
                }
            }
            extensions.sort(Comparator.comparingDouble((Partial p) -> -p.score())
                    .thenComparingDouble(p -> -rel(items, p.order().get(p.order().size() - 1)))
                    .thenComparing(ReferenceBeam::lexicographic));
            beams = extensions.subList(0, Math.min(policy.beamWidth(), extensions.size()));
        }
        return beams.get(0).order().stream().map(i -> items.get(i).track()).toList();
    }

    private static double rel(List<LabelledCandidate> items, int i) {
        return items.get(i).relevance().value();
    }

    /** Items are indexed in track-id order, so comparing indices compares track ids. */
    private static int lexicographic(Partial a, Partial b) {
        for (int t = 0; t < a.order().size(); t++) {
            int c = Integer.compare(a.order().get(t), b.order().get(t));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
