package org.mostra4j.adapters.simulation;

/** Configurations of test worlds: small enough to run in well under a second each. */
final class SmallWorlds {
    private SmallWorlds() {
    }

    static SimulationConfig tiny(long seed, long sessions) {
        SimulationConfig d = SimulationConfig.defaults();
        return d.withSeed(seed)
                .withSizes(new SimulationConfig.Sizes(300, 120, 2_000, sessions, 8, 4))
                .withModel(pilot(d.model(), 3_000));
    }

    static SimulationConfig mid(long seed, long sessions) {
        SimulationConfig d = SimulationConfig.defaults();
        return d.withSeed(seed).withSizes(new SimulationConfig.Sizes(3_000, 800, 16_000, sessions, 8, 8));
    }

    static SimulationConfig.TrueModel pilot(SimulationConfig.TrueModel m, int pilots) {
        return new SimulationConfig.TrueModel(m.intercept(), m.affinity(), m.artistFamiliarity(),
                m.trackFamiliarity(), m.popularity(), m.discoveryShare(), m.unfamiliarRun(), m.runCap(),
                m.positionFatigue(), m.userBiasSd(), m.calibrateEmergingAppeal(), m.emergingAppeal(), pilots);
    }
}
