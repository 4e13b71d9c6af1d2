package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.application.port.out.BrowseSessionsPort.SessionSummary;
import org.mostra4j.application.port.out.SaveEvaluationRunPort.EvaluationRun;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/** The explorer's look-ups on a real DuckDB file, opened read-only per call: sessions and the latest trade-off run. */
class ExplorerLookupsTest {
    @TempDir
    Path tmp;
    Path file;

    @BeforeEach
    void load() throws Exception {
        file = tmp.resolve("db.duckdb");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(file))) {
            Path dir = CanonicalFixture.generate(3, 25).writeTo(tmp.resolve("in"));
            new CanonicalImporter(store).importFolder(dir, ImportOptions.strict()).get();
        }
    }

    @Test
    void a_blank_query_lists_the_first_sessions_by_id_with_their_candidate_counts() {
        List<SessionSummary> hits = new DuckDbExplorerLookups(StoreOptions.at(file)).find(" ", 3).get();
        assertEquals(List.of("s0000", "s0001", "s0002"), hits.stream().map(h -> h.id().value()).toList());
        SessionSummary first = hits.get(0);
        assertEquals(UserId.of("u0"), first.user());
        assertEquals(LocalDate.of(2018, 7, 10), first.date());
        var fetched = new DuckDbExplorerLookups(StoreOptions.at(file)).get(first.id());
        assertTrue(fetched.isRight(), fetched.toString());
        LoggedSession full = fetched.get().get();
        assertEquals(full.candidates().size(), first.candidates());
        assertTrue(first.candidates() > 0);
    }

    @Test
    void a_query_matches_session_ids_and_user_ids_by_prefix() {
        var browser = new DuckDbExplorerLookups(StoreOptions.at(file));
        assertEquals(List.of("s0010", "s0011"), browser.find("s001", 2).get().stream().map(h -> h.id().value()).toList());
        List<SessionSummary> byUser = browser.find("u1", 100).get();
        assertTrue(!byUser.isEmpty());
        assertTrue(byUser.stream().allMatch(h -> h.user().value().startsWith("u1")), byUser.toString());
        assertEquals(List.of(), browser.find("nobody", 10).get());
    }

    @Test
    void a_session_comes_back_as_the_streaming_adapter_reads_it() {
        LoggedSession expected;
        try (DuckDbStore store = DuckDbStore.openReadOnly(StoreOptions.at(file))) {
            List<LoggedSession> one = new java.util.ArrayList<>();
            new DuckDbSessionStoreAdapter(store).stream(5, 10, one::addAll);
            expected = one.get(4);
        }
        assertEquals(expected, new DuckDbExplorerLookups(StoreOptions.at(file)).get(expected.id()).get().get());
        assertTrue(new DuckDbExplorerLookups(StoreOptions.at(file)).get(SessionId.of("missing")).get().isEmpty());
    }

    @Test
    void a_store_held_by_a_writer_or_missing_is_a_reason_not_an_exception() {
        try (DuckDbStore writer = DuckDbStore.open(StoreOptions.at(file))) {
            var held = new DuckDbExplorerLookups(StoreOptions.at(file)).find("", 5);
            // within one process DuckDB may share the database instance; either way nothing is thrown
            assertTrue(held.isRight() || held.getLeft().contains(file.getFileName().toString()), held.toString());
        }
        var missing = new DuckDbExplorerLookups(StoreOptions.at(tmp.resolve("none.duckdb"))).find("", 5);
        assertTrue(missing.getLeft().contains("no such database file"), missing.toString());
    }

    @Test
    void the_latest_run_is_the_newest_frontier_or_tune_run_with_all_its_metrics() {
        var lookups = new DuckDbExplorerLookups(StoreOptions.at(file));
        assertTrue(lookups.latest().get().isEmpty(), "no runs yet");
        java.time.Instant t0 = java.time.Instant.parse("2026-12-01T10:00:00Z");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(file))) {
            var runs = new DuckDbEvaluationRunAdapter(store);
            runs.save(new EvaluationRun("frontier-20261201T100000Z", t0, "older frontier", java.util.Map.of("k", 10.0)));
            runs.save(new EvaluationRun("tune-20261202T100000Z", t0.plusSeconds(86_400), "newest tune",
                    java.util.Map.of("k", 10.0, "point.mostra.000.knob.epsilon", 0.05, "chosen.point", 0.0)));
            runs.save(new EvaluationRun("evaluate-later", t0.plusSeconds(2 * 86_400), "not a trade-off run",
                    java.util.Map.of("x", 1.0)));
        }
        EvaluationRun latest = lookups.latest().get().get();
        assertEquals("tune-20261202T100000Z", latest.runId());
        assertEquals(t0.plusSeconds(86_400), latest.createdAt());
        assertEquals("newest tune", latest.description());
        assertEquals(java.util.Map.of("k", 10.0, "point.mostra.000.knob.epsilon", 0.05, "chosen.point", 0.0),
                latest.metrics());
    }
}
