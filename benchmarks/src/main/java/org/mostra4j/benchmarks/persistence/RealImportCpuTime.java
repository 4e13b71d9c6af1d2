package org.mostra4j.benchmarks.persistence;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;
import org.mostra4j.adapters.persistence.importing.MssdImporter;

/**
 * Real-format imports timed by wall clock and process CPU time, one import per JVM so that
 * {@code /usr/bin/time -v} gives its peak RSS:
 * <ul>
 *   <li>{@code mssd-parts ROWS PARTS [MEMORY_LIMIT]}: a folder of gzip'd MSSD part files with replays
 *       (generated once under {@code $TMPDIR/mostra4j-bench}); targets ≥ 500,000 rows/s, and 10 M rows within
 *       1 GB RSS (run with {@code -Xmx256m} and a DuckDB memory limit such as {@code 512MB});</li>
 *   <li>{@code lastfm PLAYS [MEMORY_LIMIT]}: a generated Last.fm-1K TSV (19,150,868 plays is the full size);
 *       target ≥ 200,000 plays/s.</li>
 * </ul>
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.persistence.RealImportCpuTime mssd-parts 10000000 40 512MB}
 */
public final class RealImportCpuTime {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private RealImportCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "mssd-parts";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        boolean mssd = mode.equals("mssd-parts");
        int parts = mssd && args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String memory = args.length > (mssd ? 3 : 2) ? args[mssd ? 3 : 2] : "1GB";
        Path input = mssd ? BenchData.mssdGzParts(rows, parts) : BenchData.lastFmLog(rows);
        Path db = BenchData.DIR.resolve("real-import-probe.duckdb");
        BenchData.deleteDatabase(db);
        try (DuckDbStore store = DuckDbStore.open(new StoreOptions(db, memory, 2))) {
            long wall0 = System.nanoTime();
            long cpu0 = OS.getProcessCpuTime();
            ImportOptions options = ImportOptions.strict().withProgress(System.err::println);
            var result = mssd
                    ? new MssdImporter(store).importLogs(List.of(input), MssdImporter.Extras.none(), options)
                    : new LastFmImporter(store).importLog(input, Optional.empty(), LastFmImporter.DEFAULT_GAP, options);
            if (result.isLeft()) {
                throw new IllegalStateException(result.getLeft().report());
            }
            ImportSummary s = result.get();
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("%s: %,d rows (%s), replays folded %,d into %,d candidates%n", mode, s.inputRows(), input,
                    s.replays().plays(), s.replays().candidates());
            System.out.printf("wall %.2f s = %,.0f rows/s   cpu %.2f s = %,.0f rows per cpu-s   load %.1f   memory_limit %s%n",
                    wall, s.inputRows() / wall, cpu, s.inputRows() / cpu, OS.getSystemLoadAverage(), memory);
        } finally {
            BenchData.deleteDatabase(db);
        }
    }
}
