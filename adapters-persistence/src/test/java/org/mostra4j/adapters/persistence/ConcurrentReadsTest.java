package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;

/**
 * The request path reads the catalogue and the objective facts from several worker threads at once
 * (the HTTP service); one shared DuckDB connection fails there with "connection has an open result".
 * Law: concurrent reads give the same answers as sequential ones and never fail.
 */
class ConcurrentReadsTest {
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
    void catalogueAndFactsReadConcurrentlyAnswerAsSequentially() throws Exception {
        var catalog = new DuckDbCatalogAdapter(store);
        var facts = new DuckDbObjectiveFactsAdapter(store);
        List<TrackId> ids = new ArrayList<>();
        catalog.forEachTrack(t -> ids.add(t.id()));
        LocalDate date = LocalDate.of(2018, 7, 12);
        Callable<String> read = () -> catalog.tracks(ids).size() + "/"
                + facts.factsFor(UserId.of("u0"), date).history().distinctTracks();
        String expected = read.call();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(pool.submit(read));
            }
            for (Future<String> a : answers) {
                assertEquals(expected, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
