package org.mostra4j.adapters.persistence.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mostra4j.adapters.persistence.importing.LineLayout;

/** Law: the fast byte scan agrees with a plain line split on line count, blank lines, header and control characters. */
class LineLayoutFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void scanAgreesWithAPlainLineSplit(byte[] data) throws Exception {
        LineLayout fast = LineLayout.scan(new ByteArrayInputStream(data), '"');
        String text = new String(data, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<Long> blanks = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty() || lines.get(i).equals("\r")) {
                blanks.add(i + 1L);
            }
        }
        if (fast.lines() != lines.size()) {
            throw new AssertionError("lines " + fast.lines() + " != " + lines.size());
        }
        if (!fast.blankLines().equals(blanks)) {
            throw new AssertionError("blank lines " + fast.blankLines() + " != " + blanks);
        }
        boolean controls = lines.stream().skip(1).anyMatch(l -> l.chars().anyMatch(ch -> ch < 0x20 && ch != '\t'
                && ch != '\r'));
        if (fast.controls() != controls) {
            throw new AssertionError("controls " + fast.controls() + " != " + controls);
        }
        String header = lines.isEmpty() ? "" : lines.get(0).replace("\r", "");
        byte[] expected = header.getBytes(StandardCharsets.ISO_8859_1);
        if (!java.util.Arrays.equals(fast.header().getBytes(StandardCharsets.UTF_8),
                new String(expected, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))) {
            throw new AssertionError("header differs");
        }
    }
}
