package org.mostra4j.domain.search;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.ObjectiveSet;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.scoring.Concave;
import org.mostra4j.domain.scoring.ConcaveCoverage;
import org.mostra4j.domain.scoring.ScoringUniverse;

/**
 * {@link BeamSearch} for the built-in {@link ConcaveCoverage} score on flat primitive arrays of a thread's workspace,
 * which a warm search fills without allocating. It returns exactly what the general search returns — the same order,
 * gains and scores to the bit — because it adds the same doubles in the same order:
 * <ul>
 *   <li>a gain is Σ over the item's objectives, in objective-id order from 0.0, of λ·w·(φ(c+1) − φ(c)) at the
 *       beam's count c ({@link ConcaveCoverage#delta}); the tables of these terms are cached per (λ, w, φ);</li>
 *   <li>an extension scores {@code beamScore + γ_t (s_i + gain)} and ties are broken by relevance, then by the
 *       track ids of the prefixes and of the item: the candidates are not sorted by track id (the general search's
 *       sort of 50 id strings cost more than the search), the rare tie compares the id strings instead;</li>
 *   <li>the scan stops at a sound bound: the largest gain of any objective mask in the session, computed as the gains
 *       are (so no gain exceeds it in floating point either), which is at most the scorer's gain bound; and an
 *       extension strictly below the full top B drops the rest of its mask, and of every mask it contains, from the
 *       scan (later items of those masks are no more relevant and gain no more), so only which items are scored
 *       changes, never which are kept.</li>
 * </ul>
 * A candidate's objectives are read as one word ({@link ObjectiveSet#bits}) and renumbered to id order per session.
 * Beams are kept as back-pointers (parent, item) per step, a bit set of used relevance positions and the objective
 * counts, in two generations; a beam visits the free positions of its ε band by bit arithmetic. Inputs it does not cover (more than {@link #MAX_ITEMS} candidates, more than 64 objectives, duplicate
 * track ids) are left to the general search, which reports them as before.
 */
final class CoverageBeam {
    static final int MAX_ITEMS = 1024;
    private static final int FILTER_LOG = 14;
    private static final int FILTER_BITS = 1 << FILTER_LOG;
    /** Up to this many candidates the duplicate check tries the filter first (beyond, bits coincide too often). */
    private static final int FILTER_ITEMS = 64;
    private static final int MAX_OBJECTIVES = ScoringUniverse.MAX_OBJECTIVES;
    /** Beyond this many distinct objective masks, the gain bound is Σ of every objective's next term. */
    private static final int MAX_MASKS = 16;
    /** Up to this many objectives, a beam's gain of every objective mask is tabulated once per beam. */
    private static final int DENSE_OBJECTIVES = 4;
    /** Up to this span of objective bits, a session renumbers its candidates' bits through a table. */
    private static final int BITS_TABLE = 6;
    private static final ThreadLocal<CoverageBeam> PER_THREAD = ThreadLocal.withInitial(CoverageBeam::new);

    private boolean inUse;
    /** Whether candidates' objectives are read as {@link ObjectiveSet#bits} where they have them (false: asked). */
    private final boolean readBits;
    private final DecodedSequence result = new DecodedSequence();
    private final Tables tables = new Tables();

    // the session: candidates in arrival order
    private LabelledCandidate[] items = new LabelledCandidate[0];
    private double[] rel = new double[0];
    private long[] mask = new long[0];
    private int[] byRelevance = new int[0];
    /** Item i's position in {@link #byRelevance}: the beams' used sets are bit sets over these positions. */
    private int[] rankOf = new int[0];
    private int[] bucketOf = new int[0];
    /** The relevance of the item at each relevance position (the sort's keys); with few objectives, its mask. */
    private double[] relAt = new double[0];
    private int[] maskOfAt = new int[0];
    private int[] bucketStart = new int[0];
    /** For the best remaining item at position f: the first position beyond the ε band (every later one is too). */
    private int[] bandEnd = new int[0];
    /**
     * With few objectives: word w of the relevance positions of mask m and of every mask it contains, at
     * {@code m · words + w} (filled by {@link #bands}).
     */
    private long[] maskAt = new long[0];
    /** The largest position whose band end is known this session, or −1. */
    private int furthestBand;
    /** ε ≥ 1: every band ends at n. */
    private boolean wide;
    private int[] hashes = new int[0];
    /** {@link #hasDuplicate}'s filter, all zero between sessions. */
    private final long[] filter = new long[FILTER_BITS >>> 6];
    /** Open addressing over track-id hashes: slot → item index, valid where {@link #stamp} is the session's. */
    private int[] hashSlot = new int[0];
    private int[] hashStamp = new int[0];
    private int stamp;
    /** The distinct objective masks of the session (when there are few; else {@code masks} is −1). */
    private final long[] distinctMasks = new long[MAX_MASKS];
    private int masks;
    /** Those of {@link #distinctMasks} that no other one contains (with few objectives). */
    private final int[] maximalMask = new int[MAX_MASKS];
    private int maximalMasks;
    private final ObjectiveId[] ids = new ObjectiveId[MAX_OBJECTIVES];
    private final int[] sortedSlots = new int[MAX_OBJECTIVES];
    private final int[] rankOfSlot = new int[MAX_OBJECTIVES];
    private final long[] remap = new long[1 << DENSE_OBJECTIVES];
    /** The objective bit ({@link ObjectiveSet#bits}) of each objective rank; and the renumbering of a bit span. */
    private final int[] bitOfRank = new int[MAX_OBJECTIVES];
    private final long[] bitsRemap = new long[1 << BITS_TABLE];
    /** The union of objective bits that {@link #ids}, {@link #bitOfRank} and {@link #bitsRemap} rank now, or −1. */
    private long rankedUnion = -1;
    private boolean rankedIdentity;
    private int rankedSpan;
    /** Per objective, in id order: the term of one more item at each count. */
    private final double[][] table = new double[MAX_OBJECTIVES][];
    private final double[] next = new double[MAX_OBJECTIVES];
    /** The policy, objectives (in id order) and counts that {@link #table} was filled for, or null. */
    private SequencingPolicy tabledPolicy;
    private final ObjectiveId[] tabledIds = new ObjectiveId[MAX_OBJECTIVES];
    private int tabledObjectives;
    private int tabledCounts;
    /** The current beam's gain per objective mask (with few objectives): gainOf(m) for every m, summed the same way. */
    private final double[] gains = new double[1 << DENSE_OBJECTIVES];
    private boolean dense;
    private final int[] replayCounts = new int[MAX_OBJECTIVES];
    private int objectives;
    private int n;
    private int length;
    private int width;
    private int words;
    private double epsilon;
    private double[] gamma;
    private double[] gammaOn = new double[0];
    private double[] gammaOff = new double[0];

