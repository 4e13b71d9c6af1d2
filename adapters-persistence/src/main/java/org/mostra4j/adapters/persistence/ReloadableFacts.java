package org.mostra4j.adapters.persistence;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveFacts;

/**
 * The store's facts served from a {@link FactsSnapshot} that can be rebuilt and swapped in atomically: every
 * call reads one whole snapshot, old or new, never a mix. {@link #fromFile} opens the database read-only just
 * long enough to load it and then closes it, so batch jobs may write the file while a service runs; a reload
 * that cannot open the file (a writer holds it) keeps the old snapshot.
 */
public final class ReloadableFacts implements LoadCatalogPort, LoadHistoryPort, LoadObjectiveFactsPort {
    private final Supplier<FactsSnapshot> loader;
    private final AtomicReference<FactsSnapshot> current = new AtomicReference<>();
    private final Object reloading = new Object();
    private volatile String lastLoad;

    private ReloadableFacts(Supplier<FactsSnapshot> loader) {
        this.loader = loader;
        load();
    }

    /**
     * Loads from {@code options}' file opened read-only and closed again; reloads do the same.
     *
     * @throws StoreException when the file is missing, not a mostra4j database, or held by a writer
     */
    public static ReloadableFacts fromFile(StoreOptions options) {
        return new ReloadableFacts(() -> {
            try (DuckDbStore store = DuckDbStore.openReadOnly(options)) {
                return FactsSnapshot.load(store);
            }
        });
    }

    /** Loads through a store this process already holds (batch commands); reloads read it again. */
    public static ReloadableFacts fromStore(DuckDbStore store) {
        return new ReloadableFacts(() -> FactsSnapshot.load(store));
    }

    /** The snapshot requests read now. */
    public FactsSnapshot snapshot() {
        return current.get();
    }

    /**
     * Rebuilds the snapshot and swaps it in; reloads are serialised. Right: what was loaded and how long it took;
     * left: why nothing changed (the old snapshot stays in use).
     */
    public Either<String, String> reload() {
        synchronized (reloading) {
            try {
                return Either.right(load());
            } catch (StoreException e) {
                return Either.left(e.getMessage() + " (the previous snapshot stays in use)");
            }
        }
    }

    /** What the last successful load read and how long it took: "loaded … in N ms". */
    public String lastLoad() {
        return lastLoad;
    }

    private String load() {
        long start = System.nanoTime();
        FactsSnapshot fresh = loader.get();
        current.set(fresh);
        lastLoad = "loaded " + fresh.describe() + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms";
        return lastLoad;
    }

    @Override
    public Map<TrackId, Track> tracks(Collection<TrackId> ids) {
        return current.get().tracks(ids);
    }

    @Override
    public void tracks(TrackId[] ids, Track[] out) {
        current.get().tracks(ids, out);
    }

    @Override
    public void forEachTrack(Consumer<Track> sink) {
        current.get().forEachTrack(sink);
    }

    @Override
    public ListeningHistory historyBefore(UserId user, LocalDate date) {
        return current.get().historyBefore(user, date);
    }

    @Override
    public ObjectiveFacts factsFor(UserId user, LocalDate date) {
        return current.get().factsFor(user, date);
    }
}
