package org.mostra4j.adapters.persistence.importing;

import java.util.Arrays;
import java.util.Collection;

/**
 * Turns DuckDB's row numbers (rowid of the staged rows, 0-based, in file order) back into physical line
 * numbers, given the first data line and the lines DuckDB did not turn into rows (blank lines and rows it
 * rejected as malformed).
 */
final class LineMap {
    private final long firstDataLine;
    private final long[] skipped;

    LineMap(long firstDataLine, Collection<Long> skippedLines) {
        this.firstDataLine = firstDataLine;
        this.skipped = skippedLines.stream().mapToLong(Long::longValue).filter(l -> l >= firstDataLine).sorted()
                .distinct().toArray();
    }

    /** The physical line of staged row {@code rowid}. */
    long line(long rowid) {
        long line = firstDataLine + rowid;
        for (long s : skipped) {
            if (s <= line) {
                line++;
            } else {
                break;
            }
        }
        return line;
    }

    @Override
    public String toString() {
        return "LineMap[first=" + firstDataLine + ", skipped=" + Arrays.toString(skipped) + "]";
    }
}