    // the beams: two generations, and per step the survivors' parents and items
    private final double[][] score = {new double[0], new double[0]};
    private final long[][] used = {new long[0], new long[0]};
    private final int[][] counts = {new int[0], new int[0]};
    /** Per generation: beam b's position in {@link #byRelevance} before which every item is used. */
    private final int[][] firstFree = {new int[0], new int[0]};
    private int[] parentAt = new int[0];
    private int[] itemAt = new int[0];
    private int[] extBeam = new int[0];
    private int[] extItem = new int[0];
    private double[] extScore = new double[0];
    private int[] order = new int[0];
    private int[] pathA = new int[0];
    private int[] pathB = new int[0];
    private int cur;
    private int beams;
    private int extCount;

    CoverageBeam() {
        this(true);
    }

    /** A workspace that reads objectives as words ({@code readBits}) or asks every label set (the law compares both). */
    CoverageBeam(boolean readBits) {
        this.readBits = readBits;
    }

    /** This thread's workspace, or a fresh one when it is in use (a scorer's weight function that searches). */
    static CoverageBeam take() {
        CoverageBeam w = PER_THREAD.get();
        if (w.inUse) {
            w = new CoverageBeam();
        }
        w.inUse = true;
        return w;
    }

    void release() {
        Arrays.fill(items, 0, n, null);
        n = 0;
        inUse = false;
    }

    /** The workspace's own result, for callers that turn it into a {@code Sequence}. */
    DecodedSequence result() {
        return result;
    }

    /**
     * Decodes into {@code out}; false (with {@code out} untouched) when the input is left to the general search. A null
     * {@code scorer} stands for the policy's own ({@link SequencingPolicy#scorer()}: the same λ, w and φ), read from the
     * policy without building one.
     */
    boolean decode(List<LabelledCandidate> candidates, ConcaveCoverage scorer, SequencingPolicy policy,
            DecodedSequence out) {
        int size = candidates.size();
        if (size > MAX_ITEMS) {
            return false;
        }
        load(candidates, size);
        if (hasDuplicate() || !indexObjectives()) {
            return false;
        }
        dense = objectives <= DENSE_OBJECTIVES;
        length = policy.outputLength(n);
        width = policy.beamWidth();
        epsilon = policy.epsilon();
        // relevance is in [0, 1], so max − s ≤ 1 (rounding is monotone): at ε ≥ 1 every remaining item is eligible
        wide = epsilon >= 1.0;
        fillTables(scorer, policy, Math.max(length, 1));
        gamma = discounts(policy.discount(), length);
        sortByRelevance();
        ensureBeams();
        bands();
        if (width == 1) {
            runGreedy(out);
        } else {
            run();
            replay(out);
        }
        return true;
    }

    private void load(List<LabelledCandidate> candidates, int size) {
        n = size;
        if (items.length < n) {
            int cap = Math.max(n, 2 * items.length);
            items = new LabelledCandidate[cap];
            rel = new double[cap];
            mask = new long[cap];
            byRelevance = new int[cap];
            rankOf = new int[cap];
            bucketOf = new int[cap];
            relAt = new double[cap];
            maskOfAt = new int[cap];
            bandEnd = new int[cap];
            hashes = new int[cap];
        }
        // one bulk copy (the lists callers pass copy with System.arraycopy) instead of a get and a store per candidate:
        // −4 % of a greedy session; a list that hands back another array is read one by one
        LabelledCandidate[] copied = candidates.toArray(items);
        if (copied != items) {
            for (int i = 0; i < n; i++) {
                items[i] = candidates.get(i);
            }
        }
        // one pass per field: each pass's loads are independent, so the cache misses of a cold session overlap
        for (int i = 0; i < n; i++) {
            rel[i] = items[i].relevance().value();
        }
        for (int i = 0; i < n; i++) {
            hashes[i] = items[i].track().value().hashCode();
        }
    }

    /**
     * Whether two candidates share a track id. First a filter of {@value #FILTER_BITS} bits, one per id hash, filled
     * without a branch: no two bits alike means no two hashes alike, so no duplicate (with 50 ids two bits coincide in
     * about 7 % of sessions). Otherwise a hash set of the ids (stamped per session, so it is never cleared) decides;
     * equal ids are compared only on equal hashes. The probing of the set branches on data, which made it 0.14 µs of
     * a session.
     */
    private boolean hasDuplicate() {
        if (n <= FILTER_ITEMS) {
            long[] f = filter;
            long clash = 0;
            for (int i = 0; i < n; i++) {
                int k = (hashes[i] * 0x9E3779B9) >>> (32 - FILTER_LOG);
                long bit = 1L << k;
                clash |= f[k >>> 6] & bit;
                f[k >>> 6] |= bit;
            }
            for (int i = 0; i < n; i++) {
                f[((hashes[i] * 0x9E3779B9) >>> (32 - FILTER_LOG)) >>> 6] = 0L;
            }
            if (clash == 0) {
                return false;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4 * n - 1, 1)) << 1;
        if (hashSlot.length < capacity) {
            hashSlot = new int[capacity];
            hashStamp = new int[capacity];
        }
        int size = hashSlot.length;
        if (++stamp == 0) {
            Arrays.fill(hashStamp, 0);
            stamp = 1;
        }
        for (int i = 0; i < n; i++) {
            int h = hashes[i];
            int at = (h ^ (h >>> 16)) & (size - 1);
            while (hashStamp[at] == stamp) {
                int j = hashSlot[at];
                if (hashes[j] == h && items[j].track().equals(items[i].track())) {
                    return true;
                }
                at = (at + 1) & (size - 1);
            }
            hashStamp[at] = stamp;
            hashSlot[at] = i;
        }
        return false;
    }

