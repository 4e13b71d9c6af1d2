package org.mostra4j.adapters.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.ContentFeatures;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/**
 * One session as the executors see it, decoded from the row {@link CanonicalInput} lays out:
 * {@code session_id, user_id, date, context, candidates: [track_id, logged_position, sat, relevance,
 * catalogued, artist_id, popularity, features], history: [track_id, artist_id, day, plays]}.
 *
 * @param logged    the logged session, candidates by logged position
 * @param tracks    the catalogue entries of its candidates that are catalogued
 * @param history   the user's plays strictly before the session date (what the store's history query answers)
 * @param relevance relevance given with the input per track (e.g. an earlier score), if any
 */
record SessionRow(LoggedSession logged, Map<TrackId, Track> tracks, ListeningHistory history,
        Map<TrackId, Double> relevance) {

    static SessionRow of(Row row) {
        LocalDate date = LocalDate.parse(row.getString(2));
        List<Row> cs = row.isNullAt(4) ? List.of() : row.getList(4);
        List<LoggedCandidate> candidates = new ArrayList<>(cs.size());
        Map<TrackId, Track> tracks = new HashMap<>(cs.size() * 2);
        Map<TrackId, Double> relevance = new HashMap<>();
        for (Row c : cs) {
            TrackId track = TrackId.of(c.getString(0));
            Optional<Boolean> sat = c.isNullAt(2) ? Optional.empty() : Optional.of(c.getInt(2) != 0);
            candidates.add(new LoggedCandidate(track, c.getInt(1), sat));
            if (!c.isNullAt(3)) {
                relevance.put(track, c.getDouble(3));
            }
            if (!c.isNullAt(4) && c.getBoolean(4)) {
                Optional<ArtistId> artist = c.isNullAt(5) ? Optional.empty() : Optional.of(ArtistId.of(c.getString(5)));
                tracks.put(track, new Track(track, artist, c.isNullAt(6) ? 0.0 : c.getDouble(6), features(c, 7)));
            }
        }
        candidates.sort(Comparator.comparingInt(LoggedCandidate::loggedPosition));
        LoggedSession logged = new LoggedSession(SessionId.of(row.getString(0)), UserId.of(row.getString(1)), date,
                row.isNullAt(3) ? "" : row.getString(3), candidates);
        return new SessionRow(logged, tracks, history(row, date), relevance);
    }

    /** The relevance given for a track with the input. */
    OptionalDouble given(TrackId track) {
        Double r = relevance.get(track);
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r);
    }

    private static ContentFeatures features(Row c, int i) {
        if (c.isNullAt(i)) {
            return ContentFeatures.none();
        }
        List<Float> values = c.getList(i);
        float[] f = new float[values.size()];
        for (int k = 0; k < f.length; k++) {
            Float v = values.get(k);
            if (v == null) {
                return ContentFeatures.none();
            }
            f[k] = v;
        }
        return ContentFeatures.of(f);
    }

    private static ListeningHistory history(Row row, LocalDate date) {
        if (row.isNullAt(5)) {
            return ListeningHistory.empty();
        }
        long before = date.toEpochDay();
        List<Row> plays = row.getList(5);
        ListeningHistory.Builder b = ListeningHistory.builder();
        for (Row p : plays) {
            if (!p.isNullAt(2) && p.getInt(2) < before && !p.isNullAt(3) && p.getLong(3) > 0) {
                b.add(TrackId.of(p.getString(0)), p.isNullAt(1) ? null : ArtistId.of(p.getString(1)), p.getLong(3));
            }
        }
        return b.build();
    }
}
