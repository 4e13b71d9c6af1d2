package org.mostra4j.adapters.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Writes a world in the canonical dataset layout (docs: dataset-format.md), CSV: the catalogue, users,
 * histories and lists first, then the sessions streamed one at a time into sessions, candidates and
 * truth (never more than one session in memory). Also truth_users (user_id, breadth), simulator only.
 */
final class CanonicalCsvWriter {
    /** Opens the output stream of one table, by file name (e.g. "tracks.csv"). */
    interface Files {
        OutputStream open(String name) throws IOException;
    }

    static final int PROGRESS_EVERY = 1024;
    private final World w;
    private final Files files;
    private final Map<Integer, String> dates = new HashMap<>();

    CanonicalCsvWriter(World world, Files files) {
        this.w = world;
        this.files = files;
    }

    /** Writes everything; returns the summary of the generated sessions. */
    SimulationSummary write(LongConsumer progress) throws IOException {
        writeArtists();
        writeTracks();
        writeUsers();
        long historyRows = writeHistory();
        writeEmerging();
        writeBoosts();
        SessionStatistics stats = writeSessions(progress);
        return stats.summary(w, historyRows);
    }

    private void writeArtists() throws IOException {
        try (CsvLines out = new CsvLines(files.open("artists.csv"))) {
            out.header("artist_id", "name");
            for (int a = 0; a < w.catalogue.artists(); a++) {
                out.id('a', a, w.ids.artistWidth).text("Artist " + (a + 1)).end();
            }
        }
    }

    private void writeTracks() throws IOException {
        Catalogue c = w.catalogue;
        try (CsvLines out = new CsvLines(files.open("tracks.csv"))) {
            String[] header = new String[5 + c.features];
            String[] fixedColumns = {"track_id", "artist_id", "duration_s", "release_year", "popularity"};
            System.arraycopy(fixedColumns, 0, header, 0, 5);
            for (int f = 0; f < c.features; f++) {
                header[5 + f] = "f_" + f;
            }
            out.header(header);
            for (int t = 0; t < c.tracks(); t++) {
                out.id('t', t, w.ids.trackWidth).id('a', c.trackArtist[t], w.ids.artistWidth)
                        .integer(c.duration[t]).integer(c.releaseYear[t]).fixed(c.trackPopularity[t], 4);
                for (int f = 0; f < c.features; f++) {
                    out.fixed(c.trackFeatures[t * c.features + f], 5);
                }
                out.end();
            }
        }
    }

    private void writeUsers() throws IOException {
        try (CsvLines users = new CsvLines(files.open("users.csv"));
                CsvLines truth = new CsvLines(files.open("truth_users.csv"))) {
            users.header("user_id");
            truth.header("user_id", "breadth");
            for (int u = 0; u < w.listeners.size(); u++) {
                users.id('u', u, w.ids.userWidth).end();
                truth.id('u', u, w.ids.userWidth).fixed(w.listeners.breadth[u], 4).end();
            }
        }
    }

    private long writeHistory() throws IOException {
        Listeners l = w.listeners;
        try (CsvLines out = new CsvLines(files.open("history.csv"))) {
            out.header("user_id", "track_id", "played_at", "plays");
            for (int u = 0; u < l.size(); u++) {
                for (int i = 0; i < l.historyTrack[u].length; i++) {
                    out.id('u', u, w.ids.userWidth).id('t', l.historyTrack[u][i], w.ids.trackWidth)
                            .text(timestamp(l.historyPlayedAt[u][i])).integer(l.historyPlays[u][i]).end();
                }
            }
            return out.lines() - 1;
        }
    }

    private void writeEmerging() throws IOException {
        Catalogue c = w.catalogue;
        try (CsvLines out = new CsvLines(files.open("emerging_artists.csv"))) {
            out.header("artist_id", "valid_from", "valid_to");
            for (int a : c.emergingArtists) {
                out.id('a', a, w.ids.artistWidth).text(date(c.emergingFrom[a])).text(date(c.emergingTo[a])).end();
            }
        }
    }

    private void writeBoosts() throws IOException {
        Catalogue c = w.catalogue;
        try (CsvLines out = new CsvLines(files.open("boosts.csv"))) {
            out.header("track_id", "valid_from", "valid_to");
            for (int t = 0; t < c.tracks(); t++) {
                if (c.boosted[t]) {
                    out.id('t', t, w.ids.trackWidth).text(date(c.boostFrom[t])).text(date(c.boostTo[t])).end();
                }
            }
        }
    }

    /** Streams the sessions into sessions, candidates and truth; one session in memory at a time. */
    SessionStatistics writeSessions(LongConsumer progress) throws IOException {
        SessionGenerator generator = new SessionGenerator(w);
        SessionDraft d = SessionGenerator.newDraft(w);
        SessionStatistics stats = new SessionStatistics();
        WorldIds ids = w.ids;
        try (CsvLines sessions = new CsvLines(files.open("sessions.csv"));
                CsvLines candidates = new CsvLines(files.open("candidates.csv"));
                CsvLines truth = new CsvLines(files.open("truth.csv"))) {
            sessions.header("session_id", "user_id", "date", "context");
            candidates.header("session_id", "track_id", "logged_position", "sat");
            truth.header("session_id", "track_id", "p_sat");
            for (long k = 0; k < w.sessions(); k++) {
                generator.generate(k, d);
                stats.add(d);
                sessions.id('s', k, ids.sessionWidth).id('u', d.user, ids.userWidth).text(date(d.day))
                        .text("radio").end();
                for (int i = 0; i < d.size; i++) {
                    candidates.id('s', k, ids.sessionWidth).id('t', d.tracks[i], ids.trackWidth).integer(i + 1L)
                            .integer(d.sat[i] ? 1 : 0).end();
                    truth.id('s', k, ids.sessionWidth).id('t', d.tracks[i], ids.trackWidth)
                            .fixed(d.probability[i], 6).end();
                }
                if ((k + 1) % PROGRESS_EVERY == 0) {
                    progress.accept(k + 1);
                }
            }
            progress.accept(w.sessions());
        }
        return stats;
    }

    private String date(int epochDay) {
        return dates.computeIfAbsent(epochDay, d -> LocalDate.ofEpochDay(d).toString());
    }

    private String timestamp(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        int s = (int) (epochSecond - day * 86_400L);
        return date((int) day) + 'T' + two(s / 3600) + ':' + two(s / 60 % 60) + ':' + two(s % 60) + 'Z';
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
