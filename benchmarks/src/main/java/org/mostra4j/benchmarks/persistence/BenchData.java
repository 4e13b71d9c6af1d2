package org.mostra4j.benchmarks.persistence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.mostra4j.adapters.persistence.importing.MssdImporter;

/**
 * Generated inputs for the store benchmarks, written once under the temp folder (never committed):
 * MSSD-format logs (sessions of 10–20 rows, both date and boolean spellings) and Last.fm-1K-format TSVs.
 */
final class BenchData {
    static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "mostra4j-bench");

    private BenchData() {
    }

    /** An MSSD log of exactly {@code rows} data rows over 50,000 tracks (seed 1). */
    static Path mssdLog(int rows) throws IOException {
        Path file = DIR.resolve("mssd-" + rows + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(DIR);
        Path partial = DIR.resolve("mssd-" + rows + ".csv.partial");
        Random rnd = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(partial)) {
            w.write(String.join(",", MssdImporter.LOG_COLUMNS));
            w.write('\n');
            int written = 0;
            for (int s = 0; written < rows; s++) {
                int length = 10 + rnd.nextInt(11);
                boolean odd = (s & 1) == 1;
                String date = odd ? String.format("%02d-07-18", 1 + s % 28) : String.format("2018-07-%02d", 1 + s % 28);
                int start = rnd.nextInt(50_000);
                for (int p = 1; p <= length && written < rows; p++, written++) {
                    boolean skipped = rnd.nextBoolean();
                    String sk = odd ? (skipped ? "True" : "False") : (skipped ? "true" : "false");
                    String ns = odd ? (skipped ? "False" : "True") : (skipped ? "false" : "true");
                    w.write(s % 10 + "_" + String.format("%08x", s) + "," + p + "," + length + ",t_"
                            + String.format("%06d", (start + p * 7919) % 50_000) + "," + sk + "," + sk + "," + sk + "," + ns
                            + ",0,0,1,0,0,0,false," + (s % 24) + "," + date + ",true,"
                            + (s % 3 == 0 ? "editorial_playlist" : "user_collection") + ",trackdone,trackdone\n");
                }
            }
        }
        Files.move(partial, file);
        return file;
    }

    /** A Last.fm-1K TSV of exactly {@code plays} plays by 1,000 users (seed 2), newest first per user. */
    /**
     * An MSSD release as it ships: {@code parts} gzip'd part files {@code log_0_201807DD_00000000000k.csv.gz}
     * holding {@code rows} rows in all, sessions of 10–20 plays over 50,000 tracks, about one play in twelve
     * after the third a {@code backbtn} replay of an earlier track of the session, pause and context-switch
     * columns written 0/1, booleans and dates in both spellings.
     */
    static Path mssdGzParts(int rows, int parts) throws IOException {
        Path dir = DIR.resolve("mssd-parts-" + rows + "-" + parts);
        if (Files.exists(dir.resolve("complete"))) {
            return dir;
        }
        Files.createDirectories(dir);
        Random rnd = new Random(3);
        int perPart = (rows + parts - 1) / parts;
        int written = 0;
        int s = 0;
        StringBuilder line = new StringBuilder(256);
        for (int k = 0; k < parts; k++) {
            Path part = dir.resolve(String.format("log_0_201807%02d_%012d.csv.gz", 15 + k % 15, k));
            try (java.io.Writer w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                    Files.newOutputStream(part), 1 << 16), java.nio.charset.StandardCharsets.UTF_8)) {
                w.write(String.join(",", MssdImporter.LOG_COLUMNS));
                w.write('\n');
                int inPart = 0;
                for (; inPart < perPart && written < rows; s++) {
                    int length = 10 + rnd.nextInt(11);
                    boolean odd = (s & 1) == 1;
                    String date = odd ? String.format("%02d-07-18", 1 + s % 28) : String.format("2018-07-%02d", 1 + s % 28);
                    int start = rnd.nextInt(50_000);
                    int[] played = new int[length];
                    for (int p = 1; p <= length; p++, written++, inPart++) {
                        boolean replay = p > 3 && rnd.nextInt(12) == 0;
                        int track = replay ? played[rnd.nextInt(p - 1)] : (start + p * 7919) % 50_000;
                        played[p - 1] = track;
                        boolean skipped = rnd.nextBoolean();
                        String sk = odd ? (skipped ? "True" : "False") : (skipped ? "true" : "false");
                        String ns = odd ? (skipped ? "False" : "True") : (skipped ? "false" : "true");
                        line.setLength(0);
                        line.append(s % 10).append('_').append(String.format("%08x", s)).append(',').append(p).append(',')
                                .append(length).append(",t_").append(String.format("%06d", track)).append(',').append(sk)
                                .append(',').append(sk).append(',').append(sk).append(',').append(ns).append(",0,")
                                .append(p == 1 ? 0 : 1).append(",0,0,0,").append(replay ? 1 : 0).append(',')
                                .append(odd ? "True" : "false").append(',').append(s % 24).append(',').append(date)
                                .append(",true,").append(s % 3 == 0 ? "editorial_playlist" : "user_collection").append(',')
                                .append(replay ? "backbtn" : "trackdone").append(",trackdone\n");
                        w.write(line.toString());
                    }
                }
            }
        }
        Files.writeString(dir.resolve("complete"), String.valueOf(written));
        return dir;
    }

    static Path lastFmLog(int plays) throws IOException {
        Path file = DIR.resolve("lastfm-" + plays + ".tsv");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(DIR);
        Path partial = DIR.resolve("lastfm-" + plays + ".tsv.partial");
        Random rnd = new Random(2);
        int users = 1000;
        int perUser = plays / users;
        try (BufferedWriter w = Files.newBufferedWriter(partial)) {
            for (int u = 0; u < users; u++) {
                int mine = u == users - 1 ? plays - perUser * (users - 1) : perUser;
                long[] times = new long[mine];
                long t = Instant.parse("2008-01-01T00:00:00Z").getEpochSecond() + 3_600L * u;
                for (int i = 0; i < mine; i++) {
                    times[i] = t;
                    t += rnd.nextInt(20) == 0 ? 3_600 * (1 + rnd.nextInt(48)) : 150 + rnd.nextInt(200);
                }
                for (int i = mine - 1; i >= 0; i--) {
                    int artist = rnd.nextInt(20_000);
                    int track = artist * 8 + rnd.nextInt(8);
                    w.write(String.format("user_%06d", u + 1) + "\t" + Instant.ofEpochSecond(times[i]) + "\t"
                            + (artist % 5 == 0 ? "" : "mbid-a-" + artist) + "\tArtist " + artist + "\t"
                            + (track % 4 == 0 ? "" : "mbid-t-" + track) + "\tTrack " + track + "\n");
                }
            }
        }
        Files.move(partial, file);
        return file;
    }

    static void deleteDatabase(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }
}
