package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A conservative check, in Java on the thread that scans (and inflates) a CSV part, that every row of the part
 * already passes its column rules: then DuckDB need not run the column check over the staged part, which is the
 * costliest check and otherwise runs on the importing thread while the scan thread waits for the next part.
 *
 * <p>The screen only ever says "certainly valid": it accepts a narrow, plain form of each kind (printable ASCII ids,
 * {@code 1}..{@code 999999999}, {@code true}/{@code 0}, calendar dates of 1900–2099, …) on lines of ASCII text
 * without quotes or control characters and with exactly the header's field count, where its split into fields is the
 * CSV reader's and no row can be malformed (so a clean part may also be staged with only the columns the importer
 * reads: the reader then never looks at the others, and would not have refused any of their values).
 * Anything else (a quote, an empty field, a date it does not know) makes it give up for the whole part, and the
 * importer runs its SQL check, which finds the problem and reports it at its line. So the screen decides only how
 * fast a clean part is checked, never what is accepted. Law (tested against DuckDB): a value the screen accepts is
 * valid for the SQL rule of its kind.
 */
final class ValueScreen {
    /** The kinds the screen knows; a rule of another kind makes it give up (the SQL check runs). */
    private static final List<ColumnKind> KNOWN = List.of(ColumnKind.ID, ColumnKind.TEXT, ColumnKind.POSITIVE_INT,
            ColumnKind.BOOL, ColumnKind.MSSD_DATE);
    private static final int MAX_LINE = 1 << 16;

    private final Map<String, ColumnKind> rules;
    /** The kind of each field of a line, null for a field not checked; null until the header is read. */
    private ColumnKind[] kinds;
    /** The header line so far, then the current checked field's bytes when it began in an earlier chunk. */
    private byte[] carry = new byte[256];
    private int carried;
    /** The index of the current field within its line. */
    private int field;
    /** Whether the current line holds anything but a final CR (a blank line is skipped, as the reader skips it). */
    private boolean lineStarted;
    /** Whether the last byte was a CR: only a line break may follow it. */
    private boolean cr;
    private boolean clean = true;
    private boolean ended;
    /** Where the projection goes (the checked columns of each line, in file order), or null for none. */
    private final OutputStream out;
    private final byte[] pending;
    private int pendingLength;
    /** Fields of the current line written to the projection so far. */
    private int projected;
    /** The checked columns, in file order: the projection's header. */
    private List<String> projection = List.of();

    /** A screen for the given rules (column name to kind; columns absent from a part's header are not checked). */
    ValueScreen(Map<String, ColumnKind> rules) {
        this(rules, null);
    }

    /**
     * A screen that also writes, line for line, the checked columns of the file to {@code out} (a blank line stays
     * a blank line, a CR LF becomes LF): while the screen is clean, that projection is the file as far as the
     * importer reads it, and the CSV reader goes through a part's 8 read columns in far less time than its 21.
     * Its content is meaningless once the screen is not clean.
     */
    ValueScreen(Map<String, ColumnKind> rules, OutputStream out) {
        this.out = out;
        this.pending = out == null ? null : new byte[1 << 16];
        this.rules = Map.copyOf(rules);
        for (ColumnKind k : rules.values()) {
            if (!KNOWN.contains(k)) {
                clean = false;
            }
        }
    }

    /** Whether every row seen passed; only meaningful once the stream {@link #end() ended}. */
    boolean clean() {
        return ended && clean;
    }

    /** Whether a row failed already (then nothing more is looked at). */
    boolean failed() {
        return !clean;
    }

    /** The projection's columns in file order (known once the header was read). */
    List<String> projection() {
        return projection;
    }

    /**
     * The next bytes of the file (the first line is its header). One pass: every byte is looked at once, and
     * only the bytes of checked fields a second time.
     */
    void accept(byte[] b, int off, int len) {
        int end = off + len;
        int i = kinds == null ? header(b, off, end) : off;
        if (!clean || kinds == null) {
            return;
        }
        int fieldStart = i;
        for (; i < end; i++) {
            byte c = b[i];
            if (c <= ',') { // letters, digits, '-', '_' and '.' (nearly every byte) skip the tests below
                if (c == ',') {
                    if (cr || !endField(b, fieldStart, i)) {
                        clean = false;
                        return;
                    }
                    fieldStart = i + 1;
                    lineStarted = true;
                    continue;
                } else if (c == '\n') {
                    if (!endLine(b, fieldStart, i)) {
                        return;
                    }
                    fieldStart = i + 1;
                    continue;
                } else if (c == '\r') {
                    if (cr) {
                        clean = false;
                        return;
                    }
                    cr = true;
                    continue;
                } else if (c < 0x20 || c == '"') {
                    // quoting, a control character or a byte beyond ASCII (perhaps not UTF-8, which the reader refuses
                    // as a malformed row): leave the splitting and the message to the reader and the SQL check
                    clean = false;
                    return;
                }
            }
            if (cr) {
                clean = false; // a CR inside a line: the reader may take it for a line break
                return;
            }
            lineStarted = true;
        }
        if (fieldStart < end && field < kinds.length && kinds[field] != null) {
            carry(b, fieldStart, end);
        }
    }

    /** The file ended (its last line may lack a line break). */
    void end() {
        if (clean && kinds != null) {
            endLine(carry, 0, 0);
        }
        if (kinds == null) {
            clean = false; // no header: nothing to vouch for
        }
        if (clean && out != null) {
            flush();
        }
        ended = true;
    }

