package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Law: the allocation-free check that admits a body to the fast parser agrees with the JDK's strict decoder (the
 * tree parser's check) on every byte string — hand-picked malformed forms and random bytes alike.
 */
class WellFormedUtf8Test {

    @Test
    void agreesWithTheStrictDecoderOnKnownForms() {
        byte[][] cases = {
            {}, {'a'}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xC2, (byte) 0xA9},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xE0, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0x9F, (byte) 0xBF},
            {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC2},
            {(byte) 0x80}, {(byte) 0xFF}, {'"', (byte) 0xE2, (byte) 0x82, (byte) 0xAC, '"'},
        };
        for (byte[] c : cases) {
            assertEquals(RequestJson.firstMalformedByte(c) < 0, RequestJson.wellFormedUtf8(c, c.length),
                    () -> java.util.HexFormat.of().formatHex(c));
        }
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[random.nextInt(1, 9)];
            for (int i = 0; i < b.length; i++) {
                // mostly the interesting high range, some ASCII
                b[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            assertEquals(RequestJson.firstMalformedByte(b) < 0, RequestJson.wellFormedUtf8(b, b.length),
                    java.util.HexFormat.of().formatHex(b));
        }
    }

    @Test
    void onlyTheGivenLengthCounts() {
        byte[] b = {'a', 'b', (byte) 0xC0};
        assertEquals(true, RequestJson.wellFormedUtf8(b, 2));
        assertEquals(false, RequestJson.wellFormedUtf8(b, 3));
    }
}
