package org.mostra4j.adapters.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.mostra4j.domain.evaluation.EvaluationReport;

/**
 * report.html: one self-contained file that opens offline from disk. It inlines Apache ECharts (from the
 * {@code org.webjars.npm:echarts} jar the build packages; no CDN), the page's own script and style, and the
 * report's data as report.json writes it; the script draws the trade-off charts (per objective and jointly, with
 * hover details, method toggles), the sortable tables and the assumptions from that data.
 */
public final class ReportHtml {
    private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
    private static final String CHARTS = charting();
    private static final String SCRIPT = resource("report-html/report.js");
    private static final String STYLE = resource("report-html/report.css");

    private ReportHtml() {
    }

    public static String render(EvaluationReport r) {
        String data = ReportJson.render(r);
        StringBuilder html = new StringBuilder(CHARTS.length() + data.length() + 32_768);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Counterfactual evaluation: ").append(r.sessions()).append(" sessions, k = ").append(r.k())
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body data-state=\"loading\">\n")
                .append("<main>\n<h1>Counterfactual evaluation</h1>\n<p id=\"summary\">")
                .append(escape(summary(r))).append("</p>\n")
                .append("<noscript><p>The charts and tables need JavaScript; report.md has the same numbers.</p></noscript>\n")
                .append("<div id=\"report\"></div>\n</main>\n")
                // the data first (inert JSON), then the library and the page script
                .append("<script type=\"application/json\" id=\"report-data\">").append(inScript(data)).append("</script>\n")
                .append("<script>\n").append(inScript(CHARTS)).append("\n</script>\n")
                .append("<script>\n").append(inScript(SCRIPT)).append("\n</script>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static String summary(EvaluationReport r) {
        return String.format(Locale.ROOT, "%d held-out sessions re-ordered by %d policies; metrics over the top k = %d;"
                + " %d sessions skipped. Every %% change is against %s (Mostra at ε = 0); intervals are bootstrap 95 %%"
                + " intervals over sessions (%d replicates, seed %d). True satisfaction: %s.", r.sessions(),
                r.policies().size(), r.k(), r.skipped(), r.reference().display(), r.replicates(), r.seed(),
                r.trueSat() ? "yes (simulator oracle)" : "not available");
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