    /**
     * One bit per objective, in id order (the order gains are summed in); false beyond 64 objectives. Read from the
     * sets' words ({@link #indexByBits}) where every set has one; else consecutive candidates that share one label-set
     * instance (the decorator hands out one per combination) are asked once.
     */
    private boolean indexObjectives() {
        if (readBits && indexByBits()) {
            distinctMasks();
            return true;
        }
        objectives = 0;
        rankedUnion = -1;
        Set<ObjectiveId> last = null;
        long lastMask = 0;
        for (int i = 0; i < n; i++) {
            Set<ObjectiveId> labels = items[i].objectives();
            if (labels != last) {
                long m = knownMask(labels);
                if (m < 0) {
                    return false;
                }
                last = labels;
                lastMask = m;
            }
            mask[i] = lastMask;
        }
        // slots are in order of first appearance: rank them by id and renumber the bits when that differs
        boolean identity = true;
        for (int s = 0; s < objectives; s++) {
            int j = s;
            while (j > 0 && ids[sortedSlots[j - 1]].compareTo(ids[s]) > 0) {
                sortedSlots[j] = sortedSlots[j - 1];
                j--;
            }
            sortedSlots[j] = s;
        }
        for (int r = 0; r < objectives; r++) {
            rankOfSlot[sortedSlots[r]] = r;
            identity &= sortedSlots[r] == r;
        }
        if (!identity && objectives <= DENSE_OBJECTIVES) {
            // few objectives: every mask's renumbering tabulated once, then one lookup per item (a loop per item
            // over its bits branches on data)
            for (int m = 0, end = 1 << objectives; m < end; m++) {
                remap[m] = renumbered(m);
            }
            for (int i = 0; i < n; i++) {
                mask[i] = remap[(int) mask[i]];
            }
        } else if (!identity) {
            for (int i = 0; i < n; i++) {
                mask[i] = renumbered(mask[i]);
            }
        }
        distinctMasks();
        return true;
    }

    /**
     * Each candidate's objectives read as one word, {@link ObjectiveSet#bits}, a bit per objective in a process-wide
     * numbering: the session's objectives are the union's bits, ranked here by id, and the words are renumbered to
     * those ranks. False (the caller then asks the sets) when some set has no bits. This replaced asking every label
     * set about every objective of the session, the largest fixed cost of a session (its branches are data).
     */
    private boolean indexByBits() {
        long union = 0;
        for (int i = 0; i < n; i++) {
            long b = items[i].objectives() instanceof ObjectiveSet set ? set.bits() : -1L;
            mask[i] = b;
            union |= b;
        }
        if (union < 0) {
            return false;
        }
        // the ranking is a function of the union alone (bits are never renumbered): kept from the last session
        if (union != rankedUnion && !rank(union)) {
            return false;
        }
        objectives = Long.bitCount(union);
        if (rankedIdentity) {
            return true;
        }
        int low = Long.numberOfTrailingZeros(union);
        if (rankedSpan <= BITS_TABLE) {
            for (int i = 0; i < n; i++) {
                mask[i] = bitsRemap[(int) (mask[i] >>> low)];
            }
        } else {
            for (int i = 0; i < n; i++) {
                mask[i] = ranked(mask[i], objectives);
            }
        }
        return true;
    }

    /**
     * Ranks the objectives of {@code union} by id ({@link #ids}, {@link #bitOfRank}) and, when the bits are not
     * already in that order and span few positions, tabulates every word's renumbering over the span; false when an
     * objective of the union is not visible.
     */
    private boolean rank(long union) {
        rankedUnion = -1;
        int k = 0;
        for (long u = union; u != 0; u &= u - 1) {
            int bit = Long.numberOfTrailingZeros(u);
            ObjectiveId id = ObjectiveSet.objectiveAt(bit);
            if (id == null) {
                return false;
            }
            int j = k++;
            while (j > 0 && ids[j - 1].compareTo(id) > 0) {
                ids[j] = ids[j - 1];
                bitOfRank[j] = bitOfRank[j - 1];
                j--;
            }
            ids[j] = id;
            bitOfRank[j] = bit;
        }
        boolean identity = true;
        for (int r = 0; r < k; r++) {
            sortedSlots[r] = r;
            identity &= bitOfRank[r] == r;
        }
        int low = Long.numberOfTrailingZeros(union);
        int span = 64 - Long.numberOfLeadingZeros(union) - low;
        if (!identity && span <= BITS_TABLE) {
            for (int w = 0, end = 1 << span; w < end; w++) {
                bitsRemap[w] = ranked((long) w << low, k);
            }
        }
        rankedIdentity = identity;
        rankedSpan = span;
        rankedUnion = union;
        return true;
    }

    /** Word {@code bits} renumbered: bit {@code bitOfRank[r]} becomes bit r. */
    private long ranked(long bits, int k) {
        long m = 0;
        for (int r = 0; r < k; r++) {
            m |= ((bits >>> bitOfRank[r]) & 1L) << r;
        }
        return m;
    }

    /** The distinct masks of the session and the maximal ones among them, when there are few objectives. */
    private void distinctMasks() {
        masks = -1;
        if (objectives <= 6) {
            // masks below 64: the set of those that occur is one word, filled without a branch per item
            long seen = 0;
            for (int i = 0; i < n; i++) {
                seen |= 1L << mask[i];
            }
            masks = 0;
            while (seen != 0 && masks < MAX_MASKS) {
                distinctMasks[masks++] = Long.numberOfTrailingZeros(seen);
                seen &= seen - 1;
            }
            if (seen != 0) {
                masks = -1;
            }
            // the masks no other one contains: with non-negative terms (λ, w ≥ 0, φ non-decreasing) a mask's gain
            // is at most that of any mask containing it, summed in the same order, rounding being monotone
            maximalMasks = 0;
            for (int k = 0; k < masks; k++) {
                long mk = distinctMasks[k];
                boolean maximal = true;
                for (int j = 0; j < masks; j++) {
                    long mj = distinctMasks[j];
                    maximal &= mj == mk || (mj & mk) != mk;
                }
                if (maximal) {
                    maximalMask[maximalMasks++] = (int) mk;
                }
            }
        }
    }

    private long renumbered(long slots) {
        long m = slots;
        long renumbered = 0;
        while (m != 0) {
            renumbered |= 1L << rankOfSlot[Long.numberOfTrailingZeros(m)];
            m &= m - 1;
        }
        return renumbered;
    }

