package org.mostra4j.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.scoring.ObjectiveScorer;
import org.mostra4j.domain.scoring.ScoringUniverse;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/**
 * The beam search of {@code mostra-seq} (spec §2.3): §2.2's search, except that at every step each
 * beam asks {@link PrefixRelevance} for every remaining candidate's SAT given that beam's prefix,
 * {@code s_i(prefix)}. The ε filter compares those ({@code s_max(prefix) − s_i(prefix) ≤ ε}), the
 * partial score adds {@code γ_t (s_i(prefix) + Δg(i | prefix))}, and ties are broken as in
 * {@link BeamSearch} (score desc, the last track's prefix-aware SAT desc, track ids asc). With
 * a correction that is exactly 0 the result equals {@link BeamSearch}'s exactly ({@link PrefixRelevance#NONE}
 * is handed to it). Placements carry the
 * prefix-aware SAT. Cost O(K · B · n · (objectives + head)); every candidate of every beam is scored
 * at every step, since the band's best member depends on the prefix.
 */
public final class PrefixAwareBeamSearch {
    private static final Comparator<LabelledCandidate> BY_TRACK = (a, b) -> a.track().value().compareTo(b.track().value());

    private PrefixAwareBeamSearch() {
    }

    /** Orders {@code candidates} with the policy's built-in objective score. */
    public static Sequence search(SessionId session, List<LabelledCandidate> candidates, SequencingPolicy policy,
            PrefixRelevance head) {
        return search(session, candidates, policy.scorer(), policy, head);
    }

    /** Orders {@code candidates} with any objective scorer and a prefix model; track ids must be distinct. */
    public static Sequence search(SessionId session, List<LabelledCandidate> candidates, ObjectiveScorer scorer,
            SequencingPolicy policy, PrefixRelevance head) {
        Objects.requireNonNull(head, "head");
        if (head == PrefixRelevance.NONE) {
            // no correction: today's decoder, whose sorted band and gain bound make it cheaper
            return BeamSearch.search(session, candidates, scorer, policy);
        }
        List<LabelledCandidate> items = new ArrayList<>(candidates);
        items.sort(BY_TRACK);
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).track().equals(items.get(i - 1).track())) {
                throw new IllegalArgumentException("duplicate candidate " + items.get(i).track());
            }
        }
        int n = items.size();
        double[] rel = new double[n];
        List<Set<ObjectiveId>> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rel[i] = items.get(i).relevance().value();
            labels.add(items.get(i).objectives());
        }
        int k = policy.outputLength(n);
        double[] gamma = new double[k];
        for (int t = 0; t < k; t++) {
            gamma[t] = PositionDiscount.at(t + 1, policy.discount());
        }
        ObjectiveScorer.State empty = scorer.start(ScoringUniverse.of(labels));
        PrefixRelevance.Prefix start = head.start(items);
        Beam best = new Run(rel, gamma, policy.epsilon(), policy.beamWidth(), k).run(empty, start);
        return replay(session, items, empty, start, gamma, best.order);
    }

    private static Sequence replay(SessionId session, List<LabelledCandidate> items, ObjectiveScorer.State empty,
            PrefixRelevance.Prefix start, double[] gamma, int[] order) {
        List<Placement> placements = new ArrayList<>(order.length);
        ObjectiveScorer.State state = empty;
        PrefixRelevance.Prefix prefix = start;
        double score = 0.0;
        for (int t = 0; t < order.length; t++) {
            int i = order[t];
            LabelledCandidate c = items.get(i);
            double s = PrefixRelevance.adjust(c.relevance().value(), prefix.shift(i));
            double gain = state.gain(i);
            score += gamma[t] * (s + gain);
            state = state.plus(i);
            prefix = prefix.plus(i);
            placements.add(new Placement(t + 1, c.track(), s, gain, c.objectives(), score));
        }
        return new Sequence(session, placements);
    }

    /** A partial sequence: its first {@code depth} items, which are used, its states and score. */
    private record Beam(int[] order, boolean[] used, ObjectiveScorer.State state, PrefixRelevance.Prefix prefix,
            double score) {
    }

    /** One search: scratch space for the extensions of one step. */
    private static final class Run {
        private final double[] rel;
        /** logit(rel), once per search: the head moves SAT in logit space. */
        private final double[] logit;
        private final double[] gamma;
        private final double epsilon;
        private final int width;
        private final int length;
        private final int[] extBeam;
        private final int[] extItem;
        private final double[] extScore;
        private final double[] extRel;
        private final double[] adjusted;
        private Beam[] beams;
        private int extCount;

        Run(double[] rel, double[] gamma, double epsilon, int width, int length) {
            this.rel = rel;
            this.logit = new double[rel.length];
            for (int i = 0; i < rel.length; i++) {
                logit[i] = PrefixRelevance.logit(rel[i]);
            }
            this.gamma = gamma;
            this.epsilon = epsilon;
            this.width = width;
            this.length = length;
            this.extBeam = new int[width];
            this.extItem = new int[width];
            this.extScore = new double[width];
            this.extRel = new double[width];
            this.adjusted = new double[rel.length];
        }

        Beam run(ObjectiveScorer.State empty, PrefixRelevance.Prefix start) {
            beams = new Beam[] {new Beam(new int[length], new boolean[rel.length], empty, start, 0.0)};
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
                    next[e] = new Beam(order, used, parent.state.plus(item), parent.prefix.plus(item), extScore[e]);
                }
                beams = next;
            }
            return beams[0];
        }

        /** Offers every remaining candidate of beam b whose prefix-aware SAT is in the ε band. */
        private void extend(int b, int t) {
            Beam beam = beams[b];
            boolean[] used = beam.used;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rel.length; i++) {
                if (!used[i]) {
                    adjusted[i] = PrefixRelevance.adjust(rel[i], logit[i], beam.prefix.shift(i));
                    max = Math.max(max, adjusted[i]);
                }
            }
            double g = gamma[t];
            for (int i = 0; i < rel.length; i++) {
                if (!used[i] && EpsilonFilter.eligible(max, adjusted[i], epsilon)) {
                    offer(b, i, beam.score + g * (adjusted[i] + beam.state.gain(i)), adjusted[i], t);
                }
            }
        }

        /** Inserts the extension into the sorted top-B list if it ranks high enough. */
        private void offer(int beam, int item, double score, double s, int depth) {
            int pos = extCount;
            while (pos > 0 && before(beam, item, score, s, pos - 1, depth)) {
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
                extRel[j] = extRel[j - 1];
            }
            extBeam[pos] = beam;
            extItem[pos] = item;
            extScore[pos] = score;
            extRel[pos] = s;
            if (extCount < width) {
                extCount++;
            }
        }

        /** Whether extension (b1, i1) ranks strictly before the kept extension at slot {@code e}. */
        private boolean before(int b1, int i1, double s1, double r1, int e, int depth) {
            double s2 = extScore[e];
            if (s1 != s2) {
                return s1 > s2;
            }
            if (r1 != extRel[e]) {
                return r1 > extRel[e];
            }
            // items are indexed in track-id order, so comparing indices compares track ids
            int[] p1 = beams[b1].order;
            int[] p2 = beams[extBeam[e]].order;
            for (int t = 0; t < depth; t++) {
                if (p1[t] != p2[t]) {
                    return p1[t] < p2[t];
                }
            }
            return i1 < extItem[e];
        }
    }
}
