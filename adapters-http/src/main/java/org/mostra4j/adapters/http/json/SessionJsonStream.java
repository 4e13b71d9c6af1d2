package org.mostra4j.adapters.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.application.port.in.PolicySpec;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.RepeatedTrack;
import org.mostra4j.domain.session.Session;
import org.mostra4j.domain.session.SessionId;

/**
 * The service's fast path for a request body: reads a valid session straight from the token stream, without the JSON
 * tree {@link SessionJson} walks (about 25 KB per 50-candidate request). It accepts only bodies that
 * {@link SessionJson#parse} would accept, and builds the same request from them; on anything else (a problem, a
 * repeated field, trailing text, more candidates than allowed) it answers empty and the caller parses the tree, which
 * reports every problem with its path. The policy object, small and rare, is read as a tree either way.
 */
public final class SessionJsonStream {
    /** Reads the policy subtree in the middle of the stream: the document's end is checked here, not by the reader. */
    private final ObjectReader reader;

    public SessionJsonStream(ObjectMapper mapper) {
        this.reader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The request in {@code bytes[offset, offset + length)}, or empty when the tree parser must look at it. */
    public Optional<SessionJson.Request> parseValid(byte[] bytes, int offset, int length, int maxCandidates) {
        try (JsonParser p = reader.createParser(bytes, offset, length)) {
            return Optional.ofNullable(session(p, maxCandidates));
        } catch (IOException | RuntimeException e) {
            // malformed JSON or a value the domain refuses: the tree path reports it
            return Optional.empty();
        }
    }

    private SessionJson.Request session(JsonParser p, int maxCandidates) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String sessionId = null;
        String userId = null;
        String date = null;
        List<Candidate> candidates = null;
        PolicySpec policy = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "sessionId" -> {
                    if (sessionId != null || (sessionId = text(p)) == null) {
                        return null;
                    }
                }
                case "userId" -> {
                    if (userId != null || (userId = text(p)) == null) {
                        return null;
                    }
                }
                case "date" -> {
                    if (date != null || (date = text(p)) == null) {
                        return null;
                    }
                }
                case "candidates" -> {
                    if (candidates != null || (candidates = candidates(p, maxCandidates)) == null) {
                        return null;
                    }
                }
                case "policy" -> {
                    if (policy != null || (policy = policy(p)) == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (t != JsonToken.END_OBJECT || p.nextToken() != null || sessionId == null || userId == null || date == null
                || candidates == null || RepeatedTrack.first(candidates).isPresent()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
        return new SessionJson.Request(new Session(SessionId.of(sessionId), UserId.of(userId), day, candidates),
                policy == null ? PolicySpec.defaults() : policy);
    }

    /** A string without surrounding spaces, as {@code SessionJson}'s required and optional texts accept. */
    private static String text(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        String s = p.getText();
        return s.isBlank() || !s.strip().equals(s) ? null : s;
    }

    private static List<Candidate> candidates(JsonParser p, int max) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<Candidate> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            if (out.size() == max) {
                return null;
            }
            Candidate c = candidate(p);
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return t == JsonToken.END_ARRAY ? out : null;
    }

    private static Candidate candidate(JsonParser p) throws IOException {
        String track = null;
        String artist = null;
        boolean artistSeen = false;
        boolean relevanceSeen = false;
        boolean objectivesSeen = false;
        double relevance = Double.NaN;
        Set<ObjectiveId> objectives = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "trackId" -> {
                    if (track != null || (track = text(p)) == null) {
                        return null;
                    }
                }
                case "artistId" -> {
                    if (artistSeen || (v != JsonToken.VALUE_NULL && (artist = text(p)) == null)) {
                        return null;
                    }
                    artistSeen = true;
                }
                case "relevance" -> {
                    if (relevanceSeen) {
                        return null;
                    }
                    relevanceSeen = true;
                    if (v != JsonToken.VALUE_NULL) {
                        if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
                            return null;
                        }
                        relevance = p.getDoubleValue();
                        if (!Double.isFinite(relevance) || relevance < 0 || relevance > 1) {
                            return null;
                        }
                    }
                }
                case "objectives" -> {
                    if (objectivesSeen) {
                        return null;
                    }
                    objectivesSeen = true;
                    if (v != JsonToken.VALUE_NULL && (objectives = objectives(p)) == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (t != JsonToken.END_OBJECT || track == null) {
            return null;
        }
        Candidate c = Candidate.of(TrackId.of(track));
        if (artist != null) {
            c = c.withArtist(ArtistId.of(artist));
        }
        if (!Double.isNaN(relevance)) {
            c = c.withRelevance(relevance);
        }
        return objectives == null ? c : c.withObjectives(objectives);
    }

    private static Set<ObjectiveId> objectives(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        Set<ObjectiveId> out = new LinkedHashSet<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            String name = p.getText();
            if (!ObjectiveId.isValid(name)) {
                return null;
            }
            out.add(known(name));
        }
        return t == JsonToken.END_ARRAY ? out : null;
    }

    /** The built-in ids as their constants (equal to a new id of the same name), others new. */
    private static ObjectiveId known(String name) {
        return switch (name) {
            case "discovery" -> ObjectiveId.DISCOVERY;
            case "exposure" -> ObjectiveId.EXPOSURE;
            case "boost" -> ObjectiveId.BOOST;
            default -> ObjectiveId.of(name);
        };
    }

    private PolicySpec policy(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return PolicySpec.defaults();
        }
        JsonNode node = reader.readTree(p);
        SessionJson.Problems problems = new SessionJson.Problems();
        PolicySpec spec = SessionJson.PolicyJson.parse(node, "$.policy", problems);
        return problems.isEmpty() ? spec : null;
    }
}