    /**
     * The slots of {@code labels}, asking the set whether it holds each objective seen so far (no iterator); only a
     * set with an objective not seen yet is iterated. −1 beyond 64 objectives.
     */
    private long knownMask(Set<ObjectiveId> labels) {
        int size = labels.size();
        long m = 0;
        int found = 0;
        for (int s = 0; s < objectives && found < size; s++) {
            if (labels.contains(ids[s])) {
                m |= 1L << s;
                found++;
            }
        }
        if (found < size) {
            for (ObjectiveId o : labels) {
                int slot = slotOf(o);
                if (slot < 0) {
                    return -1;
                }
                m |= 1L << slot;
            }
        }
        return m;
    }

    private int slotOf(ObjectiveId o) {
        for (int s = 0; s < objectives; s++) {
            if (ids[s] == o || ids[s].equals(o)) {
                return s;
            }
        }
        if (objectives == MAX_OBJECTIVES) {
            return -1;
        }
        ids[objectives] = o;
        return objectives++;
    }

    /**
     * Each objective's table, in id order (so a bad weight is reported for the same objective as before). The policy's
     * own score (a null {@code scorer}) is a function of the policy, which is immutable: the same policy object with
     * the same objectives and no more counts keeps the last session's tables, without the weight and φ lookups.
     */
    private void fillTables(ConcaveCoverage scorer, SequencingPolicy policy, int counts) {
        if (scorer == null && policy == tabledPolicy && objectives == tabledObjectives && counts <= tabledCounts
                && sameTabledIds()) {
            return;
        }
        tabledPolicy = null;
        double lambda = scorer == null ? policy.lambda() : scorer.lambda();
        for (int r = 0; r < objectives; r++) {
            ObjectiveId id = ids[sortedSlots[r]];
            double w = scorer == null ? policy.weight(id) : scorer.weight(id);
            Concave phi = scorer == null ? policy.concave(id) : scorer.concave(id);
            table[r] = tables.get(lambda, w, phi, counts);
            tabledIds[r] = id;
        }
        if (scorer == null) {
            tabledPolicy = policy;
            tabledObjectives = objectives;
            tabledCounts = counts;
        }
    }

    private boolean sameTabledIds() {
        for (int r = 0; r < objectives; r++) {
            if (tabledIds[r] != ids[sortedSlots[r]]) {
                return false;
            }
        }
        return true;
    }

    private double[] discounts(boolean on, int k) {
        double[] g = on ? gammaOn : gammaOff;
        if (g.length < k) {
            g = new double[Math.max(k, 2 * g.length)];
            for (int t = 0; t < g.length; t++) {
                g[t] = PositionDiscount.at(t + 1, on);
            }
            if (on) {
                gammaOn = g;
            } else {
                gammaOff = g;
            }
        }
        return g;
    }

    /**
     * Indices by relevance desc, ties in arrival order. A bucket sort on ⌊s · buckets⌋ (monotone in s, and s is in
     * [0, 1]; four buckets per candidate, so few hold two) followed by an insertion pass: a comparison sort's
     * branches on random data are mispredicted about half the time, which made it one of the larger costs of a
     * session.
     */
    private void sortByRelevance() {
        int buckets = Math.max(16, 4 * n);
        if (bucketStart.length < buckets + 2) {
            bucketStart = new int[Math.max(buckets + 2, 2 * bucketStart.length)];
        }
        int[] start = bucketStart;
        Arrays.fill(start, 0, buckets + 2, 0);
        for (int i = 0; i < n; i++) {
            bucketOf[i] = buckets - (int) (rel[i] * buckets);
            start[bucketOf[i] + 1]++;
        }
        for (int k = 1; k <= buckets + 1; k++) {
            start[k] += start[k - 1];
        }
        int[] out = byRelevance;
        double[] sorted = relAt;
        for (int i = 0; i < n; i++) {
            int at = start[bucketOf[i]]++;
            out[at] = i;
            sorted[at] = rel[i];
        }
        // the buckets are in order and each keeps arrival order: one stable insertion pass over the whole array
        // moves only within a bucket (a pass per bucket paid a loop test per bucket, most of them empty); it compares
        // the relevances carried beside the indices, not looked up through them
        for (int a = 1; a < n; a++) {
            double r = sorted[a];
            if (sorted[a - 1] < r) {
                int item = out[a];
                int j = a;
                do {
                    out[j] = out[j - 1];
                    sorted[j] = sorted[j - 1];
                    j--;
                } while (j > 0 && sorted[j - 1] < r);
                out[j] = item;
                sorted[j] = r;
            }
        }
    }

    /**
     * Positions of the items in relevance order, and with few objectives per mask and word the positions of the items
     * with that mask; the band ends are computed when first needed.
     */
    private void bands() {
        if (width == 1 && smallShape()) {
            // runGreedySmall works on relevance positions alone and stops at the band's end itself: no item → position
            // table, no band ends. A loop of its own: the shared loop with a test for the table was 2–4 % slower
            if (maskAt.length < 8) {
                maskAt = new long[8];
            }
            long[] at = maskAt;
            Arrays.fill(at, 0, 8, 0L);
            for (int f = 0; f < n; f++) {
                int m = (int) mask[byRelevance[f]];
                maskOfAt[f] = m;
                at[m] |= 1L << f;
            }
            closeUnderSubmasks(at, 8, 1);
            return;
        }
        if (dense) {
            int size = (1 << objectives) * words;
            if (maskAt.length < size) {
                maskAt = new long[Math.max(size, 2 * maskAt.length)];
            }
            Arrays.fill(maskAt, 0, size, 0L);
            for (int f = 0; f < n; f++) {
                int i = byRelevance[f];
                rankOf[i] = f;
                maskOfAt[f] = (int) mask[i];
                maskAt[(int) mask[i] * words + (f >>> 6)] |= 1L << f;
            }
            closeUnderSubmasks(maskAt, 1 << objectives, words);
        } else {
            for (int f = 0; f < n; f++) {
                rankOf[byRelevance[f]] = f;
            }
        }
        Arrays.fill(bandEnd, 0, n, 0);
        furthestBand = -1;
    }

