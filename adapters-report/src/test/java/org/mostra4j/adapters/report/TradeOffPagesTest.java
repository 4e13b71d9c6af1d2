package org.mostra4j.adapters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.out.WriteReportPort;

/**
 * What the frontier and tune parts of report.html are fed (expected values written by hand from the fixtures), and
 * which page a frontier lands in: the folder's report.html beside an evaluation, in either order, else frontier.html.
 */
class TradeOffPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private static ReportWriter evaluation() {
        return new ReportWriter((plot, file) -> Files.writeString(file, "png stand-in"));
    }

    private static FrontierReportWriter frontierWriter() {
        return new FrontierReportWriter(evaluation());
    }

    @Test
    void theFrontierDataCarriesEveryKnobAsTextTheObjectivesAndTheTestIntervals() throws Exception {
        JsonNode f = JSON.readTree(frontierWriter().json(TradeOffFixtures.frontier()));
        assertEquals(List.of("exposure", "discovery"), List.of(f.get("objectives").get(0).asText(),
                f.get("objectives").get(1).asText()));
        assertEquals(5, f.get("defaultBeam").asInt());
        JsonNode m1 = f.get("methods").get(0).get("pareto").get(0);
        assertEquals("mostra", m1.get("method").asText());
        assertEquals("epsilon=0.05 lambda=0.1 phi=sqrt weight.exposure=2 weight.discovery=1", m1.get("setting").asText());
        assertEquals("sqrt", m1.get("policy").get("concave").get("exposure").asText());
        assertEquals(28.0, m1.get("validation").get("gainPercent").get("exposure").asDouble());
        assertEquals(0.2, m1.get("validation").get("satLossPercent").asDouble());
        assertEquals("[25.0,35.0]", m1.get("test").get("gainInterval").get("exposure").toString());
        assertEquals("[0.1,0.7]", m1.get("test").get("satLossInterval").toString());
        JsonNode linearAt2 = f.get("budgets").get(3);
        assertEquals(2.0, linearAt2.get("satLossBudgetPercent").asDouble());
        assertEquals("linear", linearAt2.get("method").asText());
        assertEquals(20.25, linearAt2.get("hypervolume").asDouble());
        assertEquals(11.0, linearAt2.get("best").get("discovery").get("gainPercent").asDouble());
        assertEquals("[9.0,13.0]", linearAt2.get("best").get("discovery").get("interval").toString());
        assertEquals("lambda=0.1 weight.exposure=1 weight.discovery=1",
                linearAt2.get("best").get("discovery").get("point").get("setting").asText());
    }

    @Test
    void aFrontierWrittenAfterTheEvaluationJoinsItsReportHtml() throws Exception {
        evaluation().write(ReportHtmlBrowserTest.report(), dir);
        assertFalse(Files.readString(dir.resolve("report.html")).contains("id=\"frontier-data\""));
        WriteReportPort.Written w = frontierWriter().write(TradeOffFixtures.frontier(), dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"report-data\">"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"frontier-data\">"
                + ReportHtml.inScript(Files.readString(dir.resolve("frontier.json"))) + "</script>"));
        assertTrue(w.files().contains(dir.resolve("report.html")), w.files().toString());
        assertFalse(Files.exists(dir.resolve("frontier.html")), "one page: the frontier is inside report.html");
        assertEquals(List.of(), w.warnings());
    }

    @Test
    void anEvaluationWrittenAfterTheFrontierTakesItIntoItsReportHtml() throws Exception {
        WriteReportPort.Written alone = frontierWriter().write(TradeOffFixtures.frontier(), dir);
        assertTrue(alone.files().contains(dir.resolve("frontier.html")), alone.files().toString());
        assertFalse(Files.exists(dir.resolve("report.html")), "no evaluation here: a page of its own");
        assertTrue(Files.readString(dir.resolve("frontier.html")).contains("id=\"frontier-data\""));
        evaluation().write(ReportHtmlBrowserTest.report(), dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("id=\"report-data\"") && html.contains("id=\"frontier-data\""));
        assertTrue(html.contains("href=\"#frontier-heading\""), "the sections are linked from the top");
    }

    @Test
    void anUnreadableFrontierFileIsLeftOutWithAWarning() throws Exception {
        Files.writeString(dir.resolve("frontier.json"), "{\"methods\": [");
        WriteReportPort.Written w = evaluation().write(ReportHtmlBrowserTest.report(), dir);
        assertFalse(Files.readString(dir.resolve("report.html")).contains("id=\"frontier-data\""));
        assertEquals(1, w.warnings().size(), w.warnings().toString());
        assertTrue(w.warnings().get(0).contains("frontier.json could not be read"), w.warnings().get(0));
    }

    @Test
    void theTuneDataHoldsTheTargetsTheChosenSettingWithTestIntervalsAndEverySettingSearched() throws Exception {
        JsonNode t = JSON.readTree(TuneReportWriter.json(TradeOffFixtures.tuneCommand(), TradeOffFixtures.tuneResult()));
        assertEquals("mostra", t.get("method").asText());
        assertTrue(t.get("feasible").asBoolean());
        assertEquals(30.0, t.get("targets").get("exposure").asDouble());
        assertEquals(1, t.get("targets").size());
        assertEquals(1.0, t.get("maxSatLossPercent").asDouble());
        assertEquals("true", t.get("sat").asText());
        assertEquals(5, t.get("defaultBeam").asInt());
        assertEquals("tune-2026", t.get("runId").asText());
        JsonNode chosen = t.get("chosen");
        assertEquals("epsilon=0.5 lambda=0.1 phi=sqrt weight.exposure=0.5 weight.discovery=1",
                chosen.get("setting").asText());
        assertEquals(31.5, chosen.get("test").get("gainPercent").get("exposure").asDouble());
        assertEquals("[26.5,36.5]", chosen.get("test").get("gainInterval").get("exposure").toString());
        assertEquals("[0.5,1.1]", chosen.get("test").get("satLossInterval").toString());
        assertEquals(0.5, chosen.get("policy").get("epsilon").asDouble());
        assertEquals(4, t.get("searched").size());
        assertEquals(4.5, t.get("searched").get(2).get("validation").get("satLossPercent").asDouble());
        assertEquals("epsilon=1 lambda=2 phi=linear weight.exposure=2 weight.discovery=2",
                t.get("searched").get(3).get("setting").asText());
        assertFalse(t.get("searched").get(0).has("test"), "only the chosen setting is re-measured on test");
    }

    @Test
    void theTuneReportStatesTargetValidationAndTestFigures() throws Exception {
        WriteReportPort.Written w = new TuneReportWriter().write(TradeOffFixtures.tuneCommand(),
                TradeOffFixtures.tuneResult(), dir);
        assertEquals(List.of(dir.resolve("report.md"), dir.resolve("report.html"), dir.resolve("tune.json")), w.files());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("**Feasible**"), md);
        assertTrue(md.contains("| SAT loss | ≤ 1.00 % | 0.60 % | 0.80 % [0.50, 1.10] |"), md);
        assertTrue(md.contains("| exposure gain | ≥ +30.0 % | +33.00 % | +31.50 % [+26.50, +36.50] |"), md);
        assertTrue(md.contains("Setting: `epsilon=0.5 lambda=0.1 phi=sqrt weight.exposure=0.5 weight.discovery=1`"), md);
        assertTrue(md.contains("\"epsilon\" : 0.5"), md);
        assertTrue(md.contains("`tune-2026`"), md);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"tune-data\">"));
        assertFalse(html.contains("id=\"report-data\""));
    }
}
