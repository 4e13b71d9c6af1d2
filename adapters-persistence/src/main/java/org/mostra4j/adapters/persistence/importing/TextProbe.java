package org.mostra4j.adapters.persistence.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds where a file stops being UTF-8 text (a NUL byte, a control character other than tab and line ends, a byte
 * that cannot start or continue a UTF-8 sequence, an overlong or surrogate form), as {@code line:column} (column counted in bytes from 1). Run only after DuckDB's
 * CSV reader refused a file, so the common path pays nothing for it.
 */
final class TextProbe {
    private TextProbe() {
    }

    /** Where the first non-text byte is and what it is, or empty when the file is UTF-8 text throughout. */
    static Optional<Problem> firstNonText(Path file, String display) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long line = 1;
            long column = 0;
            int pending = 0;
            int lead = 0;
            int second = -1;
            for (int b = in.read(); b >= 0; b = in.read()) {
                column++;
                String bad = null;
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80 || second < 0 && !secondByteFits(lead, b)) {
                        bad = "invalid UTF-8 (byte 0x" + hex(b) + " cannot continue a character)";
                    } else {
                        second = 1;
                        pending--;
                    }
                } else if (b == 0) {
                    bad = "a NUL byte: not a text file";
                } else if (b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
                    // the reader refuses some control characters outright (0x01 in a CSV field, in DuckDB 2.0)
                    bad = "control character U+" + String.format("%04X", b);
                } else if (b >= 0x80) {
                    pending = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                    if (pending < 0) {
                        bad = "invalid UTF-8 (byte 0x" + hex(b) + " cannot start a character)";
                    }
                    lead = b;
                    second = -1;
                } else if (b == '\n') {
                    line++;
                    column = 0;
                }
                if (bad != null) {
                    return Optional.of(new Problem(display, line, "byte " + column, bad));
                }
            }
            return pending > 0 ? Optional.of(new Problem(display, line, "byte " + column,
                    "invalid UTF-8 (the file ends inside a character)")) : Optional.empty();
        }
    }

    /** The second byte's range after E0, ED, F0 and F4 excludes overlong forms, surrogates and code points > U+10FFFF. */
    private static boolean secondByteFits(int lead, int b) {
        return switch (lead) {
            case 0xE0 -> b >= 0xA0;
            case 0xED -> b <= 0x9F;
            case 0xF0 -> b >= 0x90;
            case 0xF4 -> b <= 0x8F;
            default -> true;
        };
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }
}