    /**
     * Adds to each mask's positions those of every mask it contains ({@code at[m · words + w]}, masks in increasing
     * order, so a mask's submasks are complete when it is reached). A scan drops the positions of a mask once one of its
     * items scores below what it must beat; every item of a contained mask that comes later in the scan scores no
     * higher either — no more relevant, and its gain, a sum of a subset of the same non-negative terms in the same
     * order, no larger (rounding is monotone) — so it goes too, unscored. Only which items are scored changes.
     */
    private static void closeUnderSubmasks(long[] at, int masks, int words) {
        for (int m = 1; m < masks; m++) {
            for (int rest = m; rest != 0; rest &= rest - 1) {
                int sub = (m ^ Integer.lowestOneBit(rest)) * words;
                for (int w = 0; w < words; w++) {
                    at[m * words + w] |= at[sub + w];
                }
            }
        }
    }

    /**
     * The common shape that {@link #extendSmall}, {@link #commitSmall} and {@link #runGreedySmall} are written for: at
     * most 64 candidates (one used word) and three objectives.
     */
    private boolean smallShape() {
        return words == 1 && objectives == 3;
    }

    /**
     * Eligibility is monotone in relevance (max − s grows as s falls), so the band of the best remaining item at
     * position f ends at one position; only the positions that become some beam's best remaining item ask for it.
     * A band ends no earlier than that of any position before it (its best item is no more relevant), so the scan
     * starts where the furthest band computed so far ended, and a wide ε costs O(n) per session, not per beam.
     */
    private int bandEnd(int f) {
        if (wide) {
            return n;
        }
        int end = bandEnd[f];
        if (end == 0) {
            double[] sorted = relAt;
            double max = sorted[f];
            end = furthestBand >= 0 && furthestBand <= f ? Math.max(f + 1, bandEnd[furthestBand]) : f + 1;
            while (end < n && EpsilonFilter.eligible(max, sorted[end], epsilon)) {
                end++;
            }
            bandEnd[f] = end;
            if (f > furthestBand) {
                furthestBand = f;
            }
        }
        return end;
    }

    private void ensureBeams() {
        words = Math.max(1, (n + 63) >>> 6);
        if (extBeam.length < width) {
            extBeam = new int[width];
            extItem = new int[width];
            extScore = new double[width];
        }
        for (int g = 0; g < 2; g++) {
            if (score[g].length < width) {
                score[g] = new double[width];
            }
            if (used[g].length < width * words) {
                used[g] = new long[width * words];
            }
            if (firstFree[g].length < width) {
                firstFree[g] = new int[width];
            }
            if (counts[g].length < width * objectives) {
                counts[g] = new int[width * objectives];
            }
        }
        if (parentAt.length < length * width) {
            parentAt = new int[length * width];
            itemAt = new int[length * width];
        }
        if (order.length < length) {
            order = new int[length];
            pathA = new int[length];
            pathB = new int[length];
        }
    }

    private void run() {
        cur = 0;
        beams = 1;
        score[0][0] = 0.0;
        Arrays.fill(used[0], 0, words, 0L);
        Arrays.fill(counts[0], 0, objectives, 0);
        firstFree[0][0] = 0;
        for (int t = 0; t < length; t++) {
            extCount = 0;
            extendAll(t);
            commit(t);
        }
        int e = 0;
        for (int t = length - 1; t >= 0; t--) {
            order[t] = itemAt[t * width + e];
            e = parentAt[t * width + e];
        }
    }

    /** {@link #commit} for up to 64 candidates and three objectives, the common shape, without the inner loops. */
    private void commitSmall(int t, long[] fromUsed, long[] toUsed, int[] fromCounts, int[] toCounts, int[] fromFirst,
            int[] toFirst, double[] toScore) {
        int row = t * width;
        for (int e = 0; e < extCount; e++) {
            int parent = extBeam[e];
            int item = extItem[e];
            toScore[e] = extScore[e];
            toFirst[e] = fromFirst[parent];
            toUsed[e] = fromUsed[parent] | 1L << rankOf[item];
            long m = mask[item];
            int from = parent * 3;
            int to = e * 3;
            toCounts[to] = fromCounts[from] + (int) (m & 1L);
            toCounts[to + 1] = fromCounts[from + 1] + (int) ((m >>> 1) & 1L);
            toCounts[to + 2] = fromCounts[from + 2] + (int) ((m >>> 2) & 1L);
            parentAt[row + e] = parent;
            itemAt[row + e] = item;
        }
        cur = 1 - cur;
        beams = extCount;
    }

    /**
     * B = 1: what {@link #run} does with one beam, without its top-B list, generations and back-pointers. Each step
     * keeps the best extension seen so far and replaces it exactly when {@link #offer} would put the new one first
     * (a higher score, or an equal score and {@link #before}, which for one beam compares relevance, then track
     * ids); the scan ends at the same bound, and the chosen item is marked used in place and written out with its gain
     * and score (the numbers {@link #replay} would compute: the same terms and sums), so there is no replay.
     */
    private void runGreedy(DecodedSequence out) {
        if (smallShape()) {
            runGreedySmall(out);
            return;
        }
        out.reset(length);
        long[] u = used[0];
        int[] c = counts[0];
        Arrays.fill(u, 0, words, 0L);
        Arrays.fill(c, 0, objectives, 0);
        double beamScore = 0.0;
        int first = 0;
        for (int t = 0; t < length; t++) {
            int fw = first >>> 6;
            long freeBits = ~u[fw] & (-1L << first);
            while (freeBits == 0) {
                freeBits = ~u[++fw];
            }
            first = (fw << 6) + Long.numberOfTrailingZeros(freeBits);
            nextTerms(c, 0);
            double g = gamma[t];
            int best = -1;
            double bestScore = Double.NaN;
            double bound = Double.NaN;
            int last = bandEnd(first) - 1;
            scan:
            for (int w = first >>> 6; w <= last >>> 6; w++) {
                long free = freeInBand(u[w], w, first, last);
                while (free != 0) {
                    int i = byRelevance[(w << 6) + Long.numberOfTrailingZeros(free)];
                    free &= free - 1;
                    if (best >= 0) {
                        if (bound != bound) {
                            bound = bound();
                        }
                        if (beamScore + g * (rel[i] + bound) < bestScore) {
                            break scan;
                        }
                    }
                    double s = beamScore + g * (rel[i] + (dense ? gains[(int) mask[i]] : gainOf(mask[i])));
                    if (best >= 0 && s < bestScore) {
                        // no later item with this mask or one it contains can win either: none is more relevant,
                        // none gains more (closeUnderSubmasks)
                        free &= dense ? ~maskAt[(int) mask[i] * words + w] : -1L;
                        continue;
                    }
                    if (best < 0 || s > bestScore || s == bestScore && before(0, i, s, 0, best, bestScore, t)) {
                        best = i;
                        bestScore = s;
                    }
                }
            }
            // the replay's numbers: its total adds γ_t (s_i + gain) to the last one exactly as this score did
            out.add(items[best], dense ? gains[(int) mask[best]] : gainOf(mask[best]), bestScore);
            beamScore = bestScore;
            int rank = rankOf[best];
            u[rank >>> 6] |= 1L << rank;
            long m = mask[best];
            for (int o = 0; o < objectives; o++) {
                c[o] += (int) ((m >>> o) & 1L);
            }
        }
    }

