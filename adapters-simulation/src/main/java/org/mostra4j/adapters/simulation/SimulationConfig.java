package org.mostra4j.adapters.simulation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything that, together with the seed, determines a synthetic world byte for byte. Every field has a
 * documented default ({@link #defaults()}, docs/simulator.md); a YAML file overrides any subset.
 */
public record SimulationConfig(long seed, Sizes sizes, Calendar calendar, CatalogueShape catalogue,
        HistoryShape history, RetrievalShape retrieval, TrueModel model) {

    public SimulationConfig {
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(retrieval, "retrieval");
        Objects.requireNonNull(model, "model");
        if (sizes.tracks() < sizes.artists()) {
            throw new IllegalArgumentException("sizes.tracks (" + sizes.tracks() + ") must be >= sizes.artists ("
                    + sizes.artists() + "): every artist has at least one track");
        }
        if (sizes.tracks() < retrieval.maxCandidates()) {
            throw new IllegalArgumentException("sizes.tracks (" + sizes.tracks()
                    + ") must be >= retrieval.max_candidates (" + retrieval.maxCandidates()
                    + "): a session never repeats a track");
        }
    }

    public static SimulationConfig defaults() {
        return new SimulationConfig(42L, new Sizes(10_000, 2_000, 50_000, 100_000, 8, 8),
                new Calendar(LocalDate.of(2025, 1, 1), 90, 365),
                new CatalogueShape(1.0, 0.35, 0.08, 0.10, 0.10, 0.20, 0.30, 0.20),
                new HistoryShape(40, 160, 10.0, 1.0, 0.85, 0.25, 0.08, 3.0, 24),
                new RetrievalShape(10, 50, 2.0, 2.0, 0.5, 2.0, 14.0, 6.0, 16),
                new TrueModel(-0.05, 1.5, 0.3, 0.3, 1.0, 0.5, 0.25, 4, 0.08, 0.6, true, 0.0, 20_000));
    }

    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(newSeed, sizes, calendar, catalogue, history, retrieval, model);
    }

    public SimulationConfig withSizes(Sizes newSizes) {
        return new SimulationConfig(seed, newSizes, calendar, catalogue, history, retrieval, model);
    }

    public SimulationConfig withModel(TrueModel newModel) {
        return new SimulationConfig(seed, sizes, calendar, catalogue, history, retrieval, newModel);
    }

    static void positive(String field, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
    }

    static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be finite, was " + value);
        }
    }

    static void nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be finite and >= 0, was " + value);
        }
    }

    static void unit(String field, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException(field + " must be in [0,1], was " + value);
        }
    }

    /** How big the world is; latentDim is the taste space, features the number of content features f_*. */
    public record Sizes(int users, int artists, int tracks, long sessions, int latentDim, int features) {
        public Sizes {
            positive("sizes.users", users);
            positive("sizes.artists", artists);
            positive("sizes.tracks", tracks);
            positive("sizes.sessions", sessions);
            positive("sizes.latent_dim", latentDim);
            if (features < 0) {
                throw new IllegalArgumentException("sizes.features must be >= 0, was " + features);
            }
        }

        public Sizes withUsers(int n) {
            return new Sizes(n, artists, tracks, sessions, latentDim, features);
        }

        public Sizes withArtists(int n) {
            return new Sizes(users, n, tracks, sessions, latentDim, features);
        }

        public Sizes withTracks(int n) {
            return new Sizes(users, artists, n, sessions, latentDim, features);
        }

        public Sizes withSessions(long n) {
            return new Sizes(users, artists, tracks, n, latentDim, features);
        }
    }

    /** Sessions fall on [sessionStart, sessionStart + sessionDays); history on the historyDays before. */
    public record Calendar(LocalDate sessionStart, int sessionDays, int historyDays) {
        public Calendar {
            Objects.requireNonNull(sessionStart, "calendar.session_start");
            positive("calendar.session_days", sessionDays);
            positive("calendar.history_days", historyDays);
        }
    }

    /**
     * Catalogue: Zipf exponent of artist popularity, spread of tracks around their artist, noise of track
     * popularity and content features, share of artists flagged emerging (taken from the less popular
     * half) and of tracks on the boost list, standard deviations of artist and track appeal.
     */
    public record CatalogueShape(double popularityExponent, double trackSpread, double trackPopularityNoise,
            double featureNoise, double emergingShare, double boostShare, double artistAppealSd,
            double trackAppealSd) {
        public CatalogueShape {
            nonNegative("catalogue.popularity_exponent", popularityExponent);
            nonNegative("catalogue.track_spread", trackSpread);
            nonNegative("catalogue.track_popularity_noise", trackPopularityNoise);
            nonNegative("catalogue.feature_noise", featureNoise);
            if (!(emergingShare >= 0 && emergingShare <= 0.5)) {
                throw new IllegalArgumentException("catalogue.emerging_share must be in [0,0.5], was " + emergingShare);
            }
            unit("catalogue.boost_share", boostShare);
            nonNegative("catalogue.artist_appeal_sd", artistAppealSd);
            nonNegative("catalogue.track_appeal_sd", trackAppealSd);
        }
    }

    /**
     * Listening histories: distinct tracks per user in [minTracks, maxTracks]; concentration of the taste
     * kernel for a pure specialist (breadth 0) and a pure generalist (breadth 1); probability of
     * returning to an artist already in the history, idem; share of draws proposed from the emerging list;
     * mean extra plays per track; proposals per kernel draw.
     */
    public record HistoryShape(int minTracks, int maxTracks, double specialistConcentration,
            double generalistConcentration, double specialistRepeat, double generalistRepeat,
            double emergingProposalShare, double meanExtraPlays, int proposals) {
        public HistoryShape {
            positive("history.min_tracks", minTracks);
            if (maxTracks < minTracks || maxTracks > 100_000) {
                throw new IllegalArgumentException("history.max_tracks must be in [min_tracks, 100000], was "
                        + maxTracks);
            }
            nonNegative("history.specialist_concentration", specialistConcentration);
            nonNegative("history.generalist_concentration", generalistConcentration);
            unit("history.specialist_repeat", specialistRepeat);
            unit("history.generalist_repeat", generalistRepeat);
            unit("history.emerging_proposal_share", emergingProposalShare);
            nonNegative("history.mean_extra_plays", meanExtraPlays);
            positive("history.proposals", proposals);
        }
    }

    /**
     * Retrieval of a session's candidates: count in [minCandidates, maxCandidates]; the session's share of
     * familiar slots ~ Beta(familiarAlpha, familiarBeta); of the other slots, similarShare go to unheard
     * artists near the user's taste, the rest to unheard artists drawn by popularity; each slot independently
     * targets an emerging artist with the session's probability ~ Beta(emergingAlpha, emergingBeta);
     * similarConcentration and proposals shape the taste kernel of similar slots.
     */
    public record RetrievalShape(int minCandidates, int maxCandidates, double familiarAlpha, double familiarBeta,
            double similarShare, double emergingAlpha, double emergingBeta, double similarConcentration,
            int proposals) {
        public RetrievalShape {
            positive("retrieval.min_candidates", minCandidates);
            if (maxCandidates < minCandidates || maxCandidates > 1000) {
                throw new IllegalArgumentException("retrieval.max_candidates must be in [min_candidates, 1000], was "
                        + maxCandidates);
            }
            if (!(familiarAlpha > 0) || !(familiarBeta > 0) || !(emergingAlpha > 0) || !(emergingBeta > 0)
                    || !Double.isFinite(familiarAlpha + familiarBeta + emergingAlpha + emergingBeta)) {
                throw new IllegalArgumentException("retrieval Beta parameters must be finite and > 0, were "
                        + familiarAlpha + ", " + familiarBeta + ", " + emergingAlpha + ", " + emergingBeta);
            }
            unit("retrieval.similar_share", similarShare);
            nonNegative("retrieval.similar_concentration", similarConcentration);
            positive("retrieval.proposals", proposals);
        }
    }

    /**
     * The true completion model (docs/simulator.md): logistic in the listed terms. {@code emergingAppeal}
     * is used as given when {@code calibrateEmergingAppeal} is false; otherwise a pilot of
     * {@code pilotSessions} sessions sets it so emerging artists are on average as liked as the others.
     */
    public record TrueModel(double intercept, double affinity, double artistFamiliarity, double trackFamiliarity,
            double popularity, double discoveryShare, double unfamiliarRun, int runCap, double positionFatigue,
            double userBiasSd, boolean calibrateEmergingAppeal, double emergingAppeal, int pilotSessions) {
        public TrueModel {
            finite("model.intercept", intercept);
            finite("model.affinity", affinity);
            finite("model.artist_familiarity", artistFamiliarity);
            finite("model.track_familiarity", trackFamiliarity);
            finite("model.popularity", popularity);
            finite("model.discovery_share", discoveryShare);
            finite("model.unfamiliar_run", unfamiliarRun);
            if (runCap < 0) {
                throw new IllegalArgumentException("model.run_cap must be >= 0, was " + runCap);
            }
            finite("model.position_fatigue", positionFatigue);
            nonNegative("model.user_bias_sd", userBiasSd);
            finite("model.emerging_appeal", emergingAppeal);
            positive("model.pilot_sessions", pilotSessions);
        }
    }
}
