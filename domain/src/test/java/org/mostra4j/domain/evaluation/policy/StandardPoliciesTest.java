package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.Sessions;
import org.mostra4j.domain.search.SequencingPolicy;

class StandardPoliciesTest {
    @Test
    void referenceFirstEveryLabelDistinctEverySweepPresent() {
        List<RankingPolicy> all = StandardPolicies.of(SequencingPolicy.defaults(), List.of(0.0, 0.05),
                List.of(0.07), Sessions.OBJECTIVES, 1);
        assertEquals(SatOnly.LABEL, all.get(0).label());
        Set<String> labels = new HashSet<>();
        all.forEach(p -> assertTrue(labels.add(p.label().display()), p.label().display()));
        Set<String> methods = new HashSet<>();
        all.forEach(p -> methods.add(p.label().method()));
        assertEquals(Set.of("sat-only", "logged", "random", "mostra-eps", "mostra-lambda", "linear", "quota", "xquad",
                "greedy-b1", "linear-g", "no-eps"), methods);
        assertEquals(3 + 2 + 1 + 1 + 5 + 6 + 2 + 2 + 1, all.size());
    }

    @Test
    void linearGAblationOrdersDifferentlyFromConcaveWhenCountsGrow() {
        // the linear-g policy keeps the same order as Mostra on the worked example at ε = 0 (pure SAT order)
        List<RankingPolicy> all = StandardPolicies.of(SequencingPolicy.defaults(), List.of(0.0), List.of(),
                Sessions.OBJECTIVES, 1);
        RankingPolicy linearG = all.stream().filter(p -> p.label().method().equals("linear-g")).findFirst().orElseThrow();
        assertEquals(List.of("t1", "t2", "t4", "t3"), PolicyOrders.tracks(linearG, Sessions.workedExample()));
    }
}
