package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-format data through the real command line, at a tiny size: an MSSD-format release (gzip'd log part
 * files with replays, 0/1 and True/False booleans, both date spellings, a prediction column; two track
 * feature files) → {@code import mssd} → {@code train} → {@code evaluate} (logged SAT only) →
 * {@code sequence --db}; a Last.fm-1K-format log with its profile file → {@code import lastfm --profiles}
 * → {@code embed} → {@code gs-score}.
 */
class RealFormatEndToEndTest {
    static final String HEADER = "session_id,session_position,session_length,track_id_clean,skip_1,skip_2,skip_3,"
            + "not_skipped,context_switch,no_pause_before_play,short_pause_before_play,long_pause_before_play,"
            + "hist_user_behavior_n_seekfwd,hist_user_behavior_n_seekback,hist_user_behavior_is_shuffle,hour_of_day,date,"
            + "premium,context_type,hist_user_behavior_reason_start,hist_user_behavior_reason_end";
    static final int TRACKS = 120;

    @TempDir
    Path dir;

    @Test
    void mssdFormatImportTrainEvaluateAndSequence() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("training_set"));
        long replays = writeMssdParts(logs, 160, 11);
        Path features = Files.createDirectories(dir.resolve("track_features"));
        writeFeatures(features.resolve("tf_000000000000.csv"), 0, TRACKS / 2);
        writeFeatures(features.resolve("tf_000000000001.csv"), TRACKS / 2, TRACKS);
        String db = dir.resolve("mssd.duckdb").toString();

        CliRun imported = CliRun.of("import", "mssd", "--db", db, "--log", logs.toString(), "--features", features.toString(),
                "--format", "json");
        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode summary = new ObjectMapper().readTree(imported.out());
        assertEquals(replays, summary.path("replays").path("plays").asLong(), imported.out());
        assertEquals("ignored columns that are not part of the MSSD log format: skip_prediction",
                summary.path("warnings").path(0).asText());
        assertTrue(imported.err().contains("warning: ignored columns that are not part of the MSSD log format: skip_prediction"),
                imported.err());

        Path model = dir.resolve("encoder.model");
        CliRun trained = CliRun.of("train", "--db", db, "--model", model.toString(), "--epochs", "1", "--d-model", "8",
                "--heads", "2", "--blocks", "1", "--batch", "32", "--limit", "120");
        assertEquals(0, trained.exitCode(), trained.err());

        Path report = dir.resolve("report");
        CliRun evaluated = CliRun.of("evaluate", "--db", db, "--model", model.toString(), "--skip", "120",
                "--epsilons", "0,0.1", "--lambdas", "0.07", "--replicates", "20", "--out", report.toString());
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        String markdown = Files.readString(report.resolve("report.md"));
        assertTrue(markdown.contains("True SAT: not available"), markdown);
        assertTrue(markdown.contains("Discovery: not measurable"), markdown);

        Path session = dir.resolve("session.json");
        StringBuilder candidates = new StringBuilder();
        for (int t = 0; t < 8; t++) {
            candidates.append(t == 0 ? "" : ",").append("{\"trackId\":\"").append(track(t * 7)).append("\"}");
        }
        Files.writeString(session, "{\"sessionId\":\"new\",\"userId\":\"someone\",\"date\":\"2018-07-20\",\"candidates\":["
                + candidates + "]}");
        CliRun sequenced = CliRun.of("sequence", "--session", session.toString(), "--db", db, "--model", model.toString(),
                "--format", "json");
        assertEquals(0, sequenced.exitCode(), sequenced.err());
        assertEquals(8, SequenceCommandTest.tracks(sequenced.out()).size(), sequenced.out());
    }

    @Test
    void lastFmFormatImportWithProfilesEmbedAndGsScore() throws IOException {
        Path log = dir.resolve("userid-timestamp-artid-artname-traid-traname.tsv");
        writeLastFm(log, 12, 5);
        Path profiles = dir.resolve("userid-profile.tsv");
        Files.writeString(profiles, "#id\tgender\tage\tcountry\tregistered\n"
                + "user_000001\tm\t\tJapan\tAug 13, 2006\nuser_000002\tf\t25\tPeru\tFeb 24, 2006\nuser_000003\t\t\t\t\n");
        String db = dir.resolve("lfm.duckdb").toString();
        CliRun imported = CliRun.of("import", "lastfm", "--db", db, "--log", log.toString(), "--profiles", profiles.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().matches("(?s).*folded \\d+ replays into \\d+ candidates.*"), imported.out());

        CliRun info = CliRun.of("db", "info", "--db", db);
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("user_000001: gender m, age ?, country Japan, registered 2006-08-13"), info.out());

        Path canonical = dir.resolve("canonical");
        assertEquals(0, CliRun.of("export", "canonical", "--db", db, "--out", canonical.toString()).exitCode());
        assertTrue(Files.readAllLines(canonical.resolve("users.csv")).contains("user_000002,f,25,Peru,2006-02-24"));

        Path embeddings = dir.resolve("embeddings");
        CliRun embedded = CliRun.of("embed", "--db", db, "--out", embeddings.toString(), "--dim", "8", "--epochs", "1");
        assertEquals(0, embedded.exitCode(), embedded.err());
        CliRun scored = CliRun.of("gs-score", "--db", db, "--embeddings", embeddings.toString(), "--format", "json");
        assertEquals(0, scored.exitCode(), scored.err());
        assertTrue(new ObjectMapper().readTree(scored.out()).size() > 0, scored.out());
    }

    @Test
    void rejectsGoBesideTheStoreByDefaultAndTheSummaryNamesThem() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("parts"));
        writeMssdParts(logs, 6, 3);
        Path part = logs.resolve("log_0_20180716_000000000001.csv.gz");
        List<String> lines = new ArrayList<>(List.of(new String(new java.util.zip.GZIPInputStream(Files.newInputStream(part))
                .readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        lines.set(2, lines.get(2).replaceFirst("^([^,]*),\\d+,", "$1,0,"));
        gzip(part, lines);
        Path store = Files.createDirectories(dir.resolve("data")).resolve("mssd.duckdb");
        CliRun strict = CliRun.of("import", "mssd", "--db", store.toString(), "--log", logs.toString());
        assertEquals(2, strict.exitCode());
        assertTrue(strict.err().contains(part + ":3: session_position: expected a whole number >= 1, found '0'"), strict.err());
        CliRun lenient = CliRun.of("import", "mssd", "--db", store.toString(), "--log", logs.toString(), "--max-errors", "5");
        assertEquals(0, lenient.exitCode(), lenient.err());
        Path rejects = dir.resolve("data").resolve("mssd.rejects.txt");
        assertTrue(lenient.out().contains("rejected 1 rows, written with their reasons to " + rejects), lenient.out());
        assertTrue(Files.readString(rejects).startsWith(part + ":3: session_position:"), Files.readString(rejects));
    }

    static String track(int t) {
        return String.format("t_%08x-0b3f-4c6d-8e9f-1a2b3c4d5e6f", t);
    }

    /** Writes two gzip'd part files; returns the number of replays written. */
    static long writeMssdParts(Path folder, int sessions, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> first = new ArrayList<>(List.of(HEADER + ",skip_prediction"));
        List<String> second = new ArrayList<>(List.of(HEADER));
        long replays = 0;
        for (int s = 0; s < sessions; s++) {
            boolean early = s < sessions / 2;
            String id = String.format("%d_%08x-2c6a-4f3e-8b20-5d9c1e20bb02", s % 3, s);
            int length = 10 + rnd.nextInt(11);
            String date = s % 2 == 0 ? String.format("2018-07-%02d", 1 + s % 28) : String.format("%02d-07-18", 1 + s % 28);
            boolean shuffle = s % 5 == 0;
            List<Integer> played = new ArrayList<>();
            for (int p = 1; p <= length; p++) {
                boolean replay = p > 3 && rnd.nextInt(8) == 0;
                int t = replay ? played.get(rnd.nextInt(played.size())) : Math.floorMod(s * 13 + p * 7, TRACKS);
                if (!replay && played.contains(t)) {
                    replay = true;
                }
                if (replay) {
                    replays++;
                }
                played.add(t);
                boolean skipped = rnd.nextDouble() < 0.3 + 0.4 * (t % 3) / 2.0;
                String b = s % 2 == 0 ? String.valueOf(skipped) : skipped ? "True" : "False";
                String nb = s % 2 == 0 ? String.valueOf(!skipped) : !skipped ? "True" : "False";
                String row = String.join(",", id, String.valueOf(p), String.valueOf(length), track(t), b, b, b, nb,
                        "0", p == 1 ? "0" : "1", "0", "0", "0", replay ? "1" : "0", shuffle ? "true" : "false",
                        String.valueOf(s % 24), date, "true", s % 3 == 0 ? "editorial_playlist" : "user_collection",
                        replay ? "backbtn" : p == 1 ? "clickrow" : "trackdone", skipped ? "fwdbtn" : "trackdone");
                if (early) {
                    first.add(row + ",0.5");
                } else {
                    second.add(row);
                }
            }
        }
        gzip(folder.resolve("log_0_20180715_000000000000.csv.gz"), first);
        gzip(folder.resolve("log_0_20180716_000000000001.csv.gz"), second);
        return replays;
    }

    static void writeFeatures(Path file, int from, int to) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("track_id,duration,release_year,us_popularity_estimate,acousticness,beat_strength,danceability,"
                    + "energy,key,mode,tempo,acoustic_vector_0\n");
            for (int t = from; t < to; t++) {
                w.write(String.format(java.util.Locale.ROOT, "%s,%.6f,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%d,%s,%.3f,%.6f%n", track(t),
                        150 + t * 0.5, 1990 + t % 29, 80 + 20.0 * t / TRACKS, (t % 10) / 10.0, (t % 7) / 7.0, (t % 3) / 3.0,
                        (t % 5) / 5.0, t % 12, t % 2 == 0 ? "major" : "minor", 80.0 + t % 60, (t % 11) / 11.0 - 0.5));
            }
        }
    }

    /** A Last.fm-1K-format log: newest play first per user, empty MBIDs, repeated timestamps, replays. */
    static void writeLastFm(Path file, int users, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            List<String> plays = new ArrayList<>();
            long ts = Instant.parse("2009-01-01T00:00:00Z").getEpochSecond() + u * 3600L;
            int taste = u % 4;
            for (int p = 0; p < 120; p++) {
                ts += p % 15 == 14 ? 7200 : rnd.nextInt(5) == 0 ? 0 : 180 + rnd.nextInt(120);
                int artist = taste * 6 + rnd.nextInt(6);
                int song = rnd.nextInt(5);
                String artistId = artist % 5 == 0 ? "" : String.format("a%07d-77d8-4f12-8acd-5c60c93f4de8", artist);
                String trackId = song == 0 ? "" : String.format("b%03d%04d-55c1-4c8e-9d36-2f0e1a9b7c11", artist, song);
                plays.add(String.format("user_%06d\t%s\t%s\tArtist \"%d\" Mötley\t%s\tSong %d (Live_2009_4_15) 's", u,
                        Instant.ofEpochSecond(ts), artistId, artist, trackId, song));
            }
            java.util.Collections.reverse(plays);
            lines.addAll(plays);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static void gzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
