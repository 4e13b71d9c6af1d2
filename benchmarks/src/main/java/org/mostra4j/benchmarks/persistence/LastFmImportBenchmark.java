package org.mostra4j.benchmarks.persistence;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;
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
import org.openjdk.jmh.annotations.Warmup;

/** Importing a generated Last.fm-1K log (1,000,000 plays by default): plays/s = plays / score. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LastFmImportBenchmark {
    @Param({"1000000"})
    int plays;

    Path log;
    Path db;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        log = BenchData.lastFmLog(plays);
        db = BenchData.DIR.resolve("lastfm-import.duckdb");
    }

    @Setup(Level.Invocation)
    public void emptyStore() throws Exception {
        BenchData.deleteDatabase(db);
    }

    @Benchmark
    public ImportSummary importLog() {
        try (DuckDbStore store = DuckDbStore.open(new StoreOptions(db, "2GB", 2))) {
            var result = new LastFmImporter(store).importLog(log, LastFmImporter.DEFAULT_GAP, ImportOptions.strict());
            if (result.isLeft()) {
                throw new IllegalStateException(result.getLeft().report());
            }
            return result.get();
        }
    }
}
