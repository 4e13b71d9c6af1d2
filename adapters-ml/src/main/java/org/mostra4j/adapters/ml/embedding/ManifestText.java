package org.mostra4j.adapters.ml.embedding;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.EmbeddingsManifest;

/**
 * The manifest as {@code key=value} lines in a fixed order (no timestamp: the same training writes the
 * same bytes). Parsing names the file, line and key of every problem.
 */
final class ManifestText {
    static final String FILE = "manifest.properties";
    static final String FORMAT = "mostra4j-track-vectors/1";

    private ManifestText() {
    }

    static String write(EmbeddingsManifest m) {
        EmbeddingSettings s = m.settings();
        return "format=" + FORMAT + "\n"
                + "algorithm=word2vec skip-gram, negative sampling\n"
                + "dimension=" + s.dimension() + "\n"
                + "epochs=" + s.epochs() + "\n"
                + "seed=" + s.seed() + "\n"
                + "window=" + s.windowSize() + "\n"
                + "negative=" + s.negative() + "\n"
                + "minCount=" + s.minCount() + "\n"
                + "vocabularySize=" + m.vocabularySize() + "\n"
                + "sentences=" + m.sentences() + "\n"
                + "tokens=" + m.tokens() + "\n"
                + "sha256=" + m.sha256() + "\n";
    }

    static Either<String, EmbeddingsManifest> parse(String file, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int eq = row.indexOf('=');
            if (row.isEmpty() || row.startsWith("#") || eq < 0) {
                continue;
            }
            values.put(row.substring(0, eq).strip(), row.substring(eq + 1).strip());
            lines.put(row.substring(0, eq).strip(), i + 1);
        }
        List<String> problems = new ArrayList<>();
        Fields f = new Fields(file, values, lines, problems);
        if (!FORMAT.equals(values.get("format"))) {
            problems.add(f.where("format") + ": expected " + FORMAT + ", was '" + values.get("format") + "'");
        }
        int dimension = f.integer("dimension");
        int epochs = f.integer("epochs");
        long seed = f.longValue("seed");
        int window = f.integer("window");
        int negative = f.integer("negative");
        int minCount = f.integer("minCount");
        int vocabulary = f.integer("vocabularySize");
        long sentences = f.longValue("sentences");
        long tokens = f.longValue("tokens");
        String sha = values.getOrDefault("sha256", "");
        if (!problems.isEmpty()) {
            return Either.left(String.join("\n", problems));
        }
        EmbeddingsManifest manifest;
        try {
            manifest = new EmbeddingsManifest(new EmbeddingSettings(dimension, epochs, seed, window, negative,
                    minCount), vocabulary, sentences, tokens, sha);
        } catch (IllegalArgumentException e) {
            return Either.left(file + ": " + e.getMessage());
        }
        // the manifest is machine-written in a fixed form, so it must read back byte for byte: a flipped byte in a
        // line the parser does not need (the algorithm, a key's spelling) or a cut final line break is damage too.
        // Every /1 manifest ever written has this form; a change to write() must bump FORMAT and keep reading /1.
        if (!write(manifest).equals(text)) {
            return Either.left(file + ": not exactly as `mostra4j embed` writes it (damaged or edited)");
        }
        return Either.right(manifest);
    }

    /** Reads typed fields, collecting a {@code file:line: key: message} per problem. */
    private record Fields(String file, Map<String, String> values, Map<String, Integer> lines, List<String> problems) {
        String where(String key) {
            return file + ":" + lines.getOrDefault(key, 0) + ": " + key;
        }

        long longValue(String key) {
            String v = values.get(key);
            if (v == null) {
                problems.add(file + ": " + key + ": missing");
                return 0;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                problems.add(where(key) + ": not an integer: '" + v + "'");
                return 0;
            }
        }

        int integer(String key) {
            long v = longValue(key);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                problems.add(where(key) + ": out of range: " + v);
                return 0;
            }
            return (int) v;
        }
    }
}