    /**
     * {@link #runGreedy} for up to 64 candidates and three objectives: the used set is one word in a local, and the
     * band's first free item starts each step as the best (what the general loop's first offer does), so the rest
     * of the scan needs no test for an empty choice. The same items are scored and the same one kept.
     */
    private void runGreedySmall(DecodedSequence out) {
        out.reset(length);
        int[] c = counts[0];
        c[0] = 0;
        c[1] = 0;
        c[2] = 0;
        double[] gs = gains;
        double[] ra = relAt;
        int[] ma = maskOfAt;
        int[] byRel = byRelevance;
        long[] at = maskAt;
        long u = 0L;
        // the positions of the session's items (n ≤ 64)
        long all = -1L >>> (64 - n);
        double eps = epsilon;
        // bound()'s maximum over the maximal masks, spelled out (see maximalOfThree)
        int x0 = maximalOfThree(0);
        int x1 = maximalOfThree(1);
        int x2 = maximalOfThree(2);
        double beamScore = 0.0;
        for (int t = 0; t < length; t++) {
            // every position below the lowest free one is used
            int first = Long.numberOfTrailingZeros(~u);
            nextTerms(c, 0);
            double g = gamma[t];
            double max = ra[first];
            long free = ~u & all;
            free &= free - 1;
            int best = first;
            double bestScore = beamScore + g * (ra[first] + gs[ma[first]]);
            // the band is not looked up: the scan stops at its first ineligible item, which ends it (eligibility is
            // monotone in relevance), so a step pays one exit instead of the band end's search and then the scan's
            if (free != 0 && EpsilonFilter.eligible(max, ra[Long.numberOfTrailingZeros(free)], eps)) {
                double bound = boundOfThree(gs, x0, x1, x2);
                while (free != 0) {
                    int f = Long.numberOfTrailingZeros(free);
                    free &= free - 1;
                    double ri = ra[f];
                    if (!EpsilonFilter.eligible(max, ri, eps) || beamScore + g * (ri + bound) < bestScore) {
                        break;
                    }
                    int m = ma[f];
                    double s = beamScore + g * (ri + gs[m]);
                    if (s < bestScore) {
                        // no later item with this mask or one it contains can win either: none is more relevant,
                        // none gains more (closeUnderSubmasks)
                        free &= ~at[m];
                        continue;
                    }
                    if (s > bestScore || before(0, byRel[f], s, 0, byRel[best], bestScore, t)) {
                        best = f;
                        bestScore = s;
                    }
                }
            }
            // the choice is a relevance position: its mask and used bit without a lookup through the item
            int m = ma[best];
            out.add(items[byRel[best]], gs[m], bestScore);
            beamScore = bestScore;
            u |= 1L << best;
            c[0] += m & 1;
            c[1] += (m >>> 1) & 1;
            c[2] += (m >>> 2) & 1;
        }
    }

    /** The surviving extensions become the next generation's beams. */
    private void commit(int t) {
        int nxt = 1 - cur;
        long[] fromUsed = used[cur];
        long[] toUsed = used[nxt];
        int[] fromCounts = counts[cur];
        int[] toCounts = counts[nxt];
        int[] fromFirst = firstFree[cur];
        int[] toFirst = firstFree[nxt];
        double[] toScore = score[nxt];
        int o = objectives;
        if (smallShape()) {
            commitSmall(t, fromUsed, toUsed, fromCounts, toCounts, fromFirst, toFirst, toScore);
            return;
        }
        for (int e = 0; e < extCount; e++) {
            int parent = extBeam[e];
            int item = extItem[e];
            toScore[e] = extScore[e];
            toFirst[e] = fromFirst[parent];
            // a few words and counts: plain loops beat arraycopy's call
            for (int w = 0; w < words; w++) {
                toUsed[e * words + w] = fromUsed[parent * words + w];
            }
            int rank = rankOf[item];
            toUsed[e * words + (rank >>> 6)] |= 1L << rank;
            // one more item for each of its objectives, without a branch per bit (masks are data, not predictable)
            long m = mask[item];
            for (int k = 0; k < o; k++) {
                toCounts[e * o + k] = fromCounts[parent * o + k] + (int) ((m >>> k) & 1L);
            }
            parentAt[t * width + e] = parent;
            itemAt[t * width + e] = item;
        }
        cur = nxt;
        beams = extCount;
    }

