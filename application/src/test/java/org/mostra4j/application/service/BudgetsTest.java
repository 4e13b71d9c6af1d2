package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.domain.evaluation.Estimate;

/** Budget rows: the point is chosen on validation and reported on test; the hypervolume is worked out by hand. */
class BudgetsTest {
    private static Figures figures(double loss, double gain) {
        return new Figures(new Estimate(loss, loss, loss), Map.of("exposure", new Estimate(gain, gain - 1, gain + 1)),
                Optional.empty());
    }

    private static TradeOffPoint point(String name, double valLoss, double valGain, double testLoss, double testGain) {
        return new TradeOffPoint("m", Map.of("k", (double) name.hashCode()), Map.of("name", name),
                figures(valLoss, valGain), Optional.of(figures(testLoss, testGain)));
    }

    @Test
    void theBestPointIsChosenOnValidationAndReportedOnTest() {
        // a: within budget on validation, gain 10 (test 8); b: gain 20 on validation but loss 1.5 > budget 1;
        // c: within budget, validation gain 5 but test gain 30 -- choosing on test would pick c
        TradeOffPoint a = point("a", 0.5, 10, 0.6, 8);
        TradeOffPoint b = point("b", 1.5, 20, 0.9, 25);
        TradeOffPoint c = point("c", 0.2, 5, 0.2, 30);
        List<FrontierUseCase.Budget> rows = Budgets.of(List.of(new FrontierUseCase.MethodFrontier("m", 3, 3,
                List.of(a, b, c))), List.of("exposure"), List.of(1.0));
        FrontierUseCase.Best best = rows.get(0).best().get("exposure");
        assertEquals("a", best.point().policy().get("name"));
        assertEquals(8.0, best.gain().value());
        // hypervolume over a and c (b is out on validation) in (1 - test loss, test gain): boxes 0.4 x 8 and
        // 0.8 x 30; c dominates a, so 24
        assertEquals(0.8 * 30, rows.get(0).hypervolume(), 1e-12);
    }

    @Test
    void aBudgetNoPointFitsHasNoBestAndNoVolume() {
        List<FrontierUseCase.Budget> rows = Budgets.of(List.of(new FrontierUseCase.MethodFrontier("m", 1, 1,
                List.of(point("a", 0.5, 10, 0.6, 8)))), List.of("exposure"), List.of(0.1));
        assertFalse(rows.get(0).best().containsKey("exposure"));
        assertEquals(0.0, rows.get(0).hypervolume());
    }
}
