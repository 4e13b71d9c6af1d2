package org.mostra4j.adapters.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.mostra4j.domain.evaluation.EvaluationReport;

/**
 * report.html: one self-contained file that opens offline from disk. It inlines Apache ECharts (from the
 * {@code org.webjars.npm:echarts} jar the build packages; no CDN), the page's own script and style, and the
 * report's data as report.json writes it; the script draws the trade-off charts (per objective and jointly, with
 * hover details, method toggles), the sortable tables and the assumptions from that data. When the folder also
 * holds a frontier evaluation (frontier.json), the page draws it too; a tuning run's page draws its search.
 */
public final class ReportHtml {
    private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
    private static final String CHARTS = charting();
    private static final String SCRIPT = resource("report-html/report.js");
    private static final String STYLE = resource("report-html/report.css");
    private static final String COMMON = resource("report-html/common.js");
    private static final String FRONTIER = resource("report-html/frontier.js");
    private static final String TUNE = resource("report-html/tune.js");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportHtml() {
    }

    public static String render(EvaluationReport r) {
        return page(Optional.of(ReportJson.render(r)), Optional.empty(), Optional.empty());
    }

    /**
     * The page of whichever parts are given, each as the JSON its own file holds (report.json, frontier.json,
     * tune.json): the evaluation's charts and tables, the frontier evaluation's charts and hypervolume table, a
     * tuning run's search. At least one part.
     */
    public static String page(Optional<String> evaluation, Optional<String> frontier, Optional<String> tune) {
        if (evaluation.isEmpty() && frontier.isEmpty() && tune.isEmpty()) {
            throw new IllegalArgumentException("a report page needs an evaluation, a frontier or a tuning run");
        }
        int size = CHARTS.length() + 65_536 + evaluation.map(String::length).orElse(0)
                + frontier.map(String::length).orElse(0) + tune.map(String::length).orElse(0);
        StringBuilder html = new StringBuilder(size);
        String title = evaluation.map(ReportHtml::evaluationTitle).orElse(tune.isPresent() ? "Tuning run"
                : "Trade-off frontiers");
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body data-state=\"loading\">\n<main>\n<h1>")
                .append(evaluation.isPresent() ? "Counterfactual evaluation" : escape(title)).append("</h1>\n");
        evaluation.ifPresent(e -> html.append("<p id=\"summary\">").append(escape(evaluationSummary(e))).append("</p>\n"));
        if (evaluation.isPresent() && frontier.isPresent()) {
            html.append("<nav aria-label=\"Sections\"><a href=\"#charts-heading\">Trade-off sweeps</a> · <a"
                    + " href=\"#frontier-heading\">Frontier over every knob</a> · <a href=\"#tables-heading\">Every"
                    + " policy</a></nav>\n");
        }
        html.append("<noscript><p>The charts and tables need JavaScript; the .md files beside this one have the same"
                + " numbers.</p></noscript>\n<div id=\"report\"></div>\n</main>\n");
        // the data first (inert JSON), then the library and the page's scripts
        data(html, "report-data", evaluation);
        data(html, "frontier-data", frontier);
        data(html, "tune-data", tune);
        script(html, CHARTS);
        script(html, COMMON);
        evaluation.ifPresent(e -> script(html, SCRIPT));
        frontier.ifPresent(f -> script(html, FRONTIER));
        tune.ifPresent(t -> script(html, TUNE));
        script(html, "Mostra4jReport.finish(" + ((evaluation.isPresent() ? 1 : 0) + (frontier.isPresent() ? 1 : 0)
                + (tune.isPresent() ? 1 : 0)) + ");");
        return html.append("</body>\n</html>\n").toString();
    }

    private static void data(StringBuilder html, String id, Optional<String> json) {
        json.ifPresent(j -> html.append("<script type=\"application/json\" id=\"").append(id).append("\">")
                .append(inScript(j)).append("</script>\n"));
    }

    private static void script(StringBuilder html, String code) {
        html.append("<script>\n").append(inScript(code)).append("\n</script>\n");
    }

    private static String evaluationTitle(String json) {
        JsonNode r = tree(json);
        return "Counterfactual evaluation: " + r.path("sessions").asLong() + " sessions, k = " + r.path("k").asInt();
    }

    private static String evaluationSummary(String json) {
        JsonNode r = tree(json);
        return String.format(Locale.ROOT, "%d held-out sessions re-ordered by %d policies; metrics over the top k = %d;"
                + " %d sessions skipped. Every %% change is against %s (Mostra at ε = 0); intervals are bootstrap 95 %%"
                + " intervals over sessions (%d replicates, seed %d). True satisfaction: %s.", r.path("sessions").asLong(),
                r.path("policies").size(), r.path("k").asInt(), r.path("skipped").asLong(),
                r.path("reference").asText(), r.path("replicates").asInt(), r.path("seed").asLong(),
                r.path("trueSat").asBoolean() ? "yes (simulator oracle)" : "not available");
    }

    /** Parses a part's JSON; an unreadable part is the caller's error (it checks files read back from disk). */
    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A script's text may not close its element early: "&lt;/" becomes "&lt;\/", the same string to JavaScript and JSON. */
    static String inScript(String text) {
        return text.replace("</", "<\\/");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The minified library from the webjar on the class path, whichever version the build packaged. */
    private static String charting() {
        Properties pom = new Properties();
        try (InputStream in = ReportHtml.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar is missing from the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource(WEBJAR + pom.getProperty("version") + "/dist/echarts.min.js");
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
