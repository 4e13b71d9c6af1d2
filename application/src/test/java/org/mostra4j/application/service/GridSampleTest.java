package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.TradeOffMethod;
import org.mostra4j.application.port.in.TradeOffMethods;
import org.mostra4j.domain.catalog.ObjectiveId;

/** The grid of a method: mixed-radix enumeration, and seeded samples without repeats. */
class GridSampleTest {
    private static final List<ObjectiveId> OBJECTIVES = List.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY,
            ObjectiveId.EXPOSURE);

    @Test
    void theGridEnumeratesEveryCombinationLastKnobFastest() {
        TradeOffMethod mostra = TradeOffMethods.mostra(OBJECTIVES, 10);
        assertEquals(6L * 6 * 4 * 3 * 3 * 3, mostra.gridSize());
        Map<String, Double> first = mostra.gridPoint(0);
        Map<String, Double> second = mostra.gridPoint(1);
        assertEquals(0.02, first.get("epsilon"));
        assertEquals(0.5, first.get("weight.exposure"));
        assertEquals(1.0, second.get("weight.exposure"), "the last knob varies fastest");
        assertEquals(1.0, mostra.gridPoint(mostra.gridSize() - 1).get("epsilon"));
        assertEquals(mostra.gridSize(), new HashSet<>(GridSample.of(mostra, Integer.MAX_VALUE, 1)).size());
    }

    @Test
    void aSampleHasNoRepeatsAndDependsOnTheSeed() {
        TradeOffMethod mostra = TradeOffMethods.mostra(OBJECTIVES, 10);
        List<Map<String, Double>> a = GridSample.of(mostra, 120, 42);
        assertEquals(120, new HashSet<>(a).size());
        assertEquals(a, GridSample.of(mostra, 120, 42));
        assertNotEquals(a, GridSample.of(mostra, 120, 43));
        assertEquals(9, GridSample.of(TradeOffMethods.xquad(), 120, 42).size(), "a small grid is taken whole");
    }
}
