package org.mostra4j.domain.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.SessionId;

/**
 * A held-out session as policies and metrics see it: the candidates in logged order (index 0 = logged
 * position 1), their predicted satisfaction, objective bits over the evaluated objectives and logged
 * labels. Immutable; the arrays are private copies read through accessors.
 */
public final class EvaluationSession {
    private final SessionId id;
    private final List<ObjectiveId> objectives;
    private final List<EvaluationCandidate> candidates;
    private final double[] relevance;
    private final long[] masks;
    private final boolean fullyLabelled;
    private final List<LabelledCandidate> labelled;
    private final double[] descending;
    private final java.util.Map<TrackId, Integer> index;

    private EvaluationSession(SessionId id, List<ObjectiveId> objectives, List<EvaluationCandidate> candidates) {
        this.id = id;
        this.objectives = objectives;
        this.candidates = candidates;
        int n = candidates.size();
        this.relevance = new double[n];
        this.masks = new long[n];
        boolean labelledAll = true;
        List<LabelledCandidate> lc = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EvaluationCandidate c = candidates.get(i);
            relevance[i] = c.relevance().value();
            for (int k = 0; k < objectives.size(); k++) {
                if (c.objectives().contains(objectives.get(k))) {
                    masks[i] |= 1L << k;
                }
            }
            labelledAll &= c.loggedSat().isPresent();
            lc.add(new LabelledCandidate(c.track(), c.relevance(), c.objectives()));
        }
        this.fullyLabelled = labelledAll && n > 0;
        this.labelled = List.copyOf(lc);
        this.index = new java.util.HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(candidates.get(i).track(), i);
        }
        this.descending = relevance.clone();
        Arrays.sort(descending);
        RankMetrics.reverse(descending);
    }

    /**
     * @param objectives the evaluated objectives (at most 64, distinct); labels outside it are ignored by
     *                   the objective metrics
     * @param candidates in logged order; track ids distinct
     */
    public static EvaluationSession of(SessionId id, List<ObjectiveId> objectives, List<EvaluationCandidate> candidates) {
        Objects.requireNonNull(id, "id");
        List<ObjectiveId> objs = List.copyOf(objectives);
        if (objs.size() > 64 || new HashSet<>(objs).size() != objs.size()) {
            throw new IllegalArgumentException("objectives must be distinct and at most 64, were " + objs);
        }
        List<EvaluationCandidate> cs = List.copyOf(candidates);
        Set<TrackId> seen = new HashSet<>();
        for (EvaluationCandidate c : cs) {
            if (!seen.add(c.track())) {
                throw new IllegalArgumentException("session " + id + ": duplicate candidate " + c.track());
            }
        }
        return new EvaluationSession(id, objs, cs);
    }

    public SessionId id() {
        return id;
    }

    public int size() {
        return relevance.length;
    }

    public List<ObjectiveId> objectives() {
        return objectives;
    }

    public List<EvaluationCandidate> candidates() {
        return candidates;
    }

    /** The candidates as the decoder takes them (logged order). */
    public List<LabelledCandidate> labelled() {
        return labelled;
    }

    public TrackId track(int i) {
        return candidates.get(i).track();
    }

    public double relevance(int i) {
        return relevance[i];
    }

    /** Whether candidate i serves evaluated objective k (index into {@link #objectives()}). */
    public boolean serves(int i, int k) {
        return (masks[i] & (1L << k)) != 0;
    }

    /** Bit k set when candidate i serves evaluated objective k. */
    public long mask(int i) {
        return masks[i];
    }

    /** Whether every candidate has a logged SAT label (logged metrics need all of them). */
    public boolean fullyLabelled() {
        return fullyLabelled;
    }

    /** The logged label of candidate i, 1 or 0; only meaningful when {@link #fullyLabelled()}. */
    public double loggedGain(int i) {
        return candidates.get(i).loggedSat().orElse(false) ? 1.0 : 0.0;
    }

    public Optional<Boolean> loggedSat(int i) {
        return candidates.get(i).loggedSat();
    }

    /** The relevances, sorted descending (the ideal predicted DCG); callers must not modify it. */
    double[] relevanceDescending() {
        return descending;
    }

    /** The index of a candidate track, or -1 when it is not a candidate. */
    public int indexOf(TrackId track) {
        return index.getOrDefault(track, -1);
    }

    /** The track ids in the given order of candidate indices. */
    public List<TrackId> tracks(int[] order) {
        List<TrackId> out = new ArrayList<>(order.length);
        for (int i : order) {
            out.add(track(i));
        }
        return out;
    }
}
