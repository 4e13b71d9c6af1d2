package org.mostra4j.adapters.cli.demo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mostra4j.adapters.cli.UsageException;

/**
 * Every knob of the demo, with where its value came from: the built-in default, the YAML file
 * ({@code --config}), or an environment variable {@code MOSTRA4J_<KEY>} (upper case, '-' as '_'), in
 * that order of precedence (later wins). Unknown keys in the file are errors naming their line.
 */
public final class DemoSettings {
    /** Each knob: its key, default and meaning. */
    public enum Knob {
        SEED("seed", "42", "seed of every random choice (world, training, evaluation)"),
        USERS("users", "800", "simulated users"),
        ARTISTS("artists", "300", "simulated artists"),
        TRACKS("tracks", "3000", "simulated tracks"),
        SESSIONS("sessions", "4000", "simulated logged sessions"),
        TRAIN_SESSIONS("train-sessions", "2800", "sessions (first by id) the encoders train on; the rest are held out"),
        EPOCHS("epochs", "3", "training epochs per encoder"),
        D_MODEL("d-model", "32", "encoder width"),
        EPSILONS("epsilons", "0,0.01,0.02,0.05,0.1,0.2", "epsilon sweep of the evaluation"),
        LAMBDAS("lambdas", "0,0.02,0.05,0.07,0.1,0.2", "lambda sweep of the evaluation (at epsilon 0.05)"),
        K("k", "10", "cut-off of the @k metrics"),
        FRONTIER_POINTS("frontier-points", "12", "settings per method of the frontier evaluation (a seeded sample of"
                + " each method's knob grid; validation and test are the held-out sessions split in two)"),
        EMBEDDING_DIM("embedding-dim", "40", "word2vec dimensions for the GS score"),
        EMBEDDING_EPOCHS("embedding-epochs", "3", "word2vec epochs");

        final String key;
        final String fallback;
        final String meaning;

        Knob(String key, String fallback, String meaning) {
            this.key = key;
            this.fallback = fallback;
            this.meaning = meaning;
        }

        public String key() {
            return key;
        }

        public String meaning() {
            return meaning;
        }

        String envName() {
            return "MOSTRA4J_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        }
    }

    /** A value and its origin. */
    public record Setting(String value, String source) {
    }

    private final Map<Knob, Setting> values;

    private DemoSettings(Map<Knob, Setting> values) {
        this.values = values;
    }

    /** Resolves every knob from the defaults, the optional file and the environment. */
    public static DemoSettings load(Optional<Path> file, Function<String, String> env) {
        Map<Knob, Setting> values = new LinkedHashMap<>();
        for (Knob k : Knob.values()) {
            values.put(k, new Setting(k.fallback, "default"));
        }
        file.ifPresent(f -> readFile(f, values));
        for (Knob k : Knob.values()) {
            String v = env.apply(k.envName());
            if (v != null && !v.isBlank()) {
                values.put(k, new Setting(v.strip(), "environment " + k.envName()));
            }
        }
        DemoSettings settings = new DemoSettings(values);
        settings.validate();
        return settings;
    }

    private static void readFile(Path f, Map<Knob, Setting> values) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(Files.readString(f))) {
            JsonNode root = yaml.readTree(parser);
            if (root == null || root.isNull()) {
                return;
            }
            if (!root.isObject()) {
                throw new UsageException(f + ": expected a mapping of knob: value");
            }
            List<String> problems = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                Optional<Knob> knob = java.util.Arrays.stream(Knob.values()).filter(k -> k.key.equals(e.getKey())).findFirst();
                if (knob.isEmpty()) {
                    problems.add(f + ":" + lineOf(Files.readString(f), e.getKey()) + ": " + e.getKey()
                            + ": unknown key (known: " + String.join(", ", java.util.Arrays.stream(Knob.values())
                                    .map(Knob::key).toList()) + ")");
                } else if (e.getValue().isContainerNode()) {
                    problems.add(f + ":" + lineOf(Files.readString(f), e.getKey()) + ": " + e.getKey()
                            + ": expected a single value");
                } else {
                    values.put(knob.get(), new Setting(e.getValue().asText(), "file " + f));
                }
            }
            if (!problems.isEmpty()) {
                throw new UsageException(String.join(System.lineSeparator(), problems));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new UsageException(f + ":" + (loc == null ? "?" : loc.getLineNr()) + ": malformed YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException(f + ": cannot read: " + e.getMessage());
        }
    }

    /** The 1-based line where a top-level key is written (the YAML tree keeps no locations). */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].startsWith("\"" + key + "\":")) {
                return i + 1;
            }
        }
        return 1;
    }

    private void validate() {
        for (Knob k : Knob.values()) {
            if (k == Knob.EPSILONS || k == Knob.LAMBDAS) {
                for (String part : text(k).split(",")) {
                    parseNumber(k, part.strip());
                }
            } else if (k == Knob.SEED) {
                parseNumber(k, text(k));
            } else if (integer(k) < 1) {
                throw new UsageException(k.key + ": must be >= 1, was " + text(k) + " (" + values.get(k).source() + ")");
            }
        }
        if (integer(Knob.TRAIN_SESSIONS) >= integer(Knob.SESSIONS)) {
            throw new UsageException("train-sessions (" + integer(Knob.TRAIN_SESSIONS) + ") must be below sessions ("
                    + integer(Knob.SESSIONS) + "): the rest are the held-out evaluation sessions");
        }
    }

    private double parseNumber(Knob k, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(k.key + ": expected a number, was '" + text + "' (" + values.get(k).source() + ")");
        }
    }

    public String text(Knob k) {
        return values.get(k).value();
    }

    public int integer(Knob k) {
        try {
            return Integer.parseInt(text(k));
        } catch (NumberFormatException e) {
            throw new UsageException(k.key + ": expected an integer, was '" + text(k) + "' (" + values.get(k).source()
                    + ")");
        }
    }

    public Map<Knob, Setting> all() {
        return values;
    }

    /** The same settings with {@code knob} set from the command line. */
    public DemoSettings with(Knob knob, String value) {
        Map<Knob, Setting> next = new LinkedHashMap<>(values);
        next.put(knob, new Setting(value, "command line"));
        DemoSettings s = new DemoSettings(next);
        s.validate();
        return s;
    }
}
