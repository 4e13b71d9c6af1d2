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
 */
public record LineLayout(String header, List<Long> blankLines, Optional<Long> quotedLineBreak, long lines) {
    public LineLayout {
        blankLines = List.copyOf(blankLines);
    }

    /** Scans {@code file}; {@code quote} is the quote byte, or -1 when the format has no quoting. */
    public static LineLayout scan(Path file, int quote) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return scan(in, quote);
        }
    }

    static LineLayout scan(InputStream in, int quote) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        List<Long> blanks = new ArrayList<>();
        Long quotedBreak = null;
        long line = 1;
        long lineLength = 0;
        boolean inQuotes = false;
        boolean any = false;
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            any = true;
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == '\n') {
                    if (inQuotes && quotedBreak == null) {
                        quotedBreak = line;
                    }
                    if (lineLength == 0 && line > 1) {
                        blanks.add(line);
                    }
                    line++;
                    lineLength = 0;
                } else if (b != '\r') {
                    if (b == quote) {
                        inQuotes = !inQuotes;
                    }
                    if (line == 1) {
                        header.write(b);
                    }
                    lineLength++;
                }
            }
        }
        long lines = !any ? 0 : lineLength == 0 ? line - 1 : line;
        blanks.removeIf(l -> l > lines);
        return new LineLayout(header.toString(StandardCharsets.UTF_8), blanks, Optional.ofNullable(quotedBreak), lines);
    }
}
