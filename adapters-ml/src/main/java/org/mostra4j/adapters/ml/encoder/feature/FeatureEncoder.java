package org.mostra4j.adapters.ml.encoder.feature;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.application.port.out.TrainingSession;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.ContentFeatures;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.LoggedCandidate;

/**
 * The representation layer outside the network: turns domain values into an {@link EncodedSet}
 * following a {@link FeatureSchema}. Unknown users and tracks map to the unknown bucket; a track missing
 * from the catalogue has popularity 0 and no content (cold start).
 */
public final class FeatureEncoder {
    private final FeatureSchema schema;
    private final Vocabulary users;
    private final Vocabulary tracks;

    public FeatureEncoder(FeatureSchema schema, Vocabulary users, Vocabulary tracks) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.users = Objects.requireNonNull(users, "users");
        this.tracks = Objects.requireNonNull(tracks, "tracks");
    }

    public FeatureSchema schema() {
        return schema;
    }

    public Vocabulary users() {
        return users;
    }

    public Vocabulary tracks() {
        return tracks;
    }

    /** A logged session with its SAT labels (NaN where not logged). */
    public EncodedSet encode(TrainingSession s) {
        List<LoggedCandidate> cs = s.session().candidates();
        float[] sat = new float[cs.size()];
        List<Candidate> items = new java.util.ArrayList<>(cs.size());
        for (int i = 0; i < cs.size(); i++) {
            LoggedCandidate c = cs.get(i);
            sat[i] = c.sat().map(b -> b ? 1f : 0f).orElse(Float.NaN);
            Track t = s.tracks().get(c.track());
            items.add(new Candidate(c.track(), t == null ? Optional.empty() : t.artist(), Optional.ofNullable(t),
                    s.labels().get(i)));
        }
        return encode(s.session().user(), items, s.history(), sat);
    }

    /** A request: no labels. */
    public EncodedSet encode(UserId user, List<Candidate> candidates, ListeningHistory history) {
        float[] sat = new float[candidates.size()];
        java.util.Arrays.fill(sat, Float.NaN);
        return encode(user, candidates, history, sat);
    }

    private EncodedSet encode(UserId user, List<Candidate> candidates, ListeningHistory history, float[] sat) {
        int n = candidates.size();
        TrackId[] ids = new TrackId[n];
        ArtistId[] artists = new ArtistId[n];
        Track[] catalogued = new Track[n];
        List<Set<ObjectiveId>> labels = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            ids[i] = c.track();
            artists[i] = c.artist().orElse(null);
            catalogued[i] = c.catalogued().orElse(null);
            labels.add(c.objectives());
        }
        return encode(user, ids, artists, catalogued, labels, history, sat);
    }

    /**
     * A request given as arrays (the serving path builds no per-candidate records): track ids, artists (null when
     * unknown), catalogue entries (null when not catalogued) and the objectives each candidate serves.
     */
    public EncodedSet encode(UserId user, TrackId[] ids, ArtistId[] artists, Track[] catalogued,
            List<Set<ObjectiveId>> labels, ListeningHistory history) {
        float[] sat = new float[ids.length];
        java.util.Arrays.fill(sat, Float.NaN);
        return encode(user, ids, artists, catalogued, labels, history, sat);
    }

    private EncodedSet encode(UserId user, TrackId[] ids, ArtistId[] artists, Track[] catalogued,
            List<Set<ObjectiveId>> labels, ListeningHistory history, float[] sat) {
        return encodeInto(user, ids, artists, catalogued, labels, history, new float[ids.length * schema.width()],
                new int[ids.length], sat);
    }

    /**
     * As {@link #encode(UserId, TrackId[], ArtistId[], Track[], List, ListeningHistory)}, written into the caller's
     * arrays ({@code dense} of n × width, {@code trackIndex} of n, {@code sat} of n, which the set takes as its
     * labels): a serving thread reuses them for its next request once the set is scored.
     */
    public EncodedSet encodeInto(UserId user, TrackId[] ids, ArtistId[] artists, Track[] catalogued,
            List<Set<ObjectiveId>> labels, ListeningHistory history, float[] dense, int[] trackIndex, float[] sat) {
        int n = ids.length;
        int w = schema.width();
        // a sum of play counts: exact in a double, whatever the order it is added up in
        double total = history.totalPlays();
        int base = FeatureSchema.BASE.size();
        List<ObjectiveId> objectives = schema.objectives();
        for (int i = 0; i < n; i++) {
            ArtistId artist = artists[i];
            Track t = catalogued[i];
            Set<ObjectiveId> served = labels.get(i);
            int row = i * w;
            long artistPlays = artist == null ? 0L : history.plays(artist);
            dense[row] = total > 0 ? (float) (artistPlays / total) : 0f;
            dense[row + 1] = (float) Math.log1p(history.plays(ids[i]));
            dense[row + 2] = (float) Math.log1p(artistPlays);
            dense[row + 3] = t == null ? 0f : (float) t.popularity();
            dense[row + 4] = artist != null ? 1f : 0f;
            ContentFeatures f = t == null ? ContentFeatures.none() : t.features();
            boolean content = schema.contentWidth() > 0 && f.size() == schema.contentWidth();
            dense[row + 5] = content ? 1f : 0f;
            for (int k = 0; k < objectives.size(); k++) {
                dense[row + base + k] = served.contains(objectives.get(k)) ? 1f : 0f;
            }
            int off = row + base + objectives.size();
            for (int k = 0; k < schema.contentWidth(); k++) {
                // zeros where there is no content: the arrays may hold the thread's previous request
                dense[off + k] = content ? f.get(k) : 0f;
            }
            trackIndex[i] = tracks.indexOf(ids[i].value());
        }
        return new EncodedSet(n, w, dense, users.indexOf(user.value()), trackIndex, sat);
    }

    /**
     * One candidate as the representation layer needs it: the track, its artist when known, its
     * catalogue entry when known, and the objectives it serves.
     */
    public record Candidate(TrackId track, Optional<ArtistId> artist, Optional<Track> catalogued,
            Set<ObjectiveId> objectives) {
        public Candidate {
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(artist, "artist");
            Objects.requireNonNull(catalogued, "catalogued");
            objectives = Set.copyOf(objectives);
        }
    }
}
