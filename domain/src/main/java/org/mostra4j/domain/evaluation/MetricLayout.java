package org.mostra4j.domain.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * The metrics computed for every (policy, session), in a fixed order: satisfaction three ways
 * (predicted, logged, true), coverage, then count and share per evaluated objective.
 */
public final class MetricLayout {
    public static final int SAT_PREDICTED = 0;
    public static final int NDCG_PREDICTED = 1;
    public static final int SAT_LOGGED = 2;
    public static final int NDCG_LOGGED = 3;
    public static final int SAT_TRUE = 4;
    public static final int NDCG_TRUE = 5;
    public static final int COVERAGE = 6;
    private static final int FIXED = 7;

    private final List<ObjectiveId> objectives;
    private final List<Metric> metrics;

    private MetricLayout(List<ObjectiveId> objectives, List<Metric> metrics) {
        this.objectives = objectives;
        this.metrics = metrics;
    }

    public static MetricLayout of(List<ObjectiveId> objectives, int k) {
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("sat_predicted", "SAT@" + k + " pred", "sum of the encoder's predicted SAT over the top "
                + k + " (expected satisfied tracks, as the model believes)"));
        m.add(new Metric("ndcg_predicted", "NDCG@" + k + " pred", "DCG@" + k
                + " of predicted SAT over the DCG of the candidates sorted by predicted SAT"));
        m.add(new Metric("sat_logged", "SAT@" + k + " logged", "sum of logged SAT labels over the top " + k
                + ", assuming a track's label does not depend on its position or neighbours"));
        m.add(new Metric("ndcg_logged", "NDCG@" + k + " logged", "DCG@" + k
                + " of logged labels over the DCG of all positive labels first (same assumption)"));
        m.add(new Metric("sat_true", "SAT@" + k + " true", "sum of the simulator's true expected completion over the"
                + " top " + k + " when exactly this order is served (set- and position-aware)"));
        m.add(new Metric("ndcg_true", "NDCG@" + k + " true", "DCG@" + k
                + " of true completions over the DCG of the same completions sorted descending"));
        m.add(new Metric("coverage", "coverage@" + k, "share of the objectives available in the session (served by"
                + " some candidate) that the top " + k + " serves at least once"));
        for (ObjectiveId o : objectives) {
            m.add(new Metric("count_" + o.value(), o.value() + "@" + k, "tracks serving " + o.value() + " in the top " + k));
            m.add(new Metric("share_" + o.value(), o.value() + " share@" + k, "share of the top " + k
                    + " (or of the whole list when shorter) serving " + o.value()));
        }
        return new MetricLayout(List.copyOf(objectives), List.copyOf(m));
    }

    /** Key of the optional diversity metric ({@link #withGs}). */
    public static final String GS = "gs";

    /**
     * This layout with the {@value #GS} metric appended (after every other metric, so the fixed indices
     * and the objective indices keep their meaning): the Generalist–Specialist score of the top k.
     */
    public MetricLayout withGs(int k) {
        if (indexOf(GS).isPresent()) {
            return this;
        }
        List<Metric> m = new ArrayList<>(metrics);
        m.add(new Metric(GS, "GS@" + k, "Generalist-Specialist score of the top " + k + " in the track-embedding"
                + " space (weight 1 per position): lower = more diverse, higher = more alike; sessions whose top "
                + k + " has fewer than 2 tracks with an embedding have no score and are left out"));
        return new MetricLayout(objectives, List.copyOf(m));
    }

    public List<ObjectiveId> objectives() {
        return objectives;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public int size() {
        return metrics.size();
    }

    public static int count(int objective) {
        return FIXED + 2 * objective;
    }

    public static int share(int objective) {
        return FIXED + 2 * objective + 1;
    }

    public Optional<Integer> indexOf(String key) {
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
