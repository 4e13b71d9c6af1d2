package org.mostra4j.benchmarks.persistence;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.persistence.DuckDbSessionStoreAdapter;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.MssdImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming every session with its candidates out of a store holding a generated MSSD log (1,000,000
 * candidate rows in ~66,700 sessions of 10–20 candidates), in chunks of 1,000. sessions/s = sessions /
 * score. Target: >= 100,000 sessions/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SessionStreamBenchmark {
    @Param({"1000000"})
    int rows;

    DuckDbStore store;
    DuckDbSessionStoreAdapter sessions;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path db = BenchData.DIR.resolve("stream-" + rows + ".duckdb");
        BenchData.deleteDatabase(db);
        store = DuckDbStore.open(new StoreOptions(db, "2GB", 2));
        var result = new MssdImporter(store).importLog(BenchData.mssdLog(rows), MssdImporter.Extras.none(), ImportOptions.strict());
        if (result.isLeft()) {
            throw new IllegalStateException(result.getLeft().report());
        }
        sessions = new DuckDbSessionStoreAdapter(store);
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    @Benchmark
    public long streamAll(Blackhole hole) {
        return sessions.stream(0, 1_000, hole::consume);
    }
}
