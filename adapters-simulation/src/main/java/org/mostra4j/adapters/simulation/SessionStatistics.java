package org.mostra4j.adapters.simulation;

/** Accumulates the calibration figures over generated sessions, one session at a time. */
final class SessionStatistics {
    private long sessions;
    private long candidates;
    private long completions;
    private double trueCompletion;
    private long discoveries;
    private long exposures;
    private long boosts;
    private final Correlation exposure = new Correlation();
    private final Correlation boost = new Correlation();
    private final Correlation discovery = new Correlation();

    void add(SessionDraft d) {
        int done = d.count(d.sat);
        int disc = d.count(d.discovery);
        int exp = d.count(d.exposure);
        int bst = d.count(d.boost);
        double n = d.size;
        double sat = done / n;
        sessions++;
        candidates += d.size;
        completions += done;
        discoveries += disc;
        exposures += exp;
        boosts += bst;
        for (int i = 0; i < d.size; i++) {
            trueCompletion += d.probability[i];
        }
        exposure.add(exp / n, sat);
        boost.add(bst / n, sat);
        discovery.add(disc / n, sat);
    }

    long sessions() {
        return sessions;
    }

    long candidates() {
        return candidates;
    }

    SimulationSummary summary(World w, long historyRows) {
        Catalogue c = w.catalogue;
        long boosted = 0;
        for (boolean b : c.boosted) {
            if (b) {
                boosted++;
            }
        }
        double perCandidate = candidates == 0 ? 0 : 1.0 / candidates;
        return new SimulationSummary(w.listeners.size(), c.artists(), c.tracks(), sessions, candidates, historyRows,
                c.emergingArtists.length, boosted, completions * perCandidate, trueCompletion * perCandidate,
                exposure.value(), boost.value(), discovery.value(), discoveries * perCandidate,
                exposures * perCandidate, boosts * perCandidate, w.emergingAppeal);
    }
}
