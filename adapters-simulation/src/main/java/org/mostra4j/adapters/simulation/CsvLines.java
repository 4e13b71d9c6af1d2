package org.mostra4j.adapters.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A fast ASCII CSV line writer with fixed formatting (no locale, fixed decimals), so that a seed always
 * gives the same bytes. Values are written as given: the simulator's ids and numbers need no quoting.
 */
final class CsvLines implements AutoCloseable {
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int pos;
    private boolean lineStart = true;
    private long lines;

    CsvLines(OutputStream out) {
        this.out = out;
    }

    long lines() {
        return lines;
    }

    CsvLines header(String... columns) throws IOException {
        for (String c : columns) {
            text(c);
        }
        return end();
    }

    private void separator() throws IOException {
        if (!lineStart) {
            put((byte) ',');
        }
        lineStart = false;
    }

    CsvLines text(String s) throws IOException {
        separator();
        if (pos + s.length() > buffer.length) {
            flushBuffer();
        }
        if (s.length() > buffer.length) {
            out.write(s.getBytes(StandardCharsets.US_ASCII));
            return this;
        }
        for (int i = 0; i < s.length(); i++) {
            buffer[pos++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** An id: prefix and 1-based number zero-padded to width (see WorldIds). */
    CsvLines id(char prefix, long index, int width) throws IOException {
        separator();
        put((byte) prefix);
        long value = index + 1;
        int n = digitsOf(value);
        for (int i = n; i < width; i++) {
            put((byte) '0');
        }
        writeDigits(n);
        return this;
    }

    CsvLines integer(long value) throws IOException {
        separator();
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        writeDigits(digitsOf(value));
        return this;
    }

    /** Fixed-point with {@code decimals} digits after the point, half away from zero; never "-0.000". */
    CsvLines fixed(double value, int decimals) throws IOException {
        separator();
        long scaled = Math.round(Math.abs(value) * POW10[decimals]);
        if (value < 0 && scaled != 0) {
            put((byte) '-');
        }
        long whole = scaled / POW10[decimals];
        long frac = scaled % POW10[decimals];
        writeDigits(digitsOf(whole));
        if (decimals > 0) {
            put((byte) '.');
            int n = digitsOf(frac);
            for (int i = n; i < decimals; i++) {
                put((byte) '0');
            }
            writeDigits(n);
        }
        return this;
    }

    CsvLines empty() throws IOException {
        separator();
        return this;
    }

    CsvLines end() throws IOException {
        put((byte) '\n');
        lineStart = true;
        lines++;
        return this;
    }

    private int digitsOf(long value) {
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (value % 10));
            value /= 10;
        } while (value > 0);
        return n;
    }

    private void writeDigits(int n) throws IOException {
        for (int i = n - 1; i >= 0; i--) {
            put(digits[i]);
        }
    }

    private void put(byte b) throws IOException {
        if (pos == buffer.length) {
            flushBuffer();
        }
        buffer[pos++] = b;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, pos);
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }
}
