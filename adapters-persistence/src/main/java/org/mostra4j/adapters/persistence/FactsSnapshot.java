package org.mostra4j.adapters.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.DatedList;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveFacts;

/**
 * An immutable in-memory copy of what a sequencing request and the encoder's features read from the store:
 * the catalogue, every user's plays summed per track and day, and the emerging-artist and boost lists with their
 * validity dates. It answers exactly what the live adapters ({@link DuckDbCatalogAdapter},
 * {@link DuckDbObjectiveFactsAdapter}) answer, without a query per request: the history before a date is the
 * prefix of the user's day-sorted plays, and the lists valid on a date are filtered once per date and cached.
 *
 * <p>Memory: about 40 bytes per (user, track, day) history row plus the catalogue's tracks; the default
 * simulated world (10,000 users, 50,000 tracks) takes tens of megabytes.
 */
public final class FactsSnapshot implements LoadCatalogPort, LoadHistoryPort, LoadObjectiveFactsPort {
    /** Distinct dates whose lists are cached; beyond, lists are filtered per call (requests name arbitrary dates). */
    private static final int DATE_CACHE = 4_096;
    private final Map<TrackId, Track> tracks;
    private final List<Track> tracksById;
    private final Map<UserId, Plays> plays;
    private final Dated<ArtistId> emerging;
    private final Dated<TrackId> boosts;
    private final long historyRows;
    private final Map<LocalDate, Lists> listsByDate = new ConcurrentHashMap<>();

    private FactsSnapshot(List<Track> tracksById, Map<TrackId, Track> tracks, Map<UserId, Plays> plays,
            Dated<ArtistId> emerging, Dated<TrackId> boosts, long historyRows) {
        this.tracksById = List.copyOf(tracksById);
        this.tracks = tracks;
        this.plays = plays;
        this.emerging = emerging;
        this.boosts = boosts;
        this.historyRows = historyRows;
    }

    /** Reads the whole snapshot through {@code store}'s reading connection (one pass per table). */
    public static FactsSnapshot load(DuckDbStore store) {
        List<Track> catalogue = new ArrayList<>();
        new DuckDbCatalogAdapter(store).forEachTrack(catalogue::add);
        Map<TrackId, Track> byId = new HashMap<>(catalogue.size() * 2);
        catalogue.forEach(t -> byId.putIfAbsent(t.id(), t));
        Connection c = store.readConnection();
        try {
            long[] rows = {0};
            Map<UserId, Plays> plays = readPlays(c, byId, rows);
            Dated<ArtistId> emerging = readDated(c, "emerging_artists", "artist_id", ArtistId::of);
            Dated<TrackId> boosts = readDated(c, "boosts", "track_id", TrackId::of);
            return new FactsSnapshot(catalogue, byId, plays, emerging, boosts, rows[0]);
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read the serving snapshot: " + DuckDbStore.firstLine(e), e);
        }
    }

