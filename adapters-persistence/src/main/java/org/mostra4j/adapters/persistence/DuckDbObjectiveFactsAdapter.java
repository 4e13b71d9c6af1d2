package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.DatedList;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveFacts;

/**
 * Listening histories (plays strictly before the session date, with each track's artist from the
 * catalogue) and the emerging-artist and boost lists valid on that date.
 */
public final class DuckDbObjectiveFactsAdapter implements LoadHistoryPort, LoadObjectiveFactsPort {
    private final Provider<DuckDbStore> stores;
    private final StoreOptions options;

    @Inject
    public DuckDbObjectiveFactsAdapter(Provider<DuckDbStore> stores, StoreOptions options) {
        this.stores = stores;
        this.options = options;
    }

    /** Over an open store. */
    public DuckDbObjectiveFactsAdapter(DuckDbStore store) {
        this(() -> store, store.options());
    }

    @Override
    public ListeningHistory historyBefore(UserId user, LocalDate date) {
        String sql = "SELECT h.track_id, t.artist_id, sum(h.plays) FROM history h LEFT JOIN tracks t ON t.track_id = h.track_id"
                + " WHERE h.user_id = ? AND h.played_at < CAST(? AS DATE) GROUP BY h.track_id, t.artist_id";
        ListeningHistory.Builder b = ListeningHistory.builder();
        if (!java.nio.file.Files.exists(options.path())) {
            return ListeningHistory.empty();
        }
        DuckDbStore store = stores.get();
        try (PreparedStatement ps = store.readConnection().prepareStatement(sql)) {
            ps.setString(1, user.value());
            ps.setString(2, date.toString());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String artist = r.getString(2);
                    b.add(TrackId.of(r.getString(1)), artist == null ? null : ArtistId.of(artist), r.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read history: " + DuckDbStore.firstLine(e), e);
        }
        return b.build();
    }

    @Override
    public ObjectiveFacts factsFor(UserId user, LocalDate date) {
        if (!java.nio.file.Files.exists(options.path())) {
            return ObjectiveFacts.none();
        }
        return ObjectiveFacts.builder().history(historyBefore(user, date))
                .emergingArtists(list("emerging_artists", "artist_id", date, ArtistId::of))
                .boosts(list("boosts", "track_id", date, TrackId::of)).build();
    }

    private <T> DatedList<T> list(String table, String column, LocalDate date, java.util.function.Function<String, T> id) {
        DatedList.Builder<T> b = DatedList.builder();
        DuckDbStore store = stores.get();
        String sql = "SELECT " + column + ", valid_from, valid_to FROM " + table
                + " WHERE valid_from <= CAST(? AS DATE) AND valid_to >= CAST(? AS DATE)";
        try (PreparedStatement ps = store.readConnection().prepareStatement(sql)) {
            ps.setString(1, date.toString());
            ps.setString(2, date.toString());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    b.add(id.apply(r.getString(1)), r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read " + table + ": " + DuckDbStore.firstLine(e), e);
        }
        return b.build();
    }
}
