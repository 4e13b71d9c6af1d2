package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimulationConfigYamlTest {
    @Test
    void aPartialFileOverridesOnlyWhatItGives() {
        SimulationConfig c = SimulationConfigYaml.parse("""
                seed: 5
                sizes:
                  users: 77
                calendar:
                  session_start: 2024-03-01
                model:
                  discovery_share: 0.9
                """, "test.yaml").get();
        SimulationConfig d = SimulationConfig.defaults();
        assertEquals(5, c.seed());
        assertEquals(77, c.sizes().users());
        assertEquals(d.sizes().tracks(), c.sizes().tracks());
        assertEquals(LocalDate.of(2024, 3, 1), c.calendar().sessionStart());
        assertEquals(0.9, c.model().discoveryShare());
        assertEquals(d.model().affinity(), c.model().affinity());
        assertEquals(d.retrieval(), c.retrieval());
    }

    @Test
    void writingThenReadingGivesTheSameConfiguration() {
        SimulationConfig c = SimulationConfig.defaults().withSeed(99);
        assertEquals(c, SimulationConfigYaml.parse(SimulationConfigYaml.write(c), "round-trip").get());
    }

    @Test
    void anEmptyFileIsTheDefaults() {
        assertEquals(SimulationConfig.defaults(), SimulationConfigYaml.parse("", "empty.yaml").get());
    }

    @Test
    void unknownKeysAreReportedByName() {
        String error = SimulationConfigYaml.parse("sizes:\n  userz: 3\n", "bad.yaml").getLeft();
        assertTrue(error.startsWith("bad.yaml") && error.contains("userz"), error);
    }

    @Test
    void outOfRangeValuesAreReportedByField() {
        String error = SimulationConfigYaml.parse("retrieval:\n  similar_share: 1.5\n", "bad.yaml").getLeft();
        assertTrue(error.contains("retrieval.similar_share") && error.contains("1.5"), error);
        String tracks = SimulationConfigYaml.parse("sizes:\n  tracks: 10\n", "bad.yaml").getLeft();
        assertTrue(tracks.contains("sizes.tracks"), tracks);
    }

    @Test
    void wrongTypesAreReported() {
        String error = SimulationConfigYaml.parse("sizes:\n  users: many\n", "bad.yaml").getLeft();
        assertTrue(error.startsWith("bad.yaml"), error);
    }
}
