package org.mostra4j.adapters.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last guard before text reaches a client: file system paths, data file names and process ids are masked in
 * every problem document, whichever route or adapter wrote the words (a store's message names its file and the
 * lock holder's process; the server log keeps them). The service's own endpoint paths ({@code /v1/…},
 * {@code /health}, {@code /metrics}) are left as they are.
 */
final class ClientText {
    /** A path with at least one separator, absolute, home- or dot-relative, or with a drive letter. */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile(
            "(?<![\\w.~/\\\\-])(?:~|\\.{1,2}|[A-Za-z]:)?[/\\\\](?:[^\\s\"'/\\\\:;,()]+[/\\\\]?)+");
    private static final Pattern DATA_FILE = Pattern.compile(
            "(?<![\\w.~/-])[\\w.~/\\\\-]*\\.(?:duckdb|wal|model|bin|zip|csv|tsv|parquet|jar)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROCESS_ID = Pattern.compile("(?i)\\b(pid|process)(\\s*[:=#]?\\s*)\\d+");
    private static final Pattern OWN_ENDPOINT = Pattern.compile("/(?:v1|health|metrics)(?:/.*)?");

    private ClientText() {
    }

    static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = ABSOLUTE_PATH.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, OWN_ENDPOINT.matcher(m.group()).matches() ? Matcher.quoteReplacement(m.group())
                    : "<path>");
        }
        m.appendTail(out);
        String noFiles = DATA_FILE.matcher(out).replaceAll("<file>");
        return PROCESS_ID.matcher(noFiles).replaceAll("$1$2<hidden>");
    }
}
