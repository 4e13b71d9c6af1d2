package org.mostra4j.adapters.ml.encoder.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.application.port.out.LoadTrainingSessionsPort;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.ContentFeatures;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/**
 * A small synthetic listening world with a hidden set-aware satisfaction rule, for encoder tests,
 * quality runs and benchmarks. A candidate's true completion probability is
 * sigmoid(taste·content + familiarity + popularity + user and track biases − setEffect·(share of
 * discovery tracks in the set − ½) − setEffect·discovery·share). The set terms are invisible to a
 * per-track model (it sees its own discovery bit, not the set's share), so only attention can use them.
 * Every session is logged with labels drawn from the true probabilities, which are kept as the truth.
 */
public final class SyntheticWorld {
    private final List<TrainingSession> sessions;
    private final Map<SessionId, double[]> truth;

    private SyntheticWorld(List<TrainingSession> sessions, Map<SessionId, double[]> truth) {
        this.sessions = List.copyOf(sessions);
        this.truth = Map.copyOf(truth);
    }

    /** World size and the strength of the set effect. */
    public record Config(int users, int artists, int tracksPerArtist, int contentWidth, int sessions, int minSize,
            int maxSize, double setEffect, long seed) {
        public static Config tiny(long seed) {
            return new Config(20, 30, 4, 3, 160, 3, 12, 4.0, seed);
        }
    }

    public static SyntheticWorld generate(Config c) {
        SplittableRandom r = new SplittableRandom(c.seed());
        List<Track> tracks = new ArrayList<>();
        double[] trackBias = new double[c.artists() * c.tracksPerArtist()];
        for (int a = 0; a < c.artists(); a++) {
            for (int t = 0; t < c.tracksPerArtist(); t++) {
                float[] f = new float[c.contentWidth()];
                for (int k = 0; k < f.length; k++) {
                    f[k] = (float) gaussian(r);
                }
                tracks.add(new Track(TrackId.of("t" + a + "_" + t), Optional.of(ArtistId.of("a" + a)), r.nextDouble(),
                        ContentFeatures.of(f)));
                trackBias[tracks.size() - 1] = 0.5 * gaussian(r);
            }
        }
        Set<ArtistId> emerging = new HashSet<>();
        for (int a = 0; a < c.artists(); a++) {
            if (r.nextDouble() < 0.2) {
                emerging.add(ArtistId.of("a" + a));
            }
        }
        List<User> users = new ArrayList<>();
        for (int u = 0; u < c.users(); u++) {
            users.add(User.random(u, c, tracks, r));
        }
        List<TrainingSession> out = new ArrayList<>();
        Map<SessionId, double[]> truth = new HashMap<>();
        for (int s = 0; s < c.sessions(); s++) {
            User u = users.get(r.nextInt(users.size()));
            SessionId id = SessionId.of(String.format("s%06d", s));
            int n = c.minSize() + r.nextInt(c.maxSize() - c.minSize() + 1);
            double targetShare = r.nextDouble();
            LinkedHashMap<Integer, Boolean> chosen = new LinkedHashMap<>();
            while (chosen.size() < n) {
                boolean discover = r.nextDouble() < targetShare;
                int t = u.pick(discover, c, r);
                Track track = tracks.get(t);
                chosen.putIfAbsent(t, u.isDiscovery(track));
            }
            double share = chosen.values().stream().filter(b -> b).count() / (double) n;
            List<LoggedCandidate> cands = new ArrayList<>();
            List<Set<ObjectiveId>> labels = new ArrayList<>();
            Map<TrackId, Track> own = new HashMap<>();
            double[] p = new double[n];
            int i = 0;
            for (Map.Entry<Integer, Boolean> e : chosen.entrySet()) {
                Track t = tracks.get(e.getKey());
                boolean disc = e.getValue();
                double logit = u.bias + 0.8 * u.taste(t) + 0.5 * Math.log1p(u.history.plays(t.artist().get()))
                        + (t.popularity() - 0.5) + trackBias[e.getKey()] - c.setEffect() * (share - 0.5)
                        - c.setEffect() * (disc ? share : 0);
                p[i] = 1 / (1 + Math.exp(-logit));
                cands.add(new LoggedCandidate(t.id(), i + 1, Optional.of(r.nextDouble() < p[i])));
                Set<ObjectiveId> l = new HashSet<>();
                if (disc) {
                    l.add(ObjectiveId.DISCOVERY);
                }
                if (emerging.contains(t.artist().get())) {
                    l.add(ObjectiveId.EXPOSURE);
                }
                if (e.getKey() % 7 == 0) {
                    l.add(ObjectiveId.BOOST);
                }
                labels.add(l);
                own.put(t.id(), t);
                i++;
            }
            LoggedSession logged = new LoggedSession(id, u.id, LocalDate.of(2026, 1, 1).plusDays(s % 90), "radio", cands);
            out.add(new TrainingSession(logged, own, u.history, labels));
            truth.put(id, p);
        }
        return new SyntheticWorld(out, truth);
    }

    public List<TrainingSession> sessions() {
        return sessions;
    }

    public LoadTrainingSessionsPort source() {
        return sink -> {
            sessions.forEach(sink);
            return sessions.size();
        };
    }

    /** The true completion probability of each candidate of a session, in candidate order. */
    public double[] truth(SessionId id) {
        return truth.get(id).clone();
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = Math.max(r.nextDouble(), 1e-12);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private record User(UserId id, double bias, float[] tasteVector, List<Integer> familiar, Set<ArtistId> known,
            ListeningHistory history) {
        static User random(int index, Config c, List<Track> tracks, SplittableRandom r) {
            float[] taste = new float[c.contentWidth()];
            for (int k = 0; k < taste.length; k++) {
                taste[k] = (float) (gaussian(r) / Math.sqrt(c.contentWidth()));
            }
            ListeningHistory.Builder h = ListeningHistory.builder();
            List<Integer> familiar = new ArrayList<>();
            Set<ArtistId> known = new HashSet<>();
            int artists = Math.max(2, c.artists() / 4);
            for (int k = 0; k < artists; k++) {
                int a = r.nextInt(c.artists());
                for (int t = 0; t < c.tracksPerArtist(); t++) {
                    int ti = a * c.tracksPerArtist() + t;
                    if (r.nextDouble() < 0.5) {
                        Track track = tracks.get(ti);
                        h.add(track.id(), track.artist().get(), 1 + r.nextInt(20));
                        known.add(track.artist().get());
                    }
                    familiar.add(ti);
                }
            }
            return new User(UserId.of("u" + index), 0.3 * gaussian(r), taste, familiar, known, h.build());
        }

        double taste(Track t) {
            double dot = 0;
            for (int k = 0; k < tasteVector.length; k++) {
                dot += tasteVector[k] * t.features().get(k);
            }
            return dot;
        }

        boolean isDiscovery(Track t) {
            return !history.hasStreamed(t.id()) && !history.hasStreamed(t.artist().get());
        }

        int pick(boolean discover, Config c, SplittableRandom r) {
            if (!discover && !familiar.isEmpty()) {
                return familiar.get(r.nextInt(familiar.size()));
            }
            return r.nextInt(c.artists() * c.tracksPerArtist());
        }
    }
}
