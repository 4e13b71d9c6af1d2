package org.mostra4j.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.mostra4j.adapters.http.json.JsonProblem;
import org.mostra4j.adapters.http.json.SequenceJson;
import org.mostra4j.adapters.http.json.SessionJson;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.in.SequencingError;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Sequence;

/**
 * {@code POST /v1/sequence}: the CLI's session JSON with an optional {@code "policy"} in, the sequence out.
 * A request is admitted (or refused at once) before its body is read; parsing and validation then run on the
 * connection's thread, and only the sequencing itself takes a worker slot.
 */
final class SequenceHandler {
    /** How far over the limit a refused body is still read and dropped, so that its sender sees the 413. */
    static final long DRAIN_BYTES = 1 << 20;
    private final ObjectMapper mapper;
    private final SequenceSessionUseCase useCase;
    private final Admission admission;
    private final ServiceSettings settings;

    SequenceHandler(ObjectMapper mapper, SequenceSessionUseCase useCase, Admission admission, ServiceSettings settings) {
        this.mapper = mapper;
        this.useCase = useCase;
        this.admission = admission;
        this.settings = settings;
    }

    /** The response: a sequence or a problem. */
    Either<Problem, Sequence> handle(Context ctx) throws IOException {
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return Either.left(Problem.of(Problem.Kind.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json, was " + type));
        }
        var admitted = admission.admit();
        if (admitted.isLeft()) {
            return Either.left(refusal(admitted.getLeft()));
        }
        try (Admission.Ticket ticket = admitted.get()) {
            return body(ctx).flatMap(this::json).flatMap(this::request).flatMap(command -> sequence(ticket, command));
        }
    }

    private Either<Problem, byte[]> body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > settings.maxBodyBytes()) {
                if (declared <= settings.maxBodyBytes() + DRAIN_BYTES) {
                    discard(in, declared);
                }
                return Either.left(tooLarge());
            }
            byte[] bytes = in.readNBytes(settings.maxBodyBytes() + 1);
            if (bytes.length > settings.maxBodyBytes()) {
                discard(in, DRAIN_BYTES);
                return Either.left(tooLarge());
            }
            return Either.right(bytes);
        }
    }

    /**
     * Reads and drops up to {@code max} bytes of a refused body. Without it the 413 is written while the client is
     * still sending, the server closes with unread bytes, and the kernel's reset can destroy the answer before the
     * client reads it (the client then sees no response at all). Bodies more than {@link #DRAIN_BYTES} over the
     * limit are not read: they get the answer and a closed connection.
     */
    private static void discard(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[16_384];
        long read = 0;
        int n;
        while (read < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - read))) >= 0) {
            read += n;
        }
    }

    private Problem tooLarge() {
        return Problem.of(Problem.Kind.BODY_TOO_LARGE, "the body may hold at most " + settings.maxBodyBytes() + " bytes");
    }

    private Either<Problem, JsonNode> json(byte[] bytes) {
        if (bytes.length == 0) {
            return Either.left(Problem.of(Problem.Kind.MALFORMED_JSON, "the body is empty; expected a session JSON object"));
        }
        try {
            return Either.right(mapper.readTree(bytes));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            return Either.left(Problem.of(Problem.Kind.MALFORMED_JSON, where + e.getOriginalMessage()));
        } catch (IOException e) {
            return Either.left(Problem.of(Problem.Kind.MALFORMED_JSON, "unreadable body"));
        }
    }

    private Either<Problem, SequenceSessionUseCase.Command> request(JsonNode root) {
        JsonNode candidates = root == null ? null : root.get("candidates");
        if (candidates != null && candidates.isArray() && candidates.size() > settings.maxCandidates()) {
            return Either.left(Problem.invalid(List.of(new JsonProblem("$.candidates", "at most "
                    + settings.maxCandidates() + " candidates per session, was " + candidates.size()))));
        }
        var parsed = SessionJson.parse(root);
        if (parsed.isInvalid()) {
            return Either.left(Problem.invalid(parsed.getError().toJavaList()));
        }
        SessionJson.Request r = parsed.get();
        Either<SequencingError.InvalidPolicy, SequencingPolicy> policy = r.policy().resolve();
        if (policy.isLeft()) {
            return Either.left(Problem.invalid(SequencingProblems.of(policy.getLeft())));
        }
        return Either.right(new SequenceSessionUseCase.Command(r.session(), policy.get())
                .withSequenceAware(r.policy().sequenceAwareChoice()));
    }

    private Either<Problem, Sequence> sequence(Admission.Ticket ticket, SequenceSessionUseCase.Command command) {
        var outcome = ticket.run(() -> useCase.sequence(command));
        if (outcome.isLeft()) {
            return Either.left(refusal(outcome.getLeft()));
        }
        return outcome.get().mapLeft(error -> Problem.invalid(SequencingProblems.of(error)));
    }

    private Problem refusal(Admission.Refusal why) {
        return switch (why) {
            case FULL -> Problem.of(Problem.Kind.OVERLOADED, "all " + settings.threads() + " workers are busy and "
                    + settings.queue() + " requests are waiting");
            case TIMED_OUT -> Problem.of(Problem.Kind.TIMED_OUT, "no worker was free within "
                    + settings.requestTimeout().toMillis() + " ms");
            case DRAINING -> Problem.of(Problem.Kind.SHUTTING_DOWN, "the service is shutting down");
        };
    }

    /** The sequence as the CLI's {@code --format json} writes it. */
    byte[] write(Sequence sequence) throws JsonProcessingException {
        return mapper.writeValueAsBytes(SequenceJson.write(sequence));
    }
}
