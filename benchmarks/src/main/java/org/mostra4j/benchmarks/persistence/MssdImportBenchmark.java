package org.mostra4j.benchmarks.persistence;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a generated MSSD log (1,000,000 rows by default) into an empty store: one shot per
 * iteration; rows/s = rows / score. Target: >= 500,000 rows/s. {@link #importGzParts} reads the same
 * number of rows as the release ships them: 8 gzip'd part files in a folder, with replays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MssdImportBenchmark {
    @Param({"1000000"})
    int rows;
    @Param({"2"})
    int threads;

    Path log;
    Path parts;
    Path db;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        log = BenchData.mssdLog(rows);
        parts = BenchData.mssdGzParts(rows, 8);
        db = BenchData.DIR.resolve("mssd-import.duckdb");
    }

    @Setup(Level.Invocation)
    public void emptyStore() throws Exception {
        BenchData.deleteDatabase(db);
    }

    @Benchmark
    public ImportSummary importLog() {
        try (DuckDbStore store = DuckDbStore.open(new StoreOptions(db, "2GB", threads))) {
            var result = new MssdImporter(store).importLog(log, MssdImporter.Extras.none(), ImportOptions.strict());
            if (result.isLeft()) {
                throw new IllegalStateException(result.getLeft().report());
            }
            return result.get();
        }
    }

    @Benchmark
    public ImportSummary importGzParts() {
        try (DuckDbStore store = DuckDbStore.open(new StoreOptions(db, "2GB", threads))) {
            var result = new MssdImporter(store).importLogs(java.util.List.of(parts), MssdImporter.Extras.none(),
                    ImportOptions.strict());
            if (result.isLeft()) {
                throw new IllegalStateException(result.getLeft().report());
            }
            return result.get();
        }
    }
}