    /** Reads header bytes from {@code b}; returns where the data lines start in it ({@code end} while in the header). */
    private int header(byte[] b, int off, int end) {
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                carry(b, off, i);
                int n = carried > 0 && carry[carried - 1] == '\r' ? carried - 1 : carried;
                carried = 0;
                header(new String(carry, 0, n, StandardCharsets.UTF_8));
                return i + 1;
            }
        }
        carry(b, off, end);
        return end;
    }

    /** Ends the current line at {@code to} (a CR before it already seen); false (no longer clean) when it fails. */
    private boolean endLine(byte[] b, int from, int to) {
        if (cr) {
            // the CR belongs to the line break, not to the last field
            if (to > from) {
                to--;
            } else if (carried > 0) {
                carried--;
            }
            cr = false;
        }
        if (lineStarted || to > from || carried > 0) {
            if (!endField(b, from, to) || field != kinds.length) {
                clean = false;
                return false;
            }
        }
        field = 0;
        carried = 0;
        lineStarted = false;
        if (out != null) {
            write((byte) '\n');
            projected = 0;
        }
        return true;
    }

    /** Ends field number {@link #field} of the line at {@code to}; false when it is not certainly valid. */
    private boolean endField(byte[] b, int from, int to) {
        if (field >= kinds.length) {
            return false;
        }
        ColumnKind kind = kinds[field++];
        if (kind == null) {
            return true;
        }
        if (carried == 0) {
            return plain(kind, b, from, to) && project(b, from, to);
        }
        carry(b, from, to);
        boolean ok = plain(kind, carry, 0, carried) && project(carry, 0, carried);
        carried = 0;
        return ok;
    }

    private boolean project(byte[] b, int from, int to) {
        if (out != null) {
            if (projected++ > 0) {
                write((byte) ',');
            }
            if (pendingLength + (to - from) > pending.length) {
                flush();
            }
            System.arraycopy(b, from, pending, pendingLength, to - from);
            pendingLength += to - from;
        }
        return true;
    }

    private void write(byte b) {
        if (pendingLength == pending.length) {
            flush();
        }
        pending[pendingLength++] = b;
    }

    private void flush() {
        try {
            out.write(pending, 0, pendingLength);
            pendingLength = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void carry(byte[] b, int from, int to) {
        int n = to - from;
        if (carried + n > MAX_LINE) {
            clean = false; // an absurdly long line: not the plain form this screen vouches for
            return;
        }
        if (carried + n > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carry.length * 2, carried + n));
        }
        System.arraycopy(b, from, carry, carried, n);
        carried += n;
    }

    private void header(String line) {
        if (line.chars().anyMatch(c -> c == '"' || c < 0x20)) {
            clean = false; // a quoted or odd header: the reader's idea of the columns is not certainly ours
            return;
        }
        List<String> names = HeaderLine.split(line, TextDialect.CSV);
        kinds = new ColumnKind[names.size()];
        for (Map.Entry<String, ColumnKind> rule : rules.entrySet()) {
            int i = names.indexOf(rule.getKey());
            if (i >= 0) {
                kinds[i] = rule.getValue();
            }
        }
        List<String> columns = new java.util.ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != null) {
                columns.add(names.get(i));
            }
        }
        projection = List.copyOf(columns);
        if (out != null) {
            byte[] header = (String.join(",", projection) + "\n").getBytes(StandardCharsets.UTF_8);
            for (byte b : header) {
                write(b);
            }
        }
    }

    /** Whether the field's bytes are certainly a valid value of {@code kind} (false: not known to be). */
    static boolean plain(ColumnKind kind, byte[] b, int from, int to) {
        int n = to - from;
        return switch (kind) {
            case ID -> n > 0 && allBetween(b, from, to, 0x21);
            case TEXT -> n > 0 && b[from] != ' ' && b[to - 1] != ' ' && allBetween(b, from, to, 0x20);
            case POSITIVE_INT -> n > 0 && n <= 9 && b[from] != '0' && digits(b, from, to);
            case BOOL -> n == 1 ? b[from] == '0' || b[from] == '1'
                    : (n == 4 && lowerEquals(b, from, "true")) || (n == 5 && lowerEquals(b, from, "false"));
            case MSSD_DATE -> n == 10 ? isoDate(b, from) : n == 8 && dayMonthYear(b, from);
            default -> false;
        };
    }

    /** Every byte printable ASCII from {@code low} (0x20 space or 0x21) to {@code ~}. */
    private static boolean allBetween(byte[] b, int from, int to, int low) {
        for (int i = from; i < to; i++) {
            if (b[i] < low || b[i] > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerEquals(byte[] b, int from, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int number(byte[] b, int from, int digits) {
        int v = 0;
        for (int i = from; i < from + digits; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /** {@code YYYY-MM-DD}, a real calendar day in 1900–2099. */
    private static boolean isoDate(byte[] b, int at) {
        if (b[at + 4] != '-' || b[at + 7] != '-') {
            return false;
        }
        int y = number(b, at, 4);
        return y >= 1900 && y <= 2099 && calendarDay(y, number(b, at + 5, 2), number(b, at + 8, 2));
    }

    /**
     * {@code DD-MM-YY}. The century a two-digit year falls in is the reader's business, so 29 February (a leap day
     * in one century and not another) is left to the SQL check; every other day of a month is a day in any year.
     */
    private static boolean dayMonthYear(byte[] b, int at) {
        if (b[at + 2] != '-' || b[at + 5] != '-' || number(b, at + 6, 2) < 0) {
            return false;
        }
        int d = number(b, at, 2);
        int m = number(b, at + 3, 2);
        return !(d == 29 && m == 2) && calendarDay(2001, m, d);
    }

    private static boolean calendarDay(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1) {
            return false;
        }
        try {
            return d <= LocalDate.of(y, m, 1).lengthOfMonth();
        } catch (DateTimeException e) {
            return false;
        }
    }
}
