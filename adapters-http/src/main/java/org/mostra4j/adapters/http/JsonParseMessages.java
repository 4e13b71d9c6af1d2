package org.mostra4j.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's complaint in our own words: what is wrong in JSON terms, never the library's feature flags, class
 * names or option names (a client cannot act on {@code JsonReadFeature.ALLOW_…}).
 */
final class JsonParseMessages {
    private record Rule(Pattern pattern, Function<Matcher, String> message) {
    }

    private static final List<Rule> RULES = List.of(
            rule("^Non-standard token '([^']*)'", m -> m.group(1) + " is not a JSON number (JSON has no NaN or "
                    + "Infinity)"),
            rule("^Trailing token", m -> "text after the end of the JSON document"),
            rule("^Duplicate field '([^']*)'", m -> "duplicate key \"" + m.group(1) + "\""),
            rule("Leading zeroes not allowed", m -> "a number may not have leading zeros"),
            rule("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", m -> String.format(Locale.ROOT,
                    "control character U+%04X must be escaped inside a string", Integer.parseInt(m.group(1)))),
            rule("^Unrecognized character escape '(.)'", m -> "invalid escape \\" + m.group(1) + " in a string"),
            rule("^Unrecognized token '([^']{0,40})", m -> "unrecognized token '" + m.group(1)
                    + "'; expected a string, number, object, array, true, false or null"),
            rule("^Unexpected close marker '(.)': expected '(.)'", m -> "'" + m.group(1) + "' closes a '"
                    + opener(m.group(2)) + "'; expected '" + m.group(2) + "'"),
            rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting (double-quote to start field name"
                    + "|comma to separate \\w+ entries|a colon to separate field name and value)",
                    m -> "unexpected character '" + m.group(1) + "'; expected " + m.group(2).replace("field name",
                            "a key").replace("Object", "object").replace("Array", "array")),
            rule("^Unexpected character \\('(.)' \\(code \\d+\\)\\)", m -> "unexpected character '" + m.group(1)
                    + "'; expected a string, number, object, array, true, false or null"),
            rule("^Unexpected end-of-input", m -> "the document ends early (an unclosed string, object or array)"),
            rule("^Invalid numeric value", m -> "invalid number"),
            rule("^Numeric value \\(([^)]{0,40})", m -> "number out of range: " + m.group(1)));

    private JsonParseMessages() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the document ends early (an unclosed string, object or array)";
        }
        if (e instanceof StreamConstraintsException) {
            return "the document exceeds a size limit (nesting depth, number length or string length)";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(original);
            if (m.find()) {
                return r.message().apply(m);
            }
        }
        return "not valid JSON here";
    }

    private static Rule rule(String regex, Function<Matcher, String> message) {
        return new Rule(Pattern.compile(regex), message);
    }

    private static String opener(String expectedCloser) {
        return "}".equals(expectedCloser) ? "{" : "[";
    }
}
