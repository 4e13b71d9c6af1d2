package org.mostra4j.adapters.ml.embedding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.application.port.out.LoadListeningSentencesPort.Cursor;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.PlayCounts;

/**
 * A tiny seeded listening world with known taste breadth: tracks fall into genre clusters; user u likes
 * {@code breadth(u)} clusters (1..clusters) equally; each of their sessions stays in one liked cluster
 * (with a small chance per play of a random track anywhere). Sessions are the word2vec sentences; the
 * sum of a user's plays is their history.
 */
final class ClusteredListening {
    final int clusters;
    final int tracksPerCluster;
    final List<List<TrackId>> sessions = new ArrayList<>();
    final Map<UserId, Integer> breadth = new HashMap<>();
    final Map<UserId, Map<TrackId, Long>> plays = new HashMap<>();

    ClusteredListening(long seed, int clusters, int tracksPerCluster, int users, int sessionsPerUser,
            int sessionLength, double noise) {
        this.clusters = clusters;
        this.tracksPerCluster = tracksPerCluster;
        Random random = new Random(seed);
        for (int u = 0; u < users; u++) {
            UserId user = UserId.of(String.format("u%03d", u));
            int width = 1 + u % clusters;
            breadth.put(user, width);
            List<Integer> liked = likedClusters(random, width);
            Map<TrackId, Long> counts = new HashMap<>();
            for (int s = 0; s < sessionsPerUser; s++) {
                int cluster = liked.get(random.nextInt(liked.size()));
                List<TrackId> session = new ArrayList<>(sessionLength);
                for (int p = 0; p < sessionLength; p++) {
                    int c = random.nextDouble() < noise ? random.nextInt(clusters) : cluster;
                    session.add(track(c, random.nextInt(tracksPerCluster)));
                }
                session.forEach(t -> counts.merge(t, 1L, Long::sum));
                sessions.add(session);
            }
            plays.put(user, counts);
        }
    }

    static TrackId track(int cluster, int index) {
        return TrackId.of("c" + cluster + "t" + index);
    }

    int clusterOf(TrackId track) {
        String v = track.value();
        return Integer.parseInt(v.substring(1, v.indexOf('t')));
    }

    PlayCounts playsOf(UserId user) {
        return PlayCounts.of(plays.get(user));
    }

    LoadListeningSentencesPort sentences() {
        return () -> Cursor.of(sessions);
    }

    private List<Integer> likedClusters(Random random, int width) {
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            all.add(c);
        }
        java.util.Collections.shuffle(all, random);
        return all.subList(0, width);
    }
}
