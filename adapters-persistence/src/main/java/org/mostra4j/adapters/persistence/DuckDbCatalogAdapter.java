package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.ContentFeatures;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;

/**
 * The track catalogue from the {@code tracks} table. A track with no recorded popularity (e.g. MSSD
 * without its features file) reads as popularity 0.
 */
public final class DuckDbCatalogAdapter implements LoadCatalogPort {
    private static final String COLUMNS = "SELECT track_id, artist_id, coalesce(popularity, 0), features FROM tracks";
    private static final int IN_CHUNK = 1000;
    private final DuckDbStore store;

    @Inject
    public DuckDbCatalogAdapter(DuckDbStore store) {
        this.store = store;
    }

    @Override
    public Map<TrackId, Track> tracks(Collection<TrackId> ids) {
        Map<TrackId, Track> found = new HashMap<>();
        List<TrackId> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            String in = all.subList(from, Math.min(all.size(), from + IN_CHUNK)).stream()
                    .map(id -> "'" + id.value().replace("'", "''") + "'").collect(Collectors.joining(", "));
            query(store.readConnection(), COLUMNS + " WHERE track_id IN (" + in + ")", t -> found.put(t.id(), t));
        }
        return found;
    }

    @Override
    public void forEachTrack(Consumer<Track> sink) {
        try (Connection c = store.duplicate()) {
            query(c, COLUMNS + " ORDER BY track_id", sink);
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": " + DuckDbStore.firstLine(e), e);
        }
    }

    private void query(Connection c, String sql, Consumer<Track> sink) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String artist = r.getString(2);
                sink.accept(new Track(TrackId.of(r.getString(1)), Optional.ofNullable(artist).map(ArtistId::of),
                        r.getDouble(3), features(r.getArray(4))));
            }
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read tracks: " + DuckDbStore.firstLine(e), e);
        }
    }

    private static ContentFeatures features(Array array) throws SQLException {
        if (array == null) {
            return ContentFeatures.none();
        }
        Object[] values = (Object[]) array.getArray();
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = ((Number) values[i]).floatValue();
        }
        return ContentFeatures.of(f);
    }
}
