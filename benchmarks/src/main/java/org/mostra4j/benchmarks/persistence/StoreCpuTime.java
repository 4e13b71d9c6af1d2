package org.mostra4j.benchmarks.persistence;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.mostra4j.adapters.persistence.DuckDbSessionStoreAdapter;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;
import org.mostra4j.adapters.persistence.importing.MssdImporter;

/**
 * Companion to the JMH store benchmarks on a shared machine: the same work, timed by wall clock and by
 * process CPU time (all threads, DuckDB's native ones included). On a crowded machine the wall clock
 * mostly measures waiting for a core; rows per CPU-second says what the code costs. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.persistence.StoreCpuTime [rows] [reps]}.
 */
public final class StoreCpuTime {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StoreCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path mssd = BenchData.mssdLog(rows);
        Path lastFm = BenchData.lastFmLog(rows);
        for (int rep = 1; rep <= reps; rep++) {
            Path db = BenchData.DIR.resolve("cpu-probe.duckdb");
            BenchData.deleteDatabase(db);
            try (DuckDbStore store = DuckDbStore.open(new StoreOptions(db, "2GB", 2))) {
                long[] t = start();
                ImportSummary s = new MssdImporter(store).importLog(mssd, MssdImporter.Extras.none(), ImportOptions.strict()).get();
                report("mssd import", s.inputRows(), "rows", t);
                t = start();
                long n = new DuckDbSessionStoreAdapter(store).stream(0, 1_000, chunk -> { });
                report("session stream", n, "sessions", t);
            }
            BenchData.deleteDatabase(db);
            try (DuckDbStore store = DuckDbStore.open(new StoreOptions(db, "2GB", 2))) {
                long[] t = start();
                ImportSummary s = new LastFmImporter(store).importLog(lastFm, LastFmImporter.DEFAULT_GAP, ImportOptions.strict()).get();
                report("lastfm import", s.inputRows(), "plays", t);
            }
        }
    }

    private static long[] start() {
        return new long[] {System.nanoTime(), OS.getProcessCpuTime()};
    }

    private static void report(String what, long units, String unit, long[] start) {
        double wall = (System.nanoTime() - start[0]) / 1e9;
        double cpu = (OS.getProcessCpuTime() - start[1]) / 1e9;
        System.out.printf("%-15s %,10d %s  wall %6.2f s = %,9.0f %s/s   cpu %6.2f s = %,9.0f %s per cpu-s   load %.1f%n",
                what, units, unit, wall, units / wall, unit, cpu, units / cpu, unit, OS.getSystemLoadAverage());
    }
}