    /** Per user, plays summed per (day, track), sorted by day then track; each row carries the track's artist. */
    private static Map<UserId, Plays> readPlays(Connection c, Map<TrackId, Track> catalogue, long[] rows)
            throws SQLException {
        String sql = "SELECT h.user_id, h.track_id, t.artist_id,"
                + " datediff('day', DATE '1970-01-01', CAST(h.played_at AS DATE)) AS day, sum(h.plays)"
                + " FROM history h LEFT JOIN tracks t ON t.track_id = h.track_id"
                + " GROUP BY h.user_id, h.track_id, t.artist_id, day ORDER BY h.user_id, day, h.track_id";
        Map<UserId, Plays> out = new HashMap<>();
        Map<String, TrackId> unknownTracks = new HashMap<>();
        Map<String, ArtistId> artists = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            String user = null;
            Plays.Builder b = null;
            while (r.next()) {
                String u = r.getString(1);
                if (!u.equals(user)) {
                    if (b != null) {
                        out.put(UserId.of(user), b.build());
                    }
                    user = u;
                    b = new Plays.Builder();
                }
                String trackText = r.getString(2);
                Track known = catalogue.get(TrackId.of(trackText));
                TrackId track = known != null ? known.id() : unknownTracks.computeIfAbsent(trackText, TrackId::of);
                String artistText = r.getString(3);
                ArtistId artist = artistText == null ? null : artists.computeIfAbsent(artistText, ArtistId::of);
                b.add(r.getInt(4), track, artist, r.getLong(5));
                rows[0]++;
            }
            if (b != null) {
                out.put(UserId.of(user), b.build());
            }
        }
        return out;
    }

    private static <T> Dated<T> readDated(Connection c, String table, String column, Function<String, T> id)
            throws SQLException {
        List<T> ids = new ArrayList<>();
        List<LocalDate> from = new ArrayList<>();
        List<LocalDate> to = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + column + ", valid_from, valid_to FROM " + table)) {
            while (r.next()) {
                ids.add(id.apply(r.getString(1)));
                from.add(r.getObject(2, LocalDate.class));
                to.add(r.getObject(3, LocalDate.class));
            }
        }
        return new Dated<>(ids, from, to);
    }

    @Override
    public Map<TrackId, Track> tracks(Collection<TrackId> ids) {
        Map<TrackId, Track> found = new HashMap<>();
        for (TrackId id : ids) {
            Track t = tracks.get(id);
            if (t != null) {
                found.put(id, t);
            }
        }
        return found;
    }

    @Override
    public void tracks(TrackId[] ids, Track[] out) {
        for (int i = 0; i < ids.length; i++) {
            out[i] = tracks.get(ids[i]);
        }
    }

    /** Every track in {@code track_id} order, as the live adapter streams them. */
    @Override
    public void forEachTrack(Consumer<Track> sink) {
        tracksById.forEach(sink);
    }

    @Override
    public ListeningHistory historyBefore(UserId user, LocalDate date) {
        Plays p = plays.get(user);
        return p == null ? ListeningHistory.empty() : p.before(date.toEpochDay());
    }

    @Override
    public ObjectiveFacts factsFor(UserId user, LocalDate date) {
        Lists lists = listsByDate.get(date);
        if (lists == null) {
            lists = new Lists(emerging.validOn(date), boosts.validOn(date));
            if (listsByDate.size() < DATE_CACHE) {
                listsByDate.putIfAbsent(date, lists);
            }
        }
        return ObjectiveFacts.builder().history(historyBefore(user, date)).emergingArtists(lists.emerging())
                .boosts(lists.boosts()).build();
    }

    /** Tracks in the catalogue. */
    public int trackCount() {
        return tracksById.size();
    }

    /** Users with at least one play. */
    public int userCount() {
        return plays.size();
    }

    /** History rows after summing per (user, track, day). */
    public long historyRows() {
        return historyRows;
    }

    /** A one-line description: what was loaded. */
    public String describe() {
        return String.format("%,d tracks, %,d users' histories (%,d user-track-day rows), %,d emerging-artist and %,d "
                + "boost entries", trackCount(), userCount(), historyRows, emerging.ids.size(), boosts.ids.size());
    }

    private record Lists(DatedList<ArtistId> emerging, DatedList<TrackId> boosts) {
    }

    /** A list's rows as read; {@link #validOn} gives what the live query returns for one date. */
    private static final class Dated<T> {
        private final List<T> ids;
        private final List<LocalDate> from;
        private final List<LocalDate> to;

        Dated(List<T> ids, List<LocalDate> from, List<LocalDate> to) {
            this.ids = List.copyOf(ids);
            this.from = List.copyOf(from);
            this.to = List.copyOf(to);
        }

        DatedList<T> validOn(LocalDate date) {
            DatedList.Builder<T> b = DatedList.builder();
            for (int i = 0; i < ids.size(); i++) {
                if (!from.get(i).isAfter(date) && !to.get(i).isBefore(date)) {
                    b.add(ids.get(i), from.get(i), to.get(i));
                }
            }
            return b.build();
        }
    }

    /** One user's plays, columnar, sorted by day. */
    private static final class Plays {
        private final int[] day;
        private final TrackId[] track;
        private final ArtistId[] artist;
        private final long[] count;

        /** Row indices by the hash of the track's text (then by row), and those hashes: a hash lookup in arrays. */
        private final int[] byTrack;
        private final int[] trackHash;
        private final int[] byArtist;
        private final int[] artistHash;

        private Plays(int[] day, TrackId[] track, ArtistId[] artist, long[] count) {
            this.day = day;
            this.track = track;
            this.artist = artist;
            this.count = count;
            int[][] t = hashIndex(track);
            this.byTrack = t[0];
            this.trackHash = t[1];
            int[][] a = hashIndex(artist);
            this.byArtist = a[0];
            this.artistHash = a[1];
        }

        /**
         * Plays on days strictly before {@code epochDay}: those before its midnight, answered from these arrays (a
         * request builds no per-track maps; the same counts as {@link ListeningHistory.Builder} would sum).
         */
        ListeningHistory before(long epochDay) {
            int end = firstDayAtOrAfter(epochDay);
            if (end == 0) {
                return ListeningHistory.empty();
            }
            return ListeningHistory.of(new Prefix(this, end));
        }

        /** The rows of {@code track}'s value before row {@code end}, summed; rows of one track lie together in byTrack. */
        long trackPlays(TrackId t, int end) {
            String v = t.value();
            int h = v.hashCode();
            long sum = 0;
            for (int r = lowerBound(byTrack, trackHash, h); r < byTrack.length && trackHash[r] == h; r++) {
                int row = byTrack[r];
                if (row < end && track[row].value().equals(v)) {
                    sum += count[row];
                }
            }
            return sum;
        }

        long artistPlays(ArtistId a, int end) {
            String v = a.value();
            int h = v.hashCode();
            long sum = 0;
            for (int r = lowerBound(byArtist, artistHash, h); r < byArtist.length && artistHash[r] == h; r++) {
                int row = byArtist[r];
                if (row < end && artist[row].value().equals(v)) {
                    sum += count[row];
                }
            }
            return sum;
        }

        private static int lowerBound(int[] rows, int[] hashes, int h) {
            int lo = 0;
            int hi = rows.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (hashes[mid] < h) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Row indices ordered by the hash of their id's text (rows without an id left out), and those hashes. */
        private static int[][] hashIndex(Object[] ids) {
            int n = 0;
            for (Object id : ids) {
                if (id != null) {
                    n++;
                }
            }
            long[] keyed = new long[n];
            int k = 0;
            for (int row = 0; row < ids.length; row++) {
                if (ids[row] != null) {
                    // hash in the high half, row in the low: sorting orders by hash, then by row (= by day)
                    keyed[k++] = ((long) text(ids[row]).hashCode() << 32) | row;
                }
            }
            Arrays.sort(keyed);
            int[] rows = new int[n];
            int[] hashes = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = (int) keyed[i];
                hashes[i] = (int) (keyed[i] >> 32);
            }
            return new int[][] {rows, hashes};
        }

        private static String text(Object id) {
            return id instanceof TrackId t ? t.value() : ((ArtistId) id).value();
        }

        private int firstDayAtOrAfter(long epochDay) {
            int lo = 0;
            int hi = day.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (day[mid] < epochDay) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The history before row {@code end} of one user's plays. */
        private record Prefix(Plays plays, int end) implements ListeningHistory.Source {
            @Override
            public long plays(TrackId track) {
                return plays.trackPlays(track, end);
            }

            @Override
            public long plays(ArtistId artist) {
                return plays.artistPlays(artist, end);
            }

            @Override
            public long totalPlays() {
                long total = 0;
                for (int i = 0; i < end; i++) {
                    total += plays.count[i];
                }
                return total;
            }

            @Override
            public int distinctTracks() {
                // a row counts when it is the first row of its track: the earliest row comes first in byTrack
                int distinct = 0;
                for (int i = 0; i < end; i++) {
                    if (plays.firstRowOf(plays.track[i]) == i) {
                        distinct++;
                    }
                }
                return distinct;
            }

            @Override
            public void forEachTrack(ObjLongConsumer<TrackId> sink) {
                for (int i = 0; i < end; i++) {
                    sink.accept(plays.track[i], plays.count[i]);
                }
            }

            @Override
            public void forEachArtist(ObjLongConsumer<ArtistId> sink) {
                for (int i = 0; i < end; i++) {
                    if (plays.artist[i] != null) {
                        sink.accept(plays.artist[i], plays.count[i]);
                    }
                }
            }
        }

        /** The first row holding {@code t}'s text. */
        private int firstRowOf(TrackId t) {
            String v = t.value();
            int h = v.hashCode();
            for (int r = lowerBound(byTrack, trackHash, h); r < byTrack.length && trackHash[r] == h; r++) {
                if (track[byTrack[r]].value().equals(v)) {
                    return byTrack[r];
                }
            }
            return -1;
        }

        static final class Builder {
            private int size;
            private int[] day = new int[8];
            private TrackId[] track = new TrackId[8];
            private ArtistId[] artist = new ArtistId[8];
            private long[] count = new long[8];

            void add(int d, TrackId t, ArtistId a, long n) {
                if (size == day.length) {
                    int grown = size * 2;
                    day = Arrays.copyOf(day, grown);
                    track = Arrays.copyOf(track, grown);
                    artist = Arrays.copyOf(artist, grown);
                    count = Arrays.copyOf(count, grown);
                }
                day[size] = d;
                track[size] = t;
                artist[size] = a;
                count[size] = n;
                size++;
            }

            Plays build() {
                return new Plays(Arrays.copyOf(day, size), Arrays.copyOf(track, size), Arrays.copyOf(artist, size),
                        Arrays.copyOf(count, size));
            }
        }
    }
}