    /**
     * Offers every eligible extension of each beam, visiting items in relevance order: the first unused one is the
     * best remaining, the first ineligible one ends the band, and once the top B is full the bound ends the scan where
     * no later item could enter it (the visiting order does not matter otherwise: {@link #before} is a total order).
     * One method for all beams: a call per beam cost 2–3 %.
     */
    private void extendAll(int t) {
        if (smallShape()) {
            extendSmall(t);
            return;
        }
        long[] u = used[cur];
        int[] firsts = firstFree[cur];
        double[] scores = score[cur];
        int[] c = counts[cur];
        double g = gamma[t];
        beams:
        for (int b = 0; b < beams; b++) {
            int usedAt = b * words;
            // the lowest free position at or after the last known one (some position is free while t < length ≤ n)
            int first = firsts[b];
            int fw = first >>> 6;
            long freeBits = ~u[usedAt + fw] & (-1L << first);
            while (freeBits == 0) {
                freeBits = ~u[usedAt + ++fw];
            }
            first = (fw << 6) + Long.numberOfTrailingZeros(freeBits);
            firsts[b] = first;
            double beamScore = scores[b];
            int countsAt = b * objectives;
            nextTerms(c, countsAt);
            // the bound matters only once the top B is full: computed then, at most once per beam
            double bound = Double.NaN;
            int last = bandEnd(first) - 1;
            for (int w = first >>> 6; w <= last >>> 6; w++) {
                // the free positions of the band in this word, visited without a branch per used item
                long free = freeInBand(u[usedAt + w], w, first, last);
                while (free != 0) {
                    int i = byRelevance[(w << 6) + Long.numberOfTrailingZeros(free)];
                    free &= free - 1;
                    if (extCount == width) {
                        if (bound != bound) {
                            bound = bound();
                        }
                        double lastScore = extScore[width - 1];
                        if (beamScore + g * (rel[i] + bound) < lastScore) {
                            continue beams;
                        }
                        double s = beamScore + g * (rel[i] + (dense ? gains[(int) mask[i]] : gainOf(mask[i])));
                        if (s < lastScore) {
                            // below the top B: so is every later item with this mask or one it contains (no more
                            // relevant, no larger gain), so they leave this word's scan without a branch each
                            free &= dense ? ~maskAt[(int) mask[i] * words + w] : -1L;
                            continue;
                        }
                        offer(b, i, s, t);
                    } else {
                        offer(b, i, beamScore + g * (rel[i] + (dense ? gains[(int) mask[i]] : gainOf(mask[i]))), t);
                    }
                }
            }
        }
    }

    /**
     * {@link #extendAll} for up to 64 candidates and three objectives, the common shape: one used word per beam, so no
     * loop over words, and each beam's scan in two phases — filling the top B, then against its last entry (a full top
     * B stays full for the step) — instead of a test per item. The same extensions are scored, offered and kept.
     */
    private void extendSmall(int t) {
        long[] u = used[cur];
        int[] firsts = firstFree[cur];
        double[] scores = score[cur];
        int[] c = counts[cur];
        double g = gamma[t];
        double[] gs = gains;
        double[] ra = relAt;
        int[] ma = maskOfAt;
        int[] byRel = byRelevance;
        long[] at = maskAt;
        int x0 = maximalOfThree(0);
        int x1 = maximalOfThree(1);
        int x2 = maximalOfThree(2);
        beams:
        for (int b = 0; b < beams; b++) {
            long ub = u[b];
            // the lowest free position at or after the last known one (some position is free while t < length ≤ n)
            int first = Long.numberOfTrailingZeros(~ub & (-1L << firsts[b]));
            firsts[b] = first;
            double beamScore = scores[b];
            nextTerms(c, b * 3);
            int last = bandEnd(first) - 1;
            long free = ~ub & (-1L << first) & (-1L >>> (63 - last));
            while (free != 0 && extCount < width) {
                int f = Long.numberOfTrailingZeros(free);
                free &= free - 1;
                offer(b, byRel[f], beamScore + g * (ra[f] + gs[ma[f]]), t);
            }
            if (free == 0) {
                continue;
            }
            // the bound matters only once the top B is full: computed then, at most once per beam (bound()'s value,
            // without its call and loop)
            double bound = boundOfThree(gs, x0, x1, x2);
            while (free != 0) {
                int f = Long.numberOfTrailingZeros(free);
                free &= free - 1;
                double lastScore = extScore[width - 1];
                double ri = ra[f];
                if (beamScore + g * (ri + bound) < lastScore) {
                    continue beams;
                }
                int m = ma[f];
                double s = beamScore + g * (ri + gs[m]);
                if (s < lastScore) {
                    // below the top B: so is every later item with this mask or one it contains (no more relevant,
                    // no larger gain: closeUnderSubmasks)
                    free &= ~at[m];
                    continue;
                }
                offer(b, byRel[f], s, t);
            }
        }
    }

    /**
     * An upper bound on the current beam's gains: the largest gain of the session's objective masks, each summed as
     * a gain is (so no gain exceeds it in floating point either), when there are few masks — with the per-beam table,
     * of the masks no other one contains, which is the same maximum; Σ of every objective's next term (the scorer's
     * gain bound) otherwise. Only where a scan stops depends on it, never which extensions are kept.
     */
    private double bound() {
        double bound = 0.0;
        if (dense) {
            for (int k = 0; k < maximalMasks; k++) {
                bound = Math.max(bound, gains[maximalMask[k]]);
            }
        } else if (masks >= 0) {
            for (int k = 0; k < masks; k++) {
                bound = Math.max(bound, gainOf(distinctMasks[k]));
            }
        } else {
            for (int o = 0; o < objectives; o++) {
                bound += next[o];
            }
        }
        return bound;
    }

    /**
     * With three objectives: the k-th of the session's maximal masks, or 0 (whose gain, 0.0, is where {@link #bound}
     * starts, so a maximum over three of these is its value). Masks no other one contains form an antichain of subsets
     * of three objectives, so there are at most three.
     */
    private int maximalOfThree(int k) {
        return k < maximalMasks ? maximalMask[k] : 0;
    }

    /** {@link #bound}'s value with three objectives, given {@link #maximalOfThree} 0, 1 and 2: the same maxima. */
    private static double boundOfThree(double[] gs, int x0, int x1, int x2) {
        return Math.max(Math.max(Math.max(0.0, gs[x0]), gs[x1]), gs[x2]);
    }

    /**
     * {@code gains[m] = gainOf(m)} for every mask m of the session's objectives: gainOf adds the terms from the
     * lowest objective up starting at 0.0, so m's sum is the sum of m without its highest objective plus that
     * objective's term, the same additions in the same order (a loop per item over its bits was a quarter of the
     * search's time).
     */
    private void tabulateGains() {
        double[] gs = gains;
        gs[0] = 0.0;
        for (int m = 1, end = 1 << objectives; m < end; m++) {
            int high = 31 - Integer.numberOfLeadingZeros(m);
            gs[m] = gs[m ^ (1 << high)] + next[high];
        }
    }

