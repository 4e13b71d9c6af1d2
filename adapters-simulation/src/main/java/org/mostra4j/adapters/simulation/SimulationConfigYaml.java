package org.mostra4j.adapters.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and writes {@link SimulationConfig} as YAML (snake_case keys). A file may give any subset of the
 * fields: what it leaves out keeps its default. Unknown keys and out-of-range values are reported.
 */
public final class SimulationConfigYaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private SimulationConfigYaml() {
    }

    /** Reads a YAML file over the defaults. */
    public static Either<String, SimulationConfig> read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            return Either.left(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses YAML text over the defaults; {@code source} names it in messages. */
    public static Either<String, SimulationConfig> parse(String yaml, String source) {
        try {
            JsonNode given = MAPPER.readTree(yaml);
            ObjectNode merged = MAPPER.valueToTree(SimulationConfig.defaults());
            if (given != null && !given.isMissingNode() && !given.isNull()) {
                if (!given.isObject()) {
                    return Either.left(source + ":1: the configuration must be a mapping of keys to values");
                }
                merge(merged, (ObjectNode) given);
            }
            return Either.right(MAPPER.treeToValue(merged, SimulationConfig.class));
        } catch (UnrecognizedPropertyException e) {
            return Either.left(source + ": unknown key '" + e.getPropertyName() + "' at " + path(e)
                    + " (known: " + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            return Either.left(source + location(e) + ": " + rootMessage(e));
        }
    }

    /** The configuration as YAML, every field written (so a world can be regenerated from it). */
    public static String write(SimulationConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the configuration", e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode given) {
        Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = target.get(f.getKey());
            if (existing instanceof ObjectNode o && f.getValue() instanceof ObjectNode g) {
                merge(o, g);
            } else {
                target.set(f.getKey(), f.getValue());
            }
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (var ref : m.getPath()) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return sb.toString();
        }
        return "top level";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? ":" + e.getLocation().getLineNr() : "";
    }

    private static String rootMessage(JsonProcessingException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
            return t.getMessage();
        }
        return e.getOriginalMessage() + " (at " + path(e) + ")";
    }
}
