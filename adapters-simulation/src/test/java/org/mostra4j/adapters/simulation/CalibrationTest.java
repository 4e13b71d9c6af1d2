package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The calibration targets of the spec (issue 4) hold on a mid-sized world with the default model. */
class CalibrationTest {
    private static final SimulationSummary SUMMARY = Simulator.summarize(World.generate(SmallWorlds.mid(11, 30_000)));

    @Test
    void completionRateIsBetween40And55Percent() {
        assertTrue(SUMMARY.completionWithinTarget(), () -> "completion rate " + SUMMARY.completionRate());
    }

    @Test
    void exposureShareIsUncorrelatedWithSessionSat() {
        assertTrue(SUMMARY.exposureWithinTarget(), () -> "r(Exposure, SAT) = " + SUMMARY.exposureCorrelation());
    }

    @Test
    void boostShareIsUncorrelatedWithSessionSat() {
        assertTrue(SUMMARY.boostWithinTarget(), () -> "r(Boost, SAT) = " + SUMMARY.boostCorrelation());
    }

    @Test
    void discoveryShareLowersSessionSat() {
        assertTrue(SUMMARY.discoveryWithinTarget(), () -> "r(Discovery, SAT) = " + SUMMARY.discoveryCorrelation());
    }

    @Test
    void everyObjectiveActuallyOccurs() {
        // a world without Exposure or Boost candidates would pass the correlation targets vacuously
        assertTrue(SUMMARY.exposureShare() > 0.05, () -> "Exposure share " + SUMMARY.exposureShare());
        assertTrue(SUMMARY.boostShare() > 0.02, () -> "Boost share " + SUMMARY.boostShare());
        assertTrue(SUMMARY.discoveryShare() > 0.2 && SUMMARY.discoveryShare() < 0.8,
                () -> "Discovery share " + SUMMARY.discoveryShare());
    }

    @Test
    void switchingTheCalibrationOffBreaksTheExposureTarget() {
        // the canary: with a strongly negative emerging appeal, Exposure-heavy sets do worse
        SimulationConfig c = SmallWorlds.mid(11, 20_000);
        SimulationConfig.TrueModel m = c.model();
        SimulationConfig broken = c.withModel(new SimulationConfig.TrueModel(m.intercept(), m.affinity(),
                m.artistFamiliarity(), m.trackFamiliarity(), m.popularity(), m.discoveryShare(), m.unfamiliarRun(),
                m.runCap(), m.positionFatigue(), m.userBiasSd(), false, -1.5, m.pilotSessions()));
        SimulationSummary s = Simulator.summarize(World.generate(broken));
        assertTrue(s.exposureCorrelation() < -0.05, () -> "r(Exposure, SAT) = " + s.exposureCorrelation());
    }
}