    /**
     * The current beam's next term per objective at its counts {@code c[at …]}, and with few objectives its gain per
     * mask ({@link #tabulateGains}); three objectives, the common case, are spelled out (the same sums, without the
     * loops: this ran once per beam and was 5–10 % of B = 5).
     */
    private void nextTerms(int[] c, int at) {
        if (objectives == 3) {
            double n0 = table[0][c[at]];
            double n1 = table[1][c[at + 1]];
            double n2 = table[2][c[at + 2]];
            double[] gs = gains;
            gs[0] = 0.0;
            double g1 = 0.0 + n0;
            double g2 = 0.0 + n1;
            double g3 = g1 + n1;
            gs[1] = g1;
            gs[2] = g2;
            gs[3] = g3;
            gs[4] = 0.0 + n2;
            gs[5] = g1 + n2;
            gs[6] = g2 + n2;
            gs[7] = g3 + n2;
            return;
        }
        for (int o = 0; o < objectives; o++) {
            next[o] = table[o][c[at + o]];
        }
        if (dense) {
            tabulateGains();
        }
    }

    /** Σ of the current beam's next terms over the objectives in {@code m}, in objective order from 0.0. */
    private double gainOf(long m) {
        double gain = 0.0;
        while (m != 0) {
            gain += next[Long.numberOfTrailingZeros(m)];
            m &= m - 1;
        }
        return gain;
    }

    /** Inserts the extension into the sorted top-B list if it ranks high enough. */
    private void offer(int beam, int item, double s, int depth) {
        // one loop finds the place and moves the entries below it (a walk, then a shift, mispredicted twice)
        int j;
        if (extCount < width) {
            j = extCount++;
        } else {
            j = width - 1;
            double last = extScore[j];
            if (!(s > last || s == last && before(beam, item, s, extBeam[j], extItem[j], last, depth))) {
                return;
            }
        }
        while (j > 0) {
            double other = extScore[j - 1];
            // scores decide all but exact ties, so the full order is asked only then
            if (s > other || s == other && before(beam, item, s, extBeam[j - 1], extItem[j - 1], other, depth)) {
                extBeam[j] = extBeam[j - 1];
                extItem[j] = extItem[j - 1];
                extScore[j] = extScore[j - 1];
                j--;
            } else {
                break;
            }
        }
        extBeam[j] = beam;
        extItem[j] = item;
        extScore[j] = s;
    }

    /** Whether extension (b1, i1) ranks strictly before (b2, i2): score, relevance, then track ids. */
    private boolean before(int b1, int i1, double s1, int b2, int i2, double s2, int depth) {
        if (s1 != s2) {
            return s1 > s2;
        }
        if (rel[i1] != rel[i2]) {
            return rel[i1] > rel[i2];
        }
        if (b1 != b2) {
            prefix(b1, depth, pathA);
            prefix(b2, depth, pathB);
            for (int t = 0; t < depth; t++) {
                if (pathA[t] != pathB[t]) {
                    return idBefore(pathA[t], pathB[t]);
                }
            }
        }
        return idBefore(i1, i2);
    }

    /** The items of current beam b, by walking its back-pointers. */
    private void prefix(int b, int depth, int[] out) {
        int e = b;
        for (int t = depth - 1; t >= 0; t--) {
            out[t] = itemAt[t * width + e];
            e = parentAt[t * width + e];
        }
    }

    private boolean idBefore(int a, int b) {
        return a != b && items[a].track().value().compareTo(items[b].track().value()) < 0;
    }

    /** Writes the best order with each position's gain and cumulative score, computed as the general search does. */
    private void replay(DecodedSequence out) {
        out.reset(length);
        Arrays.fill(replayCounts, 0, objectives, 0);
        double total = 0.0;
        for (int t = 0; t < length; t++) {
            int i = order[t];
            double gain;
            long m = mask[i];
            if (dense) {
                // the same sum as below, from the table of every mask's gain at these counts
                nextTerms(replayCounts, 0);
                gain = gains[(int) m];
            } else {
                gain = 0.0;
                while (m != 0) {
                    int o = Long.numberOfTrailingZeros(m);
                    gain += table[o][replayCounts[o]];
                    m &= m - 1;
                }
            }
            total += gamma[t] * (rel[i] + gain);
            out.add(items[i], gain, total);
            m = mask[i];
            for (int o = 0; o < objectives; o++) {
                replayCounts[o] += (int) ((m >>> o) & 1L);
            }
        }
    }

    /** Per (λ, w, φ): the terms λ·w·(φ(c+1) − φ(c)) for c = 0, 1, …, grown on demand; a bounded round-robin cache. */
    private static final class Tables {
        private static final int SIZE = 32;
        private final long[] lambdaBits = new long[SIZE];
        private final long[] weightBits = new long[SIZE];
        private final Concave[] phis = new Concave[SIZE];
        private final double[][] terms = new double[SIZE][];
        private int filled;
        private int nextVictim;

        double[] get(double lambda, double w, Concave phi, int counts) {
            long lb = Double.doubleToRawLongBits(lambda);
            long wb = Double.doubleToRawLongBits(w);
            for (int e = 0; e < filled; e++) {
                if (lambdaBits[e] == lb && weightBits[e] == wb && phis[e].equals(phi)) {
                    if (terms[e].length < counts) {
                        terms[e] = grow(terms[e], lambda, w, phi, counts);
                    }
                    return terms[e];
                }
            }
            int e;
            if (filled < SIZE) {
                e = filled++;
            } else {
                e = nextVictim;
                nextVictim = (nextVictim + 1) % SIZE;
            }
            lambdaBits[e] = lb;
            weightBits[e] = wb;
            phis[e] = phi;
            terms[e] = grow(new double[0], lambda, w, phi, Math.max(counts, 64));
            return terms[e];
        }

        private static double[] grow(double[] old, double lambda, double w, Concave phi, int counts) {
            double[] t = Arrays.copyOf(old, Math.max(counts, 2 * old.length));
            for (int c = old.length; c < t.length; c++) {
                t[c] = ConcaveCoverage.delta(lambda, w, phi, c);
            }
            return t;
        }
    }

    /**
     * The positions first ≤ i ≤ last of word {@code w} (positions 64·w … 64·w + 63) whose bit in {@code used} is
     * clear: an ε band's free candidates in that word.
     */
    private static long freeInBand(long used, int w, int first, int last) {
        long free = ~used;
        if (w == first >>> 6) {
            free &= -1L << first;
        }
        if (w == last >>> 6) {
            free &= -1L >>> (63 - (last & 63));
        }
        return free;
    }
}
