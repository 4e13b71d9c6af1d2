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
