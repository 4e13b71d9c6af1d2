package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvLinesTest {
    private static String line(double v, int decimals) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLines out = new CsvLines(bytes)) {
            out.fixed(v, decimals).end();
        }
        return bytes.toString(StandardCharsets.US_ASCII).strip();
    }

    @Test
    void fixedDecimalsAreExactAndLocaleFree() throws IOException {
        assertEquals("0.500000", line(0.5, 6));
        assertEquals("1.000000", line(0.9999996, 6));
        assertEquals("0.000001", line(0.0000005, 6));
        assertEquals("0.0000", line(-0.00001, 4));
        assertEquals("-1.25000", line(-1.25, 5));
        assertEquals("12.3", line(12.34, 1));
        assertEquals("7", line(7.2, 0));
    }

    @Test
    void idsAreZeroPaddedAndRowsCommaSeparated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLines out = new CsvLines(bytes)) {
            out.header("a", "b").id('t', 41, 6).integer(-3).text("x").end().id('s', 99_999, 4).end();
        }
        assertEquals("a,b\nt000042,-3,x\ns100000\n", bytes.toString(StandardCharsets.US_ASCII));
        assertEquals(WorldIds.format('t', 41, 6), "t000042");
    }
}
