package org.mostra4j.adapters.persistence;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.mostra4j.adapters.persistence.importing.MssdImporter;

/** Generates MSSD-format log and track-features files (seeded), alternating both date and boolean spellings. */
public final class MssdFixture {
    private MssdFixture() {
    }

    /** Sessions s_0… of 1..20 rows over {@code tracks} tracks; odd sessions use DD-MM-YY and True/False. */
    public static Path log(Path file, int sessions, int tracks, long seed) throws IOException {
        Random rnd = new Random(seed);
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(String.join(",", MssdImporter.LOG_COLUMNS));
            w.write('\n');
            for (int s = 0; s < sessions; s++) {
                int length = 1 + rnd.nextInt(20);
                int start = rnd.nextInt(tracks);
                int day = 1 + s % 28;
                boolean odd = s % 2 == 1;
                String date = odd ? String.format("%02d-07-18", day) : String.format("2018-07-%02d", day);
                for (int p = 1; p <= length; p++) {
                    boolean skipped = rnd.nextBoolean();
                    w.write(String.format("%d_%08x,%d,%d,t_%06d,%s,%s,%s,%s,0,0,1,0,0,0,%s,%d,%s,%s,%s,trackdone,trackdone%n",
                            s % 10, s, p, length, (start + p * 7) % tracks, bool(skipped, odd), bool(false, odd),
                            bool(skipped, odd), bool(!skipped, odd), bool(false, odd), s % 24, date, bool(true, odd),
                            s % 3 == 0 ? "editorial_playlist" : "user_collection"));
                }
            }
        }
        return file;
    }

    private static String bool(boolean b, boolean capital) {
        return capital ? (b ? "True" : "False") : (b ? "true" : "false");
    }

    /** A features file for tracks t_000000 … with popularity rising with the index. */
    public static Path features(Path file, int tracks) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("track_id,duration,release_year,us_popularity_estimate,acousticness,key,mode,acoustic_vector_0\n");
            for (int t = 0; t < tracks; t++) {
                w.write(String.format("t_%06d,%d.5,%d,%s,0.25,%d,%s,-0.5%n", t, 150 + t, 1980 + t % 40,
                        90 + 10.0 * t / tracks, t % 12, t % 2 == 0 ? "major" : "minor"));
            }
        }
        return file;
    }
}
