package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/admin/reload} exists only when enabled, and reports what the store did. */
class AdminReloadTest {
    @Test
    void enabledReloadRunsTheStoresReload() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SnapshotReload reload = () -> Either.right("snapshot " + calls.incrementAndGet() + " loaded");
        try (ServerFixture server = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings().withAdminReload(true), reload)) {
            var r = server.post("/v1/admin/reload", "");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("snapshot 1 loaded", ServerFixture.json(r).get("detail").asText());
            assertEquals(1, calls.get());
        }
    }

    @Test
    void enabledWithoutASnapshotStoreIs409() throws Exception {
        try (ServerFixture server = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings().withAdminReload(true), SnapshotReload.NONE)) {
            var r = BadInputTest.problem(server.post("/v1/admin/reload", ""), 409, "reload-unavailable");
            assertTrue(r.body().contains("no snapshot-backed store"), r.body());
        }
    }
}
