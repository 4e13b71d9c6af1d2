package org.mostra4j.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.ObjectiveScorer;
import org.mostra4j.domain.scoring.ScoringUniverse;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/**
 * Multi-objective beam search inside the ε band (spec §2.2).
 *
 * <p>At step t every beam extends by each eligible remaining candidate i (ε filter), scoring
 * {@code score + γ_t (s_i + Δg(i | prefix))}; the best B extensions survive, ranked by score desc, then
 * relevance of the last track desc, then the sequence of track ids ascending. Beams are distinct
 * prefixes, so extensions are distinct sequences. Candidates are first put in track-id order, which
 * makes the result independent of the order they arrive in. Cost O(K · B · n · objectives per item).
 */
public final class BeamSearch {
    /** Track-id order, comparing the id strings directly (the same order as {@code TrackId::compareTo}). */
    private static final Comparator<LabelledCandidate> BY_TRACK = (a, b) -> a.track().value().compareTo(b.track().value());

    private BeamSearch() {
    }

    /** Orders {@code candidates} with the policy's built-in objective score. */
    public static Sequence search(SessionId session, List<LabelledCandidate> candidates, SequencingPolicy policy) {
        return search(session, candidates, policy.scorer(), policy);
    }

    /** Orders {@code candidates} with any objective scorer; track ids must be distinct. */
    public static Sequence search(SessionId session, List<LabelledCandidate> candidates, ObjectiveScorer scorer,
            SequencingPolicy policy) {
        List<LabelledCandidate> items = new ArrayList<>(candidates);
        items.sort(BY_TRACK);
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).track().equals(items.get(i - 1).track())) {
                throw new IllegalArgumentException("duplicate candidate " + items.get(i).track());
            }
        }
        int n = items.size();
        double[] rel = new double[n];
        List<java.util.Set<ObjectiveId>> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rel[i] = items.get(i).relevance().value();
            labels.add(items.get(i).objectives());
        }
        ScoringUniverse universe = ScoringUniverse.of(labels);
        int k = policy.outputLength(n);
        double[] gamma = new double[k];
        for (int t = 0; t < k; t++) {
            gamma[t] = PositionDiscount.at(t + 1, policy.discount());
        }
        // states are immutable, so the empty one serves both the search and the replay
        ObjectiveScorer.State empty = scorer.start(universe);
        Beam best = new Run(rel, gamma, policy.epsilon(), policy.beamWidth(), k).run(empty);
        return replay(session, items, empty, gamma, best.order);
    }

    private static Sequence replay(SessionId session, List<LabelledCandidate> items, ObjectiveScorer.State empty,
            double[] gamma, int[] order) {
        List<Placement> placements = new ArrayList<>(order.length);
        ObjectiveScorer.State state = empty;
        double score = 0.0;
        for (int t = 0; t < order.length; t++) {
            int i = order[t];
            LabelledCandidate c = items.get(i);
            double gain = state.gain(i);
            score += gamma[t] * (c.relevance().value() + gain);
            state = state.plus(i);
            placements.add(new Placement(t + 1, c.track(), c.relevance().value(), gain, c.objectives(), score));
        }
        return new Sequence(session, placements);
    }

    /** A partial sequence: its first {@code depth} items, which are used, its scorer state and score. */
    private record Beam(int[] order, boolean[] used, ObjectiveScorer.State state, double score) {
    }

    /** One search: mutable scratch space for the extensions of one step. */
    private static final class Run {
        private final double[] rel;
        private final double[] gamma;
        private final double epsilon;
        private final int width;
        private final int length;
        private final int[] extBeam;
        private final int[] extItem;
        private final double[] extScore;
        /** Item indices by relevance, highest first. */
        private final int[] byRelevance;
        private Beam[] beams;
        private int extCount;

        Run(double[] rel, double[] gamma, double epsilon, int width, int length) {
            this.rel = rel;
            this.gamma = gamma;
            this.epsilon = epsilon;
            this.width = width;
            this.length = length;
            this.extBeam = new int[width];
            this.extItem = new int[width];
            this.extScore = new double[width];
            this.byRelevance = byRelevance(rel);
        }

        /** Indices by relevance desc; insertion sort for session-sized inputs, which allocates nothing boxed. */
        private static int[] byRelevance(double[] rel) {
            int n = rel.length;
            if (n > 64) {
                return java.util.stream.IntStream.range(0, n).boxed()
                        .sorted((x, y) -> Double.compare(rel[y], rel[x])).mapToInt(Integer::intValue).toArray();
            }
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                int j = i;
                while (j > 0 && rel[out[j - 1]] < rel[i]) {
                    out[j] = out[j - 1];
                    j--;
                }
                out[j] = i;
            }
            return out;
        }

        Beam run(ObjectiveScorer.State empty) {
            beams = new Beam[] {new Beam(new int[length], new boolean[rel.length], empty, 0.0)};
            for (int t = 0; t < length; t++) {
                extCount = 0;
                for (int b = 0; b < beams.length; b++) {
                    extend(b, t);
                }
                Beam[] next = new Beam[extCount];
                for (int e = 0; e < extCount; e++) {
                    Beam parent = beams[extBeam[e]];
                    int item = extItem[e];
                    int[] order = parent.order.clone();
                    order[t] = item;
                    boolean[] used = parent.used.clone();
                    used[item] = true;
                    next[e] = new Beam(order, used, parent.state.plus(item), extScore[e]);
                }
                beams = next;
            }
            return beams[0];
        }

        /**
         * Offers every eligible extension of beam b. Items are visited in relevance order, so the first
         * unused one is the best remaining and the first ineligible one ends the band; the order of
         * visits does not change the result because {@link #before} is a total order. Once the top B
         * is full, the scorer's gain bound ends the scan where no later item could enter it.
         */
        private void extend(int b, int t) {
            Beam beam = beams[b];
            boolean[] used = beam.used;
            int first = 0;
            while (used[byRelevance[first]]) {
                first++;
            }
            double max = rel[byRelevance[first]];
            double g = gamma[t];
            double bound = beam.state.gainBound();
            for (int r = first; r < byRelevance.length; r++) {
                int i = byRelevance[r];
                if (used[i]) {
                    continue;
                }
                if (!EpsilonFilter.eligible(max, rel[i], epsilon)) {
                    break;
                }
                // the beam is full and even the largest possible gain cannot lift this or any later
                // (less relevant) item above the worst kept extension: the rest would all be rejected
                if (extCount == width && beam.score + g * (rel[i] + bound) < extScore[width - 1]) {
                    break;
                }
                offer(b, i, beam.score + g * (rel[i] + beam.state.gain(i)), t);
            }
        }

        /** Inserts the extension into the sorted top-B list if it ranks high enough. */
        private void offer(int beam, int item, double score, int depth) {
            int pos = extCount;
            while (pos > 0 && before(beam, item, score, extBeam[pos - 1], extItem[pos - 1], extScore[pos - 1], depth)) {
                pos--;
            }
            if (pos >= width) {
                return;
            }
            int end = Math.min(extCount, width - 1);
            for (int j = end; j > pos; j--) {
                extBeam[j] = extBeam[j - 1];
                extItem[j] = extItem[j - 1];
                extScore[j] = extScore[j - 1];
            }
            extBeam[pos] = beam;
            extItem[pos] = item;
            extScore[pos] = score;
            if (extCount < width) {
                extCount++;
            }
        }

        /** Whether extension (b1, i1) ranks strictly before (b2, i2). */
        private boolean before(int b1, int i1, double s1, int b2, int i2, double s2, int depth) {
            if (s1 != s2) {
                return s1 > s2;
            }
            if (rel[i1] != rel[i2]) {
                return rel[i1] > rel[i2];
            }
            // items are indexed in track-id order, so comparing indices compares track ids
            int[] p1 = beams[b1].order;
            int[] p2 = beams[b2].order;
            for (int t = 0; t < depth; t++) {
                if (p1[t] != p2[t]) {
                    return p1[t] < p2[t];
                }
            }
            return i1 < i2;
        }
    }
}
