package org.mostra4j.domain.search;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.ConcaveCoverage;
import org.mostra4j.domain.scoring.ObjectiveScorer;
import org.mostra4j.domain.scoring.ScoringUniverse;
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
 *
 * <p>With the built-in {@link ConcaveCoverage} score the search runs on {@link CoverageBeam}'s flat arrays instead,
 * which returns the same result to the bit without the id sort, the scoring universe or scorer states; every other
 * scorer takes the general search below. {@link #searchInto} writes into a caller-owned {@link DecodedSequence} and,
 * warm, allocates nothing.
 */
public final class BeamSearch {
    /** Track-id order, comparing the id strings directly (the same order as {@code TrackId::compareTo}). */
    private static final Comparator<LabelledCandidate> BY_TRACK = (a, b) -> a.track().value().compareTo(b.track().value());

    private BeamSearch() {
    }

    /** Orders {@code candidates} with the policy's built-in objective score. */
    public static Sequence search(SessionId session, List<LabelledCandidate> candidates, SequencingPolicy policy) {
        Objects.requireNonNull(session, "session");
        // the policy's own score (null): the same λ, w and φ as policy.scorer(), read without building a scorer per
        // call, and the flat search keeps its gain tables from the last call with this policy
        Sequence flat = searchFlat(session, candidates, null, policy);
        return flat != null ? flat : searchGeneral(session, candidates, policy.scorer(), policy);
    }

    /** Orders {@code candidates} with any objective scorer; track ids must be distinct. */
    public static Sequence search(SessionId session, List<LabelledCandidate> candidates, ObjectiveScorer scorer,
            SequencingPolicy policy) {
        Objects.requireNonNull(session, "session");
        if (scorer instanceof ConcaveCoverage coverage) {
            Sequence flat = searchFlat(session, candidates, coverage, policy);
            if (flat != null) {
                return flat;
            }
        }
        return searchGeneral(session, candidates, scorer, policy);
    }

    /** {@link CoverageBeam}'s result as a {@code Sequence}, or null when it leaves the input to the general search. */
    private static Sequence searchFlat(SessionId session, List<LabelledCandidate> candidates, ConcaveCoverage coverage,
            SequencingPolicy policy) {
        CoverageBeam beam = CoverageBeam.take();
        try {
            DecodedSequence out = beam.result();
            if (!beam.decode(candidates, coverage, policy, out)) {
                return null;
            }
            Sequence sequence = out.toSequence(session);
            out.clear();
            return sequence;
        } finally {
            beam.release();
        }
    }

    private static Sequence searchGeneral(SessionId session, List<LabelledCandidate> candidates,
            ObjectiveScorer scorer, SequencingPolicy policy) {
        DecodedSequence out = new DecodedSequence();
        searchGeneral(candidates, scorer, policy, out);
        return out.toSequence(session);
    }

    /** Like {@link #search(SessionId, List, SequencingPolicy)}, into a caller-owned result. */
    public static void searchInto(List<LabelledCandidate> candidates, SequencingPolicy policy, DecodedSequence out) {
        Objects.requireNonNull(out, "out");
        CoverageBeam beam = CoverageBeam.take();
        try {
            if (beam.decode(candidates, null, policy, out)) {
                return;
            }
        } finally {
            beam.release();
        }
        searchGeneral(candidates, policy.scorer(), policy, out);
    }

    /**
     * Like {@link #search(SessionId, List, ObjectiveScorer, SequencingPolicy)}, the same result to the bit, written
     * into {@code out} (which it overwrites). With the built-in {@link ConcaveCoverage} and up to
     * {@value CoverageBeam#MAX_ITEMS} candidates a warm call allocates nothing, which is what a hot path reusing one
     * {@link DecodedSequence} per thread wants; other scorers take the general search and allocate as it does.
     */
    public static void searchInto(List<LabelledCandidate> candidates, ObjectiveScorer scorer, SequencingPolicy policy,
            DecodedSequence out) {
        Objects.requireNonNull(out, "out");
        if (scorer instanceof ConcaveCoverage coverage) {
            CoverageBeam beam = CoverageBeam.take();
            try {
                if (beam.decode(candidates, coverage, policy, out)) {
                    return;
                }
            } finally {
                beam.release();
            }
        }
        searchGeneral(candidates, scorer, policy, out);
    }

    /** The search for any scorer, over candidates put in track-id order first. */
    private static void searchGeneral(List<LabelledCandidate> candidates, ObjectiveScorer scorer,
            SequencingPolicy policy, DecodedSequence out) {
        Scratch scratch = Scratch.take();
        try {
            search(candidates, scorer, policy, scratch, out);
        } finally {
            scratch.release();
        }
    }

    private static void search(List<LabelledCandidate> candidates, ObjectiveScorer scorer,
            SequencingPolicy policy, Scratch scratch, DecodedSequence out) {
        int n = candidates.size();
        int k = policy.outputLength(n);
        int width = policy.beamWidth();
        scratch.ensure(n, k, width);
        LabelledCandidate[] items = scratch.items;
        sortByTrack(candidates, items);
        for (int i = 1; i < n; i++) {
            if (items[i].track().equals(items[i - 1].track())) {
                throw new IllegalArgumentException("duplicate candidate " + items[i].track());
            }
        }
        double[] rel = scratch.rel;
        for (int i = 0; i < n; i++) {
            rel[i] = items[i].relevance().value();
        }
        ScoringUniverse universe = ScoringUniverse.of(new Labels(items, n));
        double[] gamma = scratch.gamma;
        for (int t = 0; t < k; t++) {
            gamma[t] = PositionDiscount.at(t + 1, policy.discount());
        }
        // states are immutable (but for those the search recycles), so the empty one serves search and replay
        ObjectiveScorer.State empty = scorer.start(universe);
        int[] best = new Run(scratch, n, policy.epsilon(), width, k).run(empty);
        replay(items, empty, gamma, best, k, out);
    }

    /**
     * Copies {@code candidates} into {@code out} in track-id order: binary insertion for session-sized inputs
     * (no merge buffer), the library sort beyond.
     */
    private static void sortByTrack(List<LabelledCandidate> candidates, LabelledCandidate[] out) {
        int n = candidates.size();
        if (n > 64) {
            List<LabelledCandidate> sorted = new ArrayList<>(candidates);
            sorted.sort(BY_TRACK);
            sorted.toArray(out);
            return;
        }
        for (int i = 0; i < n; i++) {
            LabelledCandidate c = candidates.get(i);
            int lo = 0;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (BY_TRACK.compare(out[mid], c) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            System.arraycopy(out, lo, out, lo + 1, i - lo);
            out[lo] = c;
        }
    }

    private static void replay(LabelledCandidate[] items, ObjectiveScorer.State empty, double[] gamma, int[] order,
            int length, DecodedSequence out) {
        out.reset(length);
        ObjectiveScorer.State state = empty;
        ObjectiveScorer.State spare = null;
        double score = 0.0;
        for (int t = 0; t < length; t++) {
            int i = order[t];
            LabelledCandidate c = items[i];
            double gain = state.gain(i);
            score += gamma[t] * (c.relevance().value() + gain);
            ObjectiveScorer.State next = state.plusReusing(i, spare);
            spare = state == empty ? null : state;
            state = next;
            out.add(c, gain, score);
        }
    }

    /** The first {@code size} items' labels, as the scoring universe reads them. */
    private static final class Labels extends AbstractList<Set<ObjectiveId>> implements RandomAccess {
        private final LabelledCandidate[] items;
        private final int size;

        Labels(LabelledCandidate[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public Set<ObjectiveId> get(int index) {
            return items[Objects.checkIndex(index, size)].objectives();
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * A thread's buffers for the search, grown on demand, so that a warm search allocates little beyond its result.
     * Beams live in two generations of flat arrays (the current step's and the next one's) instead of one object
     * with cloned arrays per extension. A nested search on the same thread (a scorer that searches) gets fresh ones.
     */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);
        private boolean inUse;
        LabelledCandidate[] items = new LabelledCandidate[0];
        double[] rel = new double[0];
        double[] gamma = new double[0];
        int[] byRelevance = new int[0];
        int[] extBeam = new int[0];
        int[] extItem = new int[0];
        double[] extScore = new double[0];
        /** Per generation: beam b's order at [b * length, (b + 1) * length). */
        int[][] order = {new int[0], new int[0]};
        /** Per generation: beam b's used flags at [b * n, (b + 1) * n). */
        boolean[][] used = {new boolean[0], new boolean[0]};
        double[][] score = {new double[0], new double[0]};
        ObjectiveScorer.State[][] state = {new ObjectiveScorer.State[0], new ObjectiveScorer.State[0]};
        int[] result = new int[0];

        static Scratch take() {
            Scratch s = PER_THREAD.get();
            if (s.inUse) {
                s = new Scratch();
            }
            s.inUse = true;
            return s;
        }

        void release() {
            java.util.Arrays.fill(items, null);
            inUse = false;
        }

        void ensure(int n, int length, int width) {
            if (items.length < n) {
                items = new LabelledCandidate[n];
                rel = new double[n];
                byRelevance = new int[n];
            }
            if (gamma.length < length) {
                gamma = new double[length];
            }
            if (result.length != length) {
                result = new int[length];
            }
            if (extBeam.length < width) {
                extBeam = new int[width];
                extItem = new int[width];
                extScore = new double[width];
                for (int g = 0; g < 2; g++) {
                    score[g] = new double[width];
                    state[g] = new ObjectiveScorer.State[width];
                }
            }
            for (int g = 0; g < 2; g++) {
                if (order[g].length < width * length) {
                    order[g] = new int[width * length];
                }
                if (used[g].length < width * n) {
                    used[g] = new boolean[width * n];
                }
            }
        }
    }

    /** One search over a thread's scratch: the extensions of one step and two generations of beams. */
    private static final class Run {
        private final double[] rel;
        private final double[] gamma;
        private final double epsilon;
        private final int n;
        private final int width;
        private final int length;
        private final int[] extBeam;
        private final int[] extItem;
        private final double[] extScore;
        /** Item indices by relevance, highest first. */
        private final int[] byRelevance;
        private final Scratch scratch;
        /** The generation holding the current beams (0 or 1) and how many there are. */
        private int cur;
        private int beams;
        private int extCount;

        Run(Scratch scratch, int n, double epsilon, int width, int length) {
            this.scratch = scratch;
            this.rel = scratch.rel;
            this.gamma = scratch.gamma;
            this.epsilon = epsilon;
            this.n = n;
            this.width = width;
            this.length = length;
            this.extBeam = scratch.extBeam;
            this.extItem = scratch.extItem;
            this.extScore = scratch.extScore;
            this.byRelevance = byRelevance(rel, n, scratch.byRelevance);
        }

        /** Indices by relevance desc; insertion sort for session-sized inputs, which allocates nothing boxed. */
        private static int[] byRelevance(double[] rel, int n, int[] out) {
            if (n > 64) {
                int[] sorted = java.util.stream.IntStream.range(0, n).boxed()
                        .sorted((x, y) -> Double.compare(rel[y], rel[x])).mapToInt(Integer::intValue).toArray();
                System.arraycopy(sorted, 0, out, 0, n);
                return out;
            }
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

        /** The order of the best beam after {@code length} steps (a scratch array, valid until the next search). */
        int[] run(ObjectiveScorer.State empty) {
            cur = 0;
            beams = 1;
            java.util.Arrays.fill(scratch.used[0], 0, n, false);
            scratch.score[0][0] = 0.0;
            ObjectiveScorer.State[][] states = scratch.state;
            states[0][0] = empty;
            for (int t = 0; t < length; t++) {
                extCount = 0;
                for (int b = 0; b < beams; b++) {
                    extend(b, t);
                }
                int nxt = 1 - cur;
                int[] fromOrder = scratch.order[cur];
                int[] toOrder = scratch.order[nxt];
                boolean[] fromUsed = scratch.used[cur];
                boolean[] toUsed = scratch.used[nxt];
                for (int e = 0; e < extCount; e++) {
                    int parent = extBeam[e];
                    int item = extItem[e];
                    System.arraycopy(fromOrder, parent * length, toOrder, e * length, t);
                    toOrder[e * length + t] = item;
                    System.arraycopy(fromUsed, parent * n, toUsed, e * n, n);
                    toUsed[e * n + item] = true;
                    // the next generation's slots hold states two steps old, which no beam reads any more
                    ObjectiveScorer.State old = states[nxt][e];
                    states[nxt][e] = states[cur][parent].plusReusing(item, old == empty ? null : old);
                    scratch.score[nxt][e] = extScore[e];
                }
                cur = nxt;
                beams = extCount;
            }
            int[] best = scratch.result;
            System.arraycopy(scratch.order[cur], 0, best, 0, length);
            return best;
        }

        /**
         * Offers every eligible extension of beam b. Items are visited in relevance order, so the first
         * unused one is the best remaining and the first ineligible one ends the band; the order of
         * visits does not change the result because {@link #before} is a total order. Once the top B
         * is full, the scorer's gain bound ends the scan where no later item could enter it.
         */
        private void extend(int b, int t) {
            boolean[] used = scratch.used[cur];
            int usedAt = b * n;
            ObjectiveScorer.State state = scratch.state[cur][b];
            double beamScore = scratch.score[cur][b];
            int first = 0;
            while (used[usedAt + byRelevance[first]]) {
                first++;
            }
            double max = rel[byRelevance[first]];
            double g = gamma[t];
            double bound = state.gainBound();
            for (int r = first; r < n; r++) {
                int i = byRelevance[r];
                if (used[usedAt + i]) {
                    continue;
                }
                if (!EpsilonFilter.eligible(max, rel[i], epsilon)) {
                    break;
                }
                // the beam is full and even the largest possible gain cannot lift this or any later
                // (less relevant) item above the worst kept extension: the rest would all be rejected
                if (extCount == width && beamScore + g * (rel[i] + bound) < extScore[width - 1]) {
                    break;
                }
                offer(b, i, beamScore + g * (rel[i] + state.gain(i)), t);
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
            int[] order = scratch.order[cur];
            int p1 = b1 * length;
            int p2 = b2 * length;
            for (int t = 0; t < depth; t++) {
                if (order[p1 + t] != order[p2 + t]) {
                    return order[p1 + t] < order[p2 + t];
                }
            }
            return i1 < i2;
        }
    }
}
