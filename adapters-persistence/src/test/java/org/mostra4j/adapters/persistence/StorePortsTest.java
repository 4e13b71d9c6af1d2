package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.application.port.out.ModelRegistryPort.ModelEntry;
import org.mostra4j.application.port.out.SaveEvaluationRunPort.EvaluationRun;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

class StorePortsTest {
    @TempDir
    Path tmp;
    DuckDbStore store;

    @BeforeEach
    void load() throws Exception {
        store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")));
        Path dir = CanonicalFixture.generate(3, 25).writeTo(tmp.resolve("in"));
        new CanonicalImporter(store).importFolder(dir, ImportOptions.strict()).get();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sessions_stream_in_id_order_in_chunks_with_candidates_in_logged_order() {
        List<Integer> chunkSizes = new ArrayList<>();
        List<LoggedSession> all = new ArrayList<>();
        long n = new DuckDbSessionStoreAdapter(store).stream(0, 7, chunk -> {
            chunkSizes.add(chunk.size());
            all.addAll(chunk);
        });
        assertEquals(25, n);
        assertEquals(List.of(7, 7, 7, 4), chunkSizes);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).id().compareTo(all.get(i).id()) < 0);
        }
        LoggedSession first = all.get(0);
        assertEquals("s0000", first.id().value());
        assertEquals(UserId.of("u0"), first.user());
        assertEquals(LocalDate.of(2018, 7, 10), first.date());
        for (int i = 0; i < first.candidates().size(); i++) {
            assertEquals(i + 1, first.candidates().get(i).loggedPosition());
        }
        assertEquals(3, new DuckDbSessionStoreAdapter(store).stream(3, 100, chunk -> { }));
    }

    @Test
    void sat_labels_keep_unknown_apart_from_false() {
        List<LoggedCandidate> cands = new ArrayList<>();
        new DuckDbSessionStoreAdapter(store).stream(0, 100, chunk -> chunk.forEach(s -> cands.addAll(s.candidates())));
        assertTrue(cands.stream().anyMatch(c -> c.sat().isEmpty()));
        assertTrue(cands.stream().anyMatch(c -> c.sat().equals(Optional.of(false))));
        assertTrue(cands.stream().anyMatch(c -> c.sat().equals(Optional.of(true))));
    }

    @Test
    void catalogue_returns_known_tracks_with_artist_and_features() {
        var catalog = new DuckDbCatalogAdapter(store);
        var found = catalog.tracks(List.of(TrackId.of("t00"), TrackId.of("t05"), TrackId.of("nope")));
        assertEquals(Set.of(TrackId.of("t00"), TrackId.of("t05")), found.keySet());
        assertEquals(Optional.of(ArtistId.of("a1")), found.get(TrackId.of("t05")).artist());
        assertEquals(2, found.get(TrackId.of("t00")).features().size());
        assertEquals(-1.25f, found.get(TrackId.of("t00")).features().get(1));
        List<TrackId> streamed = new ArrayList<>();
        catalog.forEachTrack(t -> streamed.add(t.id()));
        assertEquals(12, streamed.size());
    }

    @Test
    void history_counts_only_plays_strictly_before_the_date_and_lists_hold_on_inclusive_dates() {
        var facts = new DuckDbObjectiveFactsAdapter(store);
        // u0 played t00 (07-01), t04 (07-02), t08 (07-03): before 07-03 only the first two
        var history = facts.historyBefore(UserId.of("u0"), LocalDate.of(2018, 7, 3));
        assertTrue(history.hasStreamed(TrackId.of("t00")));
        assertTrue(history.hasStreamed(TrackId.of("t04")));
        assertFalse(history.hasStreamed(TrackId.of("t08")));
        assertEquals(1, history.plays(TrackId.of("t00")));
        assertTrue(history.hasStreamed(ArtistId.of("a0")));
        var onBoostDay = facts.factsFor(UserId.of("u0"), LocalDate.of(2018, 7, 12));
        assertTrue(onBoostDay.boosts().contains(TrackId.of("t03"), LocalDate.of(2018, 7, 12)));
        assertTrue(onBoostDay.emergingArtists().contains(ArtistId.of("a2"), LocalDate.of(2018, 7, 12)));
        assertEquals(0, facts.factsFor(UserId.of("u0"), LocalDate.of(2018, 7, 13)).boosts().size());
    }

    @Test
    void sequences_round_trip_and_saving_again_replaces() {
        var port = new DuckDbSequenceStoreAdapter(store);
        Sequence a = new Sequence(SessionId.of("s0001"), List.of(
                new Placement(1, TrackId.of("t01"), 0.5, 0.25, Set.of(ObjectiveId.DISCOVERY, ObjectiveId.BOOST), 0.75),
                new Placement(2, TrackId.of("t02"), 0.25, 0.0, Set.of(), 1.0)));
        Sequence b = new Sequence(SessionId.of("s0002"), List.of(new Placement(1, TrackId.of("t03"), 1.0, 0.0, Set.of(), 1.0)));
        port.save("run1", List.of(b, a));
        assertEquals(List.of(a, b), port.load("run1"));
        Sequence a2 = new Sequence(SessionId.of("s0001"), List.of(new Placement(1, TrackId.of("t09"), 0.5, 0.0, Set.of(), 0.5)));
        port.save("run1", List.of(a2));
        assertEquals(List.of(a2, b), port.load("run1"));
        assertEquals(List.of(), port.load("other"));
    }

    @Test
    void models_and_evaluation_runs_round_trip() {
        var models = new DuckDbModelRegistryAdapter(store);
        ModelEntry m = new ModelEntry("enc", "set-transformer", Path.of("models/enc.sd"), Instant.parse("2026-01-02T03:04:05Z"),
                Map.of("d", "64", "blocks", "2"));
        models.register(m);
        models.register(new ModelEntry("abc", "w2v", Path.of("w.bin"), Instant.parse("2026-01-01T00:00:00Z"), Map.of()));
        assertEquals(Optional.of(m), models.find("enc"));
        assertEquals(List.of("abc", "enc"), models.list().stream().map(ModelEntry::name).toList());
        var runs = new DuckDbEvaluationRunAdapter(store);
        EvaluationRun r = new EvaluationRun("r1", Instant.parse("2026-01-02T00:00:00Z"), "eps=0.1", Map.of("sat@5", 0.5, "obj@5", 0.25));
        runs.save(r);
        runs.save(r);
        assertEquals(List.of(r), runs.list());
    }
}
