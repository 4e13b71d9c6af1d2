package org.mostra4j.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A small generated canonical folder, written in the exporter's normal form (rows sorted by key, numbers as
 * DuckDB prints them) so that an export of its import must be byte-identical.
 */
public final class CanonicalFixture {
    private final Map<String, String> files = new LinkedHashMap<>();

    private CanonicalFixture() {
    }

    /** {@code sessions} sessions of up to 5 candidates over 12 tracks by 4 artists, seeded. */
    public static CanonicalFixture generate(long seed, int sessions) {
        Random rnd = new Random(seed);
        CanonicalFixture f = new CanonicalFixture();
        StringBuilder artists = new StringBuilder("artist_id,name\n");
        for (int a = 0; a < 4; a++) {
            artists.append("a").append(a).append(',').append(a == 1 ? "\"Earth, Wind & Fire\"" : "Artist " + a).append('\n');
        }
        StringBuilder tracks = new StringBuilder("track_id,artist_id,duration_s,release_year,popularity,f_0,f_1\n");
        for (int t = 0; t < 12; t++) {
            tracks.append(String.format("t%02d,a%d,%d.5,%d,%s,%s,%s%n", t, t % 4, 120 + t, 1990 + t,
                    quarter(rnd), quarter(rnd), t % 3 == 0 ? "-1.25" : "2.0"));
        }
        StringBuilder users = new StringBuilder("user_id,age\n");
        for (int u = 0; u < 3; u++) {
            users.append("u").append(u).append(',').append(20 + u).append(".0\n");
        }
        java.util.List<String[]> plays = new java.util.ArrayList<>();
        for (int u = 0; u < 3; u++) {
            for (int t = u; t < 12; t += 4) {
                plays.add(new String[] {"u" + u, String.format("t%02d", t),
                        String.format("2018-07-0%dT1%d:00:00Z", 1 + t % 3, t % 10), String.valueOf(1 + t)});
            }
        }
        plays.sort(java.util.Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[2]).thenComparing(r -> r[1]));
        StringBuilder history = new StringBuilder("user_id,track_id,played_at,plays\n");
        plays.forEach(r -> history.append(String.join(",", r)).append('\n'));
        StringBuilder sess = new StringBuilder("session_id,user_id,date,context\n");
        StringBuilder cands = new StringBuilder("session_id,track_id,logged_position,sat\n");
        StringBuilder truth = new StringBuilder("session_id,track_id,p_sat\n");
        for (int s = 0; s < sessions; s++) {
            String id = String.format("s%04d", s);
            sess.append(id).append(",u").append(s % 3).append(",2018-07-1").append(s % 9).append(",radio\n");
            int n = 1 + rnd.nextInt(5);
            int start = rnd.nextInt(12);
            for (int p = 1; p <= n; p++) {
                String track = String.format("t%02d", (start + p * 5) % 12);
                int sat = rnd.nextInt(3);
                cands.append(id).append(',').append(track).append(',').append(p).append(',')
                        .append(sat == 2 ? "" : String.valueOf(sat)).append('\n');
                truth.append(id).append(',').append(track).append(',').append(quarter(rnd)).append('\n');
            }
        }
        f.files.put("artists.csv", artists.toString());
        f.files.put("tracks.csv", tracks.toString());
        f.files.put("users.csv", users.toString());
        f.files.put("history.csv", history.toString());
        f.files.put("sessions.csv", sess.toString());
        f.files.put("candidates.csv", cands.toString());
        f.files.put("emerging_artists.csv", "artist_id,valid_from,valid_to\na2,2018-07-01,2018-07-31\n");
        f.files.put("boosts.csv", "track_id,valid_from,valid_to\nt03,2018-07-10,2018-07-12\n");
        f.files.put("truth.csv", sortTruth(truth.toString()));
        return f;
    }

    private static String sortTruth(String csv) {
        String[] lines = csv.split("\n");
        String[] body = java.util.Arrays.copyOfRange(lines, 1, lines.length);
        java.util.Arrays.sort(body);
        return lines[0] + "\n" + String.join("\n", body) + (body.length > 0 ? "\n" : "");
    }

    private static String quarter(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> "0.25";
            case 1 -> "0.5";
            case 2 -> "0.75";
            default -> "1.0";
        };
    }

    public Map<String, String> files() {
        return files;
    }

    public CanonicalFixture with(String file, String content) {
        files.put(file, content);
        return this;
    }

    public CanonicalFixture without(String file) {
        files.remove(file);
        return this;
    }

    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return dir;
    }
}
