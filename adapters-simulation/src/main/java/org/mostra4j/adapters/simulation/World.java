package org.mostra4j.adapters.simulation;

import java.util.Objects;

/**
 * A whole synthetic world, regenerated from its configuration alone: catalogue, users with histories,
 * and the resolved true model. Sessions are not held: session k is regenerated on demand from
 * (seed, k), which is how the generator streams a million sessions and how the oracle answers for any of
 * them.
 */
public final class World {
    final SimulationConfig config;
    final Catalogue catalogue;
    final Listeners listeners;
    final double emergingAppeal;
    final int firstDay;
    final WorldIds ids;

    private World(SimulationConfig config, Catalogue catalogue, Listeners listeners, double emergingAppeal) {
        this.config = config;
        this.catalogue = catalogue;
        this.listeners = listeners;
        this.emergingAppeal = emergingAppeal;
        this.firstDay = (int) config.calendar().sessionStart().toEpochDay();
        this.ids = new WorldIds(config.sizes());
    }

    /** Generates the world of {@code config} (deterministic in its seed). */
    public static World generate(SimulationConfig config) {
        Objects.requireNonNull(config, "config");
        Catalogue catalogue = CatalogueGenerator.generate(config);
        Listeners listeners = Listeners.generate(config, catalogue);
        World provisional = new World(config, catalogue, listeners, config.model().emergingAppeal());
        if (!config.model().calibrateEmergingAppeal()) {
            return provisional;
        }
        return new World(config, catalogue, listeners, EmergingAppealPilot.calibrate(provisional));
    }

    public SimulationConfig config() {
        return config;
    }

    /** The logit bonus of emerging artists' tracks in the true model (calibrated or as configured). */
    public double emergingAppeal() {
        return emergingAppeal;
    }

    public long sessions() {
        return config.sizes().sessions();
    }

    /** A user's taste breadth in [0,1]: 0 = pure specialist, 1 = pure generalist. */
    public double breadth(int user) {
        return listeners.breadth[user];
    }

    /** Distinct artists in a user's written history. */
    public int historyArtists(int user) {
        return listeners.heardArtists[user].length;
    }
}
