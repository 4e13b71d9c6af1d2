package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.http.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The explorer page in a real headless Chromium against the service on loopback: it loads, ε = 0 gives the pure
 * satisfaction order, the worked example's knobs give exactly what {@code ./mostra4j sequence} prints for them
 * (README: "The worked example"), bad input shows the service's problem next to the field, and it fits a phone.
 */
class ExplorerBrowserTest {
    /** {@code ./mostra4j sequence --session examples/worked-example.json --epsilon 0.05}, as the README shows it. */
    static final List<String> WORKED_EXAMPLE_ORDER = List.of(
            "1 t2 0.9500 0.0700 1.0200 exposure",
            "2 t4 0.9300 0.0700 1.6509 boost",
            "3 t1 0.9600 0.0000 2.1309",
            "4 t3 0.8000 0.0700 2.5056 discovery");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser browser;
    static ServerFixture server;

    @BeforeAll
    static void start() {
        if (Browser.installed()) {
            browser = Browser.open();
            server = ServerFixture.start();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void load() {
        Browser.requireInstalled();
        browser.size(1280, 800);
        browser.driver().get(server.uri("/").toString());
        waitFor("the page to load and order the worked example", () -> state().equals("ready") && rows().size() == 4);
    }

    @Test
    void the_worked_example_and_pure_satisfaction_orders_are_what_the_cli_prints() {
        // the defaults are the worked example's knobs (ε 0.05, λ 0.07, w 1, φ sqrt, B 5, all tracks, discount on)
        assertEquals(WORKED_EXAMPLE_ORDER, rows());
        assertTrue(text("policy-json").contains("\"epsilon\": 0.05"), text("policy-json"));
        browser.screenshot(SCREENSHOTS.resolve("explorer.png"));

        // keyboard: the ε slider's Home key is ε = 0, the pure satisfaction order t1, t2, t4, t3
        WebElement slider = browser.driver().findElement(By.id("epsilon-range"));
        slider.sendKeys(Keys.HOME);
        waitFor("ε = 0 to give the satisfaction order", () -> tracks().equals(List.of("t1", "t2", "t4", "t3")));
        assertEquals("0", browser.driver().findElement(By.id("epsilon")).getDomProperty("value"));
        assertTrue(changes().stream().allMatch("="::equals), changes().toString());

        // type the worked example's knobs back in: the CLI's order again, and what moved against SAT-only
        type("epsilon", "0.05");
        type("lambda", "0.07");
        type("beam", "5");
        type("length", "4");
        waitFor("the worked example's order", () -> rows().equals(WORKED_EXAMPLE_ORDER));
        assertEquals(List.of("▲ 1 (was #2)", "▲ 1 (was #3)", "▼ 2 (was #1)", "="),
                changes());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void bad_input_shows_the_services_problem_next_to_the_field_and_the_page_recovers() {
        type("epsilon", "2");
        waitFor("the ε problem", () -> text("epsilon-error").contains("must be in [0,1], was 2.0"));
        assertEquals("$.policy.epsilon: must be in [0,1], was 2.0", text("epsilon-error"));
        assertEquals("true", browser.driver().findElement(By.id("epsilon")).getDomAttribute("aria-invalid"));
        assertEquals(0, rows().size());
        type("epsilon", "0.05");
        waitFor("the order after the fix", () -> rows().equals(WORKED_EXAMPLE_ORDER) && text("epsilon-error").isEmpty());

        type("weight-exposure", "-1");
        waitFor("the weight problem", () -> text("objective-error-exposure").contains("$.policy.weights.exposure"));
        type("weight-exposure", "1");
        waitFor("the order after the fix", () -> rows().equals(WORKED_EXAMPLE_ORDER));

        WebElement session = browser.driver().findElement(By.id("session-json"));
        session.sendKeys(Keys.chord(Keys.CONTROL, "a"), "{\"sessionId\": \"s\",");
        waitFor("the malformed-session problem", () -> text("session-json-error").contains("the document ends early"));
        assertTrue(state().equals("error"), state());
        session.sendKeys(Keys.chord(Keys.CONTROL, "a"), "{\"sessionId\": \"s\", \"userId\": \"u\", \"date\": \"2026-01-15\","
                + " \"candidates\": [{\"trackId\": \"a\", \"relevance\": 1.5}]}");
        waitFor("the candidate problem", () -> text("session-json-error").contains("$.candidates[0].relevance"));
        browser.driver().findElement(By.id("worked-example")).click();
        waitFor("the worked example again", () -> rows().equals(WORKED_EXAMPLE_ORDER)
                && text("session-json-error").isEmpty());
        // sequence-aware scoring: accepted by a service that knows the knob, else its problem sits beside the box
        browser.driver().findElement(By.id("sequence-aware")).sendKeys(Keys.SPACE);
        waitFor("sequence-aware to be answered", () -> text("policy-json").contains("sequenceAware")
                && (state().equals("ready") || text("sequence-aware-error").contains("$.policy.sequenceAware")));
        browser.driver().findElement(By.id("sequence-aware")).sendKeys(Keys.SPACE);
        waitFor("the order without it", () -> rows().equals(WORKED_EXAMPLE_ORDER));
        // no script error: the only console errors are the browser's notes of the 4xx answers themselves
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.stream().allMatch(e -> e.contains("status of 4")), errors.toString());
    }

    @Test
    void every_control_is_labelled_and_the_page_fits_a_phone() {
        Object unlabelled = browser.script("return Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(e => !e.labels.length && !e.getAttribute('aria-label')).map(e => e.id);");
        assertEquals(List.of(), unlabelled);
        browser.size(390, 844);
        waitFor("the phone layout", () -> Boolean.TRUE.equals(browser.script(
                "return document.documentElement.scrollWidth <= window.innerWidth;")));
        assertEquals(4, rows().size());
        browser.screenshot(SCREENSHOTS.resolve("explorer-phone.png"));
        browser.driver().findElement(By.id("copy-policy")).click();
        waitFor("the copy to be confirmed", () -> !text("copy-status").isEmpty());
    }

    @Test
    void the_knobs_are_placed_on_the_latest_frontier_run_in_the_store() {
        try (ServerFixture withRun = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings(), SnapshotReload.NONE, org.mostra4j.application.port.out.BrowseSessionsPort.NONE,
                () -> io.vavr.control.Either.right(io.vavr.control.Option.of(ServerFixture.FRONTIER_RUN)))) {
            browser.driver().get(withRun.uri("/").toString());
            waitFor("the run to be placed", () -> text("frontier-text").contains("Mostra #"));
            // defaults ε 0.05, λ 0.07, φ sqrt, w 1 lie nearest #000 (ε 0.05, λ 0.05, φ sqrt)
            assertEquals("Latest frontier run frontier-20261203T120000Z (2026-12-03T12:00:00Z): the setting nearest"
                    + " your knobs is Mostra #000 (ε 0.05, λ 0.05, φ sqrt; measured on test sessions): SAT loss 0.40 %"
                    + " [0.10, 0.70]; gain exposure 30.00 % [20.00, 40.00]. 0 of the run's 2 Mostra settings lose less"
                    + " SAT.", text("frontier-text"));
            type("lambda", "0.05");
            waitFor("an exact match", () -> text("frontier-text").contains("your knobs are Mostra #000"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void a_logged_session_is_searched_picked_and_ordered_and_a_link_can_name_it() {
        org.mostra4j.domain.session.LoggedSession logged = new org.mostra4j.domain.session.LoggedSession(
                org.mostra4j.domain.session.SessionId.of("s42"), org.mostra4j.domain.catalog.UserId.of("u7"),
                java.time.LocalDate.of(2026, 1, 15), "radio", List.of(
                        new org.mostra4j.domain.session.LoggedCandidate(org.mostra4j.domain.catalog.TrackId.of("ta"), 1,
                                java.util.Optional.of(true)),
                        new org.mostra4j.domain.session.LoggedCandidate(org.mostra4j.domain.catalog.TrackId.of("tb"), 2,
                                java.util.Optional.of(false))));
        org.mostra4j.application.port.out.BrowseSessionsPort store = new org.mostra4j.application.port.out.BrowseSessionsPort() {
            @Override
            public io.vavr.control.Either<String, List<SessionSummary>> find(String query, int limit) {
                return io.vavr.control.Either.right("u7".startsWith(query) ? List.of(new SessionSummary(logged.id(),
                        logged.user(), logged.date(), logged.context(), 2)) : List.of());
            }

            @Override
            public io.vavr.control.Either<String, io.vavr.control.Option<org.mostra4j.domain.session.LoggedSession>> get(
                    org.mostra4j.domain.session.SessionId id) {
                return io.vavr.control.Either.right(io.vavr.control.Option.when(id.equals(logged.id()), logged));
            }
        };
        try (ServerFixture withStore = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings(), SnapshotReload.NONE, store,
                org.mostra4j.application.port.out.ReadTradeOffRunsPort.NONE)) {
            browser.driver().get(withStore.uri("/").toString());
            waitFor("the page", () -> state().equals("ready"));
            type("search", "u7");
            browser.driver().findElement(By.id("search")).sendKeys(Keys.ENTER);
            waitFor("the search hit", () -> !browser.driver().findElements(By.cssSelector("[data-session=s42]")).isEmpty());
            browser.driver().findElement(By.cssSelector("[data-session=s42]")).sendKeys(Keys.ENTER);
            waitFor("the logged session's order", () -> tracks().size() == 2 && tracks().containsAll(List.of("ta", "tb")));
            assertTrue(text("logged-order").startsWith("ta ✓, tb ✗"), text("logged-order"));
            type("search", "nobody");
            browser.driver().findElement(By.id("search")).sendKeys(Keys.ENTER);
            waitFor("no hit said", () -> text("search-error").contains("no logged session starts with \"nobody\""));

            browser.driver().get(withStore.uri("/?session=s42").toString());
            waitFor("the linked session's order", () -> tracks().size() == 2 && text("session-json").contains("s42"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private void type(String id, String value) {
        browser.driver().findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private String state() {
        return String.valueOf(browser.script("return document.body.getAttribute('data-state');"));
    }

    private String text(String id) {
        return String.valueOf(browser.script("var e = document.getElementById(arguments[0]);"
                + " return e.value !== undefined && e.tagName !== 'BUTTON' ? e.value : e.textContent;", id)).strip();
    }

    /** Each row as "position track relevance gain score objectives…", whitespace collapsed. */
    @SuppressWarnings("unchecked")
    private List<String> rows() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#order tbody tr')).map(tr =>"
                + " Array.from(tr.cells).slice(0, 6).map(c => c.textContent.trim()).filter(t => t).join(' '));");
    }

    private List<String> tracks() {
        return rows().stream().map(r -> r.split(" ")[1]).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> changes() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#order tbody tr'))"
                + ".map(tr => tr.cells[6].textContent.trim());");
    }

    private void waitFor(String what, Supplier<Boolean> condition) {
        try {
            browser.waiting().until(d -> condition.get());
        } catch (TimeoutException e) {
            browser.screenshot(SCREENSHOTS.resolve("failure.png"));
            throw new AssertionError("timed out waiting for " + what + "; state " + state() + ", rows " + rows()
                    + ", errors: " + browser.script("return Array.from(document.querySelectorAll('.error'))"
                    + ".map(e => e.id + '=' + e.textContent).filter(t => !t.endsWith('='));"), e);
        }
    }
}
