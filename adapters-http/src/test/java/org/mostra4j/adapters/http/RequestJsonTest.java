package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parse errors in our own words, at the JSON path where reading stopped; strict UTF-8. */
class RequestJsonTest {
    final RequestJson json = new RequestJson();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"a\":NaN}|$.a|NaN is not a JSON number (JSON has no NaN or Infinity)",
        "{\"a\":-Infinity}|$.a|-Infinity is not a JSON number (JSON has no NaN or Infinity)",
        "{\"a\":1} {}|$|text after the end of the JSON document",
        "{\"a\":01}|$.a|a number may not have leading zeros",
        "`{'a':1}`|$|unexpected character '''; expected double-quote to start a key",
        "{\"a\":1,\"a\":2}|$.a|duplicate key \"a\"",
        "{\"a\":[1|$.a[0]|the document ends early (an unclosed string, object or array)",
        "{\"a\":[1}|$.a[0]|'}' closes a '['; expected ']'",
        "{\"a\" 1}|$.a|unexpected character '1'; expected a colon to separate a key and value",
        "{\"a\":1 \"b\":2}|$.a|unexpected character '\"'; expected comma to separate object entries",
        "{\"a\":tru}|$.a|unrecognized token 'tru'; expected a string, number, object, array, true, false or null",
        "{\"a\":\"\\x\"}|$.a|invalid escape \\x in a string",
        "{\"a b\":[{\"c\":}]}|$['a b'][0].c|unexpected character '}'; expected a string, number, object, array, true, false or null"})
    void malformedJsonIsDescribedInJsonTerms(String document, String path, String message) {
        var problem = json.parse(document.getBytes(StandardCharsets.UTF_8)).getLeft();
        assertEquals(Problem.Kind.MALFORMED_JSON, problem.kind());
        assertEquals(path, problem.errors().get(0).path());
        assertEquals(message, problem.errors().get(0).message());
        assertTrue(problem.detail().matches("line 1, column \\d+: .*"), problem.detail());
    }

    @Test
    void controlCharactersInStringsMustBeEscaped() {
        var problem = json.parse("{\"a\":\"x\ny\"}".getBytes(StandardCharsets.UTF_8)).getLeft();
        assertEquals("control character U+000A must be escaped inside a string", problem.errors().get(0).message());
    }

    @Test
    void deepNestingIsASizeLimitNotACrash() {
        var problem = json.parse("[".repeat(5_000).getBytes(StandardCharsets.UTF_8)).getLeft();
        assertEquals(Problem.Kind.MALFORMED_JSON, problem.kind());
        assertTrue(problem.detail().contains("size limit"), problem.detail());
    }

    @Test
    void aByteOrderMarkIsIgnoredAndOtherwiseTheBytesAreTheDocument() {
        byte[] bom = "\uFEFF{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, json.parse(bom).get().get("a").asInt());
        assertEquals("é", json.parse("{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8)).get().get("a").asText());
    }

    @Test
    void theFirstMalformedByteIsFound() {
        assertEquals(-1, RequestJson.firstMalformedByte("{\"a\":\"é€𝄞\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, RequestJson.firstMalformedByte(new byte[] {'a', 'b', (byte) 0xc0, (byte) 0xaf}));
        assertEquals(1, RequestJson.firstMalformedByte(new byte[] {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80}));
        assertEquals(1, RequestJson.firstMalformedByte(new byte[] {'a', (byte) 0xe2, (byte) 0x82}));
        assertEquals(0, RequestJson.firstMalformedByte(new byte[] {(byte) 0xff}));
        assertEquals(0, RequestJson.firstMalformedByte(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                "above U+10FFFF");
    }
}
