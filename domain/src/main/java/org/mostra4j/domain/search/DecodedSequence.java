package org.mostra4j.domain.search;

import java.util.Arrays;
import java.util.Objects;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/**
 * A caller-owned, reusable result of {@link BeamSearch#searchInto}: the placed candidates with each position's gain
 * and cumulative score, the same numbers as the {@link Placement}s of {@link BeamSearch#search}. It exists so that a
 * hot path (the service, a benchmark) can decode session after session without building 20–50 placement records per
 * session; it is mutable and not thread-safe, and every search overwrites it. It keeps references to the last
 * session's candidates until the next search or {@link #clear}.
 */
public final class DecodedSequence {
    private LabelledCandidate[] placed = new LabelledCandidate[0];
    private double[] gain = new double[0];
    private double[] score = new double[0];
    private int length;

    /** How many positions the last search placed. */
    public int length() {
        return length;
    }

    /** The candidate at 0-based {@code index} (position index + 1). */
    public LabelledCandidate candidate(int index) {
        return placed[Objects.checkIndex(index, length)];
    }

    public TrackId track(int index) {
        return candidate(index).track();
    }

    /** Δg of the candidate at {@code index} given those before it (undiscounted). */
    public double gain(int index) {
        return gain[Objects.checkIndex(index, length)];
    }

    /** The cumulative discounted score up to and including {@code index}. */
    public double score(int index) {
        return score[Objects.checkIndex(index, length)];
    }

    /** The final cumulative score (0 for an empty sequence), like {@link Sequence#score()}. */
    public double score() {
        return length == 0 ? 0.0 : score[length - 1];
    }

    /** The same result as an immutable {@link Sequence} (this allocates the placements). */
    public Sequence toSequence(SessionId session) {
        Placement[] out = new Placement[length];
        for (int t = 0; t < length; t++) {
            LabelledCandidate c = placed[t];
            out[t] = new Placement(t + 1, c.track(), c.relevance().value(), gain[t], c.objectives(), score[t]);
        }
        return new Sequence(session, Arrays.asList(out));
    }

    /** Drops the references to the last session's candidates. */
    public void clear() {
        Arrays.fill(placed, 0, length, null);
        length = 0;
    }

    /** Makes room for {@code n} positions and empties the result. */
    void reset(int n) {
        clear();
        if (placed.length < n) {
            placed = new LabelledCandidate[n];
            gain = new double[n];
            score = new double[n];
        }
    }

    /** Appends the next position. */
    void add(LabelledCandidate candidate, double gainHere, double scoreSoFar) {
        placed[length] = candidate;
        gain[length] = gainHere;
        score[length] = scoreSoFar;
        length++;
    }
}
