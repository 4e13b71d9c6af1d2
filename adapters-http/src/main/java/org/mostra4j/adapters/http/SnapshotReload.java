package org.mostra4j.adapters.http;

import io.vavr.control.Either;

/**
 * Refreshes the in-memory snapshot of catalogue, histories and objective lists that the service reads,
 * behind {@code POST /v1/admin/reload} (off unless {@link ServiceSettings#adminReload()}).
 *
 * <p>Contract: a reload either replaces the whole snapshot or leaves the old one in place (requests never see a
 * half-loaded snapshot); it may be called concurrently with sequencing requests; it returns a one-line description
 * of what was loaded, or why nothing was. The reason for a refusal may name files and processes: the service logs it and
 * tells clients only whether a writer holds the store; the description of a success reaches clients as it is and
 * must name no paths. Implementations live in the store adapter and are bound by the
 * composition root.
 */
public interface SnapshotReload {
    Either<String, String> reload();

    /** No snapshot-backed store is configured: there is nothing to reload. */
    SnapshotReload NONE = () -> Either.left("no snapshot-backed store is configured (facts are read live or absent)");
}
