package org.mostra4j.adapters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.MetricLayout;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.openqa.selenium.By;

/**
 * report.html opened from disk in a real headless Chromium (no network: everything it needs is inside the file):
 * its charts are drawn as non-empty SVG, a hover shows the knobs and intervals, methods toggle, tables sort, and
 * the console stays free of errors.
 */
class ReportHtmlBrowserTest {
    @TempDir
    Path dir;
    static final List<String> LABELS = report().policies().stream().map(p -> p.label().display()).toList();

    /** Two objectives, two swept methods: one chart per objective and the joint one. */
    static EvaluationReport report() {
        List<ObjectiveId> objectives = List.of(ObjectiveId.EXPOSURE, ObjectiveId.of("discovery"));
        PolicyLabel ref = PolicyLabel.of("sat-only");
        Estimate zero = new Estimate(0, 0, 0);
        PolicyResult sat = new PolicyResult(ref, Map.of("sat_true", new Estimate(5, 4.8, 5.2)),
                Map.of("sat_true", zero, "count_exposure", zero, "count_discovery", zero), 10);
        PolicyResult a = policy("mostra-eps", "epsilon", 0.05, -0.4, 30, 12);
        PolicyResult b = policy("mostra-eps", "epsilon", 0.1, -1.2, 60, 25);
        PolicyResult c = policy("fixed-slot", "rate", 0.1, -2.5, 45, 5);
        PolicyResult d = policy("fixed-slot", "rate", 0.2, -5.0, 90, 9);
        // far off the charts (more than 10 % SAT lost): in the tables only
        PolicyResult logged = new PolicyResult(PolicyLabel.of("logged"), Map.of("sat_true", new Estimate(3.9, 3.7, 4.1)),
                Map.of("sat_true", new Estimate(-23, -25, -21), "count_exposure", new Estimate(5, 0, 10),
                        "count_discovery", new Estimate(2, 0, 4)), 10);
        return new EvaluationReport(10, 10, 0, 50, 1, ref, true, objectives, MetricLayout.of(objectives, 10).metrics(),
                List.of(sat, a, b, c, d, logged), List.of("Held-out sessions only <&>", "Simulator oracle for true SAT"));
    }

    static PolicyResult policy(String method, String knob, double value, double satChange, double exposure, double discovery) {
        return new PolicyResult(new PolicyLabel(method, knob, value), Map.of("sat_true", new Estimate(4.9, 4.7, 5.1)),
                Map.of("sat_true", new Estimate(satChange, satChange - 0.3, satChange + 0.3),
                        "count_exposure", new Estimate(exposure, exposure - 10, exposure + 10),
                        "count_discovery", new Estimate(discovery, discovery - 4, discovery + 4)), 10);
    }

