package org.mostra4j.adapters.persistence.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one fast byte scan of a delimited text file tells the importer before DuckDB reads it: the header
 * line, the blank lines (DuckDB skips them silently, so they are needed to turn row numbers back into line
 * numbers), the first line break inside a quoted field (records spanning lines would shift every later
 * line number, so such files are refused) and the number of lines.
 *
 * @param header          the first line's text ("" for an empty file)
 * @param blankLines      1-based numbers of empty lines after the header, ascending
 * @param quotedLineBreak the line where a quoted field first runs over a line end, if any
 * @param lines           number of lines (a final line break does not start a new line)
 * @param controls        whether a C0 control character other than tab, CR and LF occurs after the header (then the
 *                        importer checks every value for them, which it skips for the usual clean file)
 */
public record LineLayout(String header, List<Long> blankLines, Optional<Long> quotedLineBreak, long lines,
        boolean controls) {
    public LineLayout {
        blankLines = List.copyOf(blankLines);
    }

    /** Scans {@code file}; {@code quote} is the quote byte, or -1 when the format has no quoting. */
    public static LineLayout scan(Path file, int quote) throws IOException {
        try (InputStream in = open(file)) {
            return scan(in, quote);
        }
    }

    /** The file's bytes, decompressed when its name ends in {@code .gz} (as DuckDB's reader does). */
    static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            return new BufferedInputStream(new java.util.zip.GZIPInputStream(raw, 1 << 16), 1 << 16);
        }
        return new BufferedInputStream(raw, 1 << 16);
    }

    public static LineLayout scan(InputStream in, int quote) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        List<Long> blanks = new ArrayList<>();
        long quotedBreak = -1;
        long line = 1;
        long offset = 0;
        long lineStart = 0;
        byte previous = '\n';
        boolean inQuotes = false;
        boolean controls = false;
        boolean headerDone = false;
        byte q = (byte) quote;
        boolean quoting = quote >= 0;
        byte[] buf = new byte[1 << 20];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            int i = 0;
            if (!headerDone) {
                while (i < n && buf[i] != '\n') {
                    if (buf[i] != '\r') {
                        header.write(buf[i]);
                    }
                    if (quoting && buf[i] == q) {
                        inQuotes = !inQuotes;
                    }
                    i++;
                }
                if (i < n) {
                    headerDone = true;
                    if (inQuotes && quotedBreak < 0) {
                        quotedBreak = line;
                    }
                    line++;
                    lineStart = offset + i + 1;
                    previous = '\n';
                    i++;
                }
            }
            // the hot loop: only line ends and quotes matter
            for (; i < n; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    long length = offset + i - lineStart;
                    if (length == 0 || (length == 1 && previous == '\r')) {
                        blanks.add(line);
                    }
                    if (inQuotes && quotedBreak < 0) {
                        quotedBreak = line;
                    }
                    line++;
                    lineStart = offset + i + 1;
                } else if (quoting && b == q) {
                    inQuotes = !inQuotes;
                } else if (b >= 0 && b < 0x20 && b != '\t' && b != '\r') {
                    controls = true;
                }
                previous = b;
            }
            if (n > 0) {
                previous = buf[n - 1];
            }
            offset += n;
        }
        long lines = offset == 0 ? 0 : lineStart == offset ? line - 1 : line;
        final long last = lines;
        blanks.removeIf(l -> l > last);
        return new LineLayout(header.toString(StandardCharsets.UTF_8), blanks,
                quotedBreak < 0 ? Optional.empty() : Optional.of(quotedBreak), lines, controls);
    }
}
