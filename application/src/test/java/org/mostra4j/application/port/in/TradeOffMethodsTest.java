package org.mostra4j.application.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.policy.MostraBeam;
import org.mostra4j.domain.evaluation.policy.MostraSeq;
import org.mostra4j.domain.search.PrefixRelevance;

/** mostra-seq joins the frontier and tune only with a sequence head, with Mostra's knobs, and says so in its policy. */
class TradeOffMethodsTest {
    static final List<ObjectiveId> OBJECTIVES = List.of(ObjectiveId.EXPOSURE, ObjectiveId.BOOST);
    static final Map<String, Double> SETTING = Map.of("epsilon", 0.05, "lambda", 0.1, "phi", 0.0,
            "weight.exposure", 1.0, "weight.boost", 2.0);

    @Test
    void withoutAHeadTheStandardMethodsOnly() {
        List<String> names = TradeOffMethods.available(OBJECTIVES, 10, Optional.empty()).stream()
                .map(TradeOffMethod::name).toList();
        assertEquals(List.of("mostra", "linear", "xquad", "quota"), names);
        assertTrue(TradeOffMethods.names().containsAll(names));
    }

    @Test
    void withAHeadMostraSeqHasMostrasKnobsAndASequenceAwarePolicy() {
        List<TradeOffMethod> all = TradeOffMethods.available(OBJECTIVES, 10, Optional.of(PrefixRelevance.NONE));
        TradeOffMethod mostra = TradeOffMethods.named(all, "mostra").orElseThrow();
        TradeOffMethod seq = TradeOffMethods.named(all, TradeOffMethods.MOSTRA_SEQ).orElseThrow();
        assertEquals(mostra.knobs(), seq.knobs());
        assertInstanceOf(MostraSeq.class, seq.policy().apply(SETTING));
        assertInstanceOf(MostraBeam.class, mostra.policy().apply(SETTING));
        Map<String, Object> object = seq.object().apply(SETTING);
        assertEquals(true, object.get("sequenceAware"));
        // otherwise the very policy object Mostra's setting gives
        Map<String, Object> plain = new java.util.LinkedHashMap<>(object);
        plain.remove("sequenceAware");
        assertEquals(mostra.object().apply(SETTING), plain);
    }
}