    @Test
    void the_report_opens_offline_with_its_charts_drawn_and_no_console_errors() throws Exception {
        new ReportWriter((plot, file) -> Files.writeString(file, "png stand-in")).write(report(), dir);
        Path html = dir.resolve("report.html");
        try (Browser browser = Browser.open()) {
            browser.driver().get(html.toUri().toString());
            try {
                browser.waiting().until(d -> "ready".equals(browser.script("return document.body.getAttribute('data-state');")));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("the page script did not finish: " + browser.consoleErrors(), e);
            }
            for (String chart : List.of("chart-exposure", "chart-discovery", "chart-joint")) {
                Number shapes = (Number) browser.script("return document.querySelectorAll('#' + arguments[0]"
                        + " + ' svg path').length;", chart);
                assertTrue(shapes.intValue() > 10, chart + " has " + shapes + " SVG paths");
                Boolean fits = (Boolean) browser.script("var box = document.getElementById(arguments[0]);"
                        + " return box.querySelector('svg').getBoundingClientRect().width <= box.clientWidth + 1;", chart);
                assertTrue(fits, chart + " is drawn wider than its box");
            }
            browser.screenshot(Path.of("target", "screenshots", "report.png"));
            // the tooltip of the first point: method, policy label with its knob, gain and SAT loss with intervals
            browser.script("echarts.getInstanceByDom(document.getElementById('chart-exposure'))"
                    + ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});");
            browser.waiting().until(d -> String.valueOf(browser.script(
                    "return document.getElementById('chart-exposure').textContent;")).contains("SAT loss"));
            String tip = String.valueOf(browser.script("return document.getElementById('chart-exposure').textContent;"));
            assertTrue(tip.contains("mostra-eps"), tip);
            assertTrue(tip.contains("epsilon = 0.05"), tip);
            assertTrue(tip.contains("exposure gain: 30.00 % [20.00, 40.00]"), tip);
            assertTrue(tip.contains("SAT loss: 0.40 % [0.10, 0.70]"), tip);

            browser.driver().findElement(By.cssSelector("input[data-method='fixed-slot']")).click();
            assertEquals(Boolean.FALSE, browser.script("return echarts.getInstanceByDom(document.getElementById("
                    + "'chart-joint')).getOption().legend[0].selected['fixed-slot'];"));

            List<?> before = (List<?>) browser.script("return Array.from(document.querySelectorAll('table')[0]"
                    + ".querySelectorAll('tbody th')).map(t => t.textContent);");
            browser.driver().findElements(By.cssSelector("table")).get(0).findElements(By.cssSelector("thead button"))
                    .get(2).click();
            List<?> after = (List<?>) browser.script("return Array.from(document.querySelectorAll('table')[0]"
                    + ".querySelectorAll('tbody th')).map(t => t.textContent);");
            assertEquals(6, before.size());
            assertTrue(browser.driver().findElements(By.cssSelector("input[data-method='logged']")).isEmpty(),
                    "no toggle for a method with no point on the charts");
            assertTrue(String.valueOf(browser.script("return document.body.textContent;"))
                    .contains("so are all of logged."));
            // sorted by the knob value, ascending; the reference has none and goes last
            assertEquals(List.of(LABELS.get(1), LABELS.get(2), LABELS.get(3), LABELS.get(4), LABELS.get(0), LABELS.get(5)),
                    after);
            assertEquals(LABELS, before);
            assertTrue(String.valueOf(browser.script("return document.body.textContent;")).contains("Held-out sessions only <&>"));
            // a phone's width: one column of charts, wide tables scroll inside their own box
            browser.size(390, 844);
            try {
                browser.waiting().until(d -> Boolean.TRUE.equals(browser.script(
                        "return document.documentElement.scrollWidth <= window.innerWidth;")));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("wider than a phone: " + browser.script("return Array.from(document"
                        + ".querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                        + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                        + " + Math.round(e.getBoundingClientRect().right));"), e);
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** Opens a page from disk and waits until every part of it has drawn (or fails with the console's errors). */
    private static void load(Browser browser, Path html) {
        browser.driver().get(html.toUri().toString());
        try {
            browser.waiting().until(d -> "ready".equals(browser.script("return document.body.getAttribute('data-state');")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page script did not finish: " + browser.consoleErrors(), e);
        }
    }

    private static int svgPaths(Browser browser, String chart) {
        return ((Number) browser.script("var box = document.getElementById(arguments[0]);"
                + " return box ? box.querySelectorAll('svg path').length : -1;", chart)).intValue();
    }

    /** Hovers one mark of a chart (by series and index) and returns the chart's text with the tooltip in it. */
    private static String tip(Browser browser, String chart, int series, int index) {
        browser.script("echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                + ".dispatchAction({type: 'showTip', seriesIndex: arguments[1], dataIndex: arguments[2]});", chart,
                series, index);
        browser.waiting().until(d -> String.valueOf(browser.script(
                "return document.getElementById(arguments[0]).textContent;", chart)).contains("SAT loss"));
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).textContent;", chart));
    }

    @Test
    void the_frontier_evaluation_written_into_the_folder_is_drawn_inside_report_html() throws Exception {
        ReportWriter writer = new ReportWriter((plot, file) -> Files.writeString(file, "png stand-in"));
        writer.write(report(), dir);
        new FrontierReportWriter(writer).write(TradeOffFixtures.frontier(), dir);
        try (Browser browser = Browser.open()) {
            load(browser, dir.resolve("report.html"));
            for (String chart : List.of("chart-exposure", "chart-joint", "frontier-exposure", "frontier-discovery")) {
                assertTrue(svgPaths(browser, chart) > 10, chart + " has " + svgPaths(browser, chart) + " SVG paths");
            }
            // the frontier sits between the sweeps' charts and the tables
            assertEquals(List.of("charts-heading", "frontier-heading", "tables-heading", "assumptions-heading"),
                    browser.script("return Array.from(document.querySelectorAll('h2')).map(h => h.id);"));
            // series 1 is mostra's chosen settings (test figures) in budget order: within 0.5 %, the first point
            browser.script("document.getElementById('frontier').scrollIntoView();");
            String chosen = tip(browser, "frontier-exposure", 1, 0);
            browser.screenshot(Path.of("target", "screenshots", "report-frontier.png"));
            for (String s : List.of("mostra", "chosen within a 0.5 % SAT-loss budget (test)", "ε = 0.05", "λ = 0.1",
                    "φ = sqrt", "weight exposure = 2", "weight discovery = 1", "B = 5 (default)",
                    "sequenceAware = false", "test exposure gain: 30.00 % [25.00, 35.00]",
                    "test SAT loss: 0.40 % [0.10, 0.70]", "validation exposure gain: 28.00 %, SAT loss: 0.20 %")) {
                assertTrue(chosen.contains(s), s + " not in: " + chosen);
            }
            // series 2 is linear's Pareto points on validation (hollow marks), with their test figures too
            String pareto = tip(browser, "frontier-discovery", 2, 1);
            for (String s : List.of("linear", "Pareto point (validation)", "λ = 0.1", "test discovery gain: 11.00 % "
                    + "[9.00, 13.00]", "test SAT loss: 1.80 % [1.50, 2.10]", "validation discovery gain: 12.00 %")) {
                assertTrue(pareto.contains(s), s + " not in: " + pareto);
            }
            browser.driver().findElement(By.cssSelector("input[data-frontier-method='linear']")).click();
            assertEquals(Boolean.FALSE, browser.script("return echarts.getInstanceByDom(document.getElementById("
                    + "'frontier-discovery')).getOption().legend[0].selected['linear'];"));
            assertEquals(Boolean.TRUE, browser.script("return echarts.getInstanceByDom(document.getElementById("
                    + "'chart-joint')).getOption().legend[0].selected['mostra-eps'] !== false;"), "the sweeps' charts keep theirs");
            // the joint hypervolume table: one row per method, one column per budget, as written
            List<?> hypervolume = (List<?>) browser.script("var t = document.querySelector('#frontier table');"
                    + " return Array.from(t.querySelectorAll('tbody tr')).map(r => r.textContent);");
            assertEquals(List.of("mostra1.250040.5000", "linear0.500020.2500"), hypervolume);
            assertTrue(String.valueOf(browser.script("return document.getElementById('frontier').textContent;"))
                    .contains("Frontier note <&>"));
            // every Pareto point in a table too (keyboard and screen readers): knobs and test intervals
            browser.driver().findElement(By.cssSelector("#frontier details summary")).click();
            List<?> paretoRows = (List<?>) browser.script("return Array.from(document.querySelectorAll("
                    + "'#frontier details tbody tr')).map(r => r.textContent);");
            assertEquals(4, paretoRows.size());
            assertEquals("linearλ = 0.02, weight exposure = 1, weight discovery = 10.300.50 [0.20, 0.80]11.00 [6.00, 16.00]"
                    + "3.00 [1.00, 5.00]", paretoRows.get(2));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void a_tuning_run_report_html_draws_the_search_and_the_chosen_setting() throws Exception {
        new TuneReportWriter().write(TradeOffFixtures.tuneCommand(), TradeOffFixtures.tuneResult(), dir);
        try (Browser browser = Browser.open()) {
            load(browser, dir.resolve("report.html"));
            assertTrue(svgPaths(browser, "tune-exposure") > 10, "tune-exposure has " + svgPaths(browser,
                    "tune-exposure") + " SVG paths");
            // series: meets every target, misses one, chosen (validation), chosen (test); the 25 % loss is left off
            assertEquals(List.of(1L, 2L, 1L, 1L), browser.script("return echarts.getInstanceByDom(document"
                    + ".getElementById('tune-exposure')).getOption().series.map(s => s.data.length);"));
            String test = tip(browser, "tune-exposure", 3, 0);
            for (String s : List.of("mostra", "chosen (test)", "ε = 0.5", "λ = 0.1", "φ = sqrt", "weight exposure = 0.5",
                    "B = 5 (default)", "test exposure gain: 31.50 % [26.50, 36.50] (target ≥ 30.0 %)",
                    "test SAT loss: 0.80 % [0.50, 1.10]")) {
                assertTrue(test.contains(s), s + " not in: " + test);
            }
            String missed = tip(browser, "tune-exposure", 1, 1);
            assertTrue(missed.contains("validation exposure gain: 80.00 % (target ≥ 30.0 %)") && missed.contains(
                    "validation SAT loss: 4.50 %") && missed.contains("φ = linear"), missed);
            String page = String.valueOf(browser.script("return document.getElementById('tune').textContent;"));
            assertTrue(page.contains("Tuning mostra: feasible"), page);
            assertTrue(page.contains("\"epsilon\": 0.5"), "the policy object: " + page);
            assertTrue(page.contains("Stored as evaluation run tune-2026."), page);
            List<?> rows = (List<?>) browser.script("return Array.from(document.querySelector('#tune table').querySelectorAll('tbody tr'))"
                    + ".map(r => r.textContent);");
            assertEquals(List.of("SAT loss≤ 1.00 %0.600.80 [0.50, 1.10]", "exposure gain≥ 30.0 %33.0031.50 [26.50, 36.50]"),
                    rows);
            browser.driver().findElement(By.cssSelector("#tune details summary")).click();
            List<?> searched = (List<?>) browser.script("return Array.from(document.querySelectorAll("
                    + "'#tune details tbody tr')).map(r => r.textContent);");
            assertEquals(List.of("1ε = 0.02, λ = 0.05, φ = log1p, weight exposure = 1, weight discovery = 1, B = 5 (default),"
                    + " sequenceAware = false, length = 10no0.1012.00", "2ε = 0.5, λ = 0.1, φ = sqrt, weight exposure = 0.5,"
                    + " weight discovery = 1, B = 5 (default), sequenceAware = false, length = 10yes0.6033.00",
                    "3ε = 1, λ = 1, φ = linear, weight exposure = 2, weight discovery = 2, B = 5 (default), sequenceAware"
                    + " = false, length = 10no4.5080.00", "4ε = 1, λ = 2, φ = linear, weight exposure = 2, weight"
                    + " discovery = 2, B = 5 (default), sequenceAware = false, length = 10no25.00120.00"), searched);
            browser.screenshot(Path.of("target", "screenshots", "report-tune.png"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void the_file_loads_nothing_from_anywhere_else() throws Exception {
        new ReportWriter((plot, file) -> Files.writeString(file, "png stand-in")).write(report(), dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.contains("<script src"), "an external script");
        assertFalse(html.contains("<link"), "an external style sheet");
        assertTrue(html.contains("Apache ECharts") || html.contains("echarts"), "the charting library is inlined");
        assertTrue(Files.size(dir.resolve("report.html")) < 2_000_000, "one file, about 1 MB");
    }
}
