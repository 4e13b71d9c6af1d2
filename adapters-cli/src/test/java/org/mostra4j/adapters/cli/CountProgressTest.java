package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Progress;

/** Plain progress lines: one per tenth of a known total; sparse lines and a final count otherwise. */
class CountProgressTest {
    private static List<String> lines(List<Progress> steps) {
        StringWriter out = new StringWriter();
        try (CountProgress p = CountProgress.plain("evaluate", 0, "sessions", new PrintWriter(out, true))) {
            steps.forEach(s -> p.update(s.done(), s.target()));
        }
        return out.toString().lines().toList();
    }

    @Test
    void knownTotalPrintsEachTenthAndTheEnd() {
        assertEquals(List.of("evaluate: 5/100 sessions (5%)", "evaluate: 50/100 sessions (50%)",
                "evaluate: 100/100 sessions (100%)"),
                lines(List.of(new Progress(5, 100), new Progress(8, 100), new Progress(50, 100), new Progress(100, 100))));
    }

    @Test
    void unknownTotalPrintsSparselyThenTheFinalCount() {
        assertEquals(List.of("evaluate: 256 sessions", "evaluate: 10512 sessions", "evaluate: 10768 sessions", "evaluate: done"),
                lines(List.of(new Progress(256, 0), new Progress(512, 0), new Progress(10_512, 0), new Progress(10_768, 0))));
    }
}
