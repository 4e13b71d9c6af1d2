package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistoryBreadthTest {
    // histories do not depend on the model, so a short pilot is enough here
    private static final World WORLD = World.generate(SmallWorlds.mid(5, 1)
            .withModel(SmallWorlds.pilot(SimulationConfig.defaults().model(), 500)));

    @Test
    void generalistsHistoriesSpanMoreArtistsThanSpecialists() {
        World w = WORLD;
        double specialists = 0;
        double generalists = 0;
        int ns = 0;
        int ng = 0;
        for (int u = 0; u < w.listeners.size(); u++) {
            // per history entry, so that history length (drawn independently of breadth) does not matter
            double perEntry = w.historyArtists(u) / (double) w.listeners.historyTrack[u].length;
            if (w.breadth(u) < 0.2) {
                specialists += perEntry;
                ns++;
            } else if (w.breadth(u) > 0.8) {
                generalists += perEntry;
                ng++;
            }
        }
        double s = specialists / ns;
        double g = generalists / ng;
        assertTrue(ns > 100 && ng > 100, "both groups are populated");
        assertTrue(g > 1.5 * s, () -> "distinct artists per history entry: generalists " + g + ", specialists " + s);
    }

    @Test
    void aSpecialistsArtistsSitCloserToTheirTasteThanAGeneralists() {
        World w = WORLD;
        Listeners l = w.listeners;
        double s = 0;
        double g = 0;
        int ns = 0;
        int ng = 0;
        for (int u = 0; u < l.size(); u++) {
            double mean = 0;
            for (int a : l.heardArtists[u]) {
                mean += w.catalogue.artistCosine(l.taste, u * l.dim, l.tasteInvNorm[u], a);
            }
            mean /= l.heardArtists[u].length;
            if (w.breadth(u) < 0.2) {
                s += mean;
                ns++;
            } else if (w.breadth(u) > 0.8) {
                g += mean;
                ng++;
            }
        }
        double sm = s / ns;
        double gm = g / ng;
        assertTrue(sm > gm + 0.1, () -> "mean cosine to taste: specialists " + sm + ", generalists " + gm);
    }
}
