package org.mostra4j.application.service;

import java.util.List;

/** The assumptions every evaluation report states. */
final class EvaluationNotes {
    static final List<String> ASSUMPTIONS = List.of(
            "Predicted SAT: the encoder scores the logged candidate set once; the set is the same under every"
                    + " re-ordering and the encoder has no positional input, so a track's prediction does not"
                    + " change with the order served.",
            "Logged SAT (position-independence assumption): a track's logged label is taken as its outcome at"
                    + " any position and next to any neighbours. This ignores position bias and the set effects"
                    + " (e.g. many Discovery tracks lowering satisfaction), so it is optimistic for policies that"
                    + " move tracks far from their logged position. Only sessions where every candidate has a label"
                    + " count.",
            "True SAT: the simulator's expected completion when exactly the re-ordered list is served (set- and"
                    + " position-aware); trust it over the other two when present.",
            "Every metric is a mean over sessions of a per-session value over the top k positions (the whole list"
                    + " when shorter). % change = 100 x (policy mean / SAT-only mean - 1); SAT-only is Mostra at"
                    + " epsilon = 0.");

    private EvaluationNotes() {
    }
}
