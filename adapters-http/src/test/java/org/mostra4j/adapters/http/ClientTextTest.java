package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paths, data file names and process ids are masked; the service's own words and endpoint paths are not. */
class ClientTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/srv/data/m.duckdb: the database is in use by process 4242; retry|<path>: the database is in use by process <hidden>; retry",
        "Conflicting lock is held in /usr/lib/jvm/java-17/bin/java (PID 977)|Conflicting lock is held in <path> (PID <hidden>)",
        "cannot open ./store/mostra4j.duckdb|cannot open <path>",
        "read /etc/mostra4j/ and ~/notes|read <path> and <path>",
        "GET / is not an endpoint|GET / is not an endpoint",
        "mostra4j.duckdb: not a mostra4j database|<file>: not a mostra4j database",
        "model st.model is damaged|model <file> is damaged",
        "C:\\data\\x.duckdb is locked|<path> is locked",
        "~/work/m.duckdb is locked|<path> is locked",
        "pid=31 holds it|pid=<hidden> holds it",
        "no such endpoint (see GET /v1/objectives, POST /v1/sequence)|no such endpoint (see GET /v1/objectives, POST /v1/sequence)",
        "must be in [0,1], was 2.0|must be in [0,1], was 2.0",
        "line 2, column 12: unexpected character '}'|line 2, column 12: unexpected character '}'",
        "all 2 workers are busy and 8 requests are waiting|all 2 workers are busy and 8 requests are waiting",
        "a ratio 3/4 of them|a ratio 3/4 of them"})
    void masksPathsFilesAndProcessIds(String in, String out) {
        assertEquals(out, ClientText.scrub(in));
    }
}
