package org.mostra4j.adapters.persistence;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/** Generates Last.fm-1K-format TSV logs (seeded): newest play first per user, as the real file is. */
public final class LastFmFixture {
    private LastFmFixture() {
    }

    /** {@code users} users with {@code playsPerUser} plays each, pauses of 2–6 minutes, every 10th pause 2 hours. */
    public static Path log(Path file, int users, int playsPerUser, long seed) throws IOException {
        Random rnd = new Random(seed);
        try (Writer w = Files.newBufferedWriter(file)) {
            for (int u = 0; u < users; u++) {
                long t = Instant.parse("2009-01-01T00:00:00Z").getEpochSecond() + 3_600L * u;
                long[] times = new long[playsPerUser];
                for (int i = 0; i < playsPerUser; i++) {
                    times[i] = t;
                    t += (i % 10 == 9) ? 7_200 : 120 + rnd.nextInt(240);
                }
                for (int i = playsPerUser - 1; i >= 0; i--) {
                    int artist = rnd.nextInt(20);
                    int track = artist * 10 + rnd.nextInt(10);
                    String artistMbid = artist % 4 == 0 ? "" : String.format("a-%04d", artist);
                    String trackMbid = track % 3 == 0 ? "" : String.format("t-%05d", track);
                    w.write(String.format("user_%06d\t%s\t%s\tArtist \"%d\"\t%s\tSong %d's%n", u + 1,
                            Instant.ofEpochSecond(times[i]), artistMbid, artist, trackMbid, track));
                }
            }
        }
        return file;
    }
}
