package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The short summary the demo prints: encoder quality, the trade-off at a few ε, where the report is. */
record DemoSummary(Path dir, Path report, double seconds) {
    private static final List<String> OBJECTIVES = List.of("exposure", "discovery", "boost");

    void print(PrintWriter out) {
        out.println();
        out.println("mostra4j demo: summary");
        encoder(out, "set transformer", dir.resolve("logs/train-encoder.txt"));
        encoder(out, "per-track MLP  ", dir.resolve("logs/train-mlp.txt"));
        JsonNode json = DemoCommand.readJson(report.resolve("report.json"));
        int k = json.path("k").asInt();
        out.printf("%n%d held-out sessions; %% change against SAT-only (epsilon = 0), top %d%n",
                json.path("sessions").asInt(), k);
        boolean gs = json.path("policies").path(0).path("metrics").has("gs");
        out.printf("%-28s %14s %12s %12s %12s" + (gs ? " %12s" : "") + "%n", "policy", "true SAT", "exposure",
                "discovery", "boost", "GS");
        for (JsonNode p : json.path("policies")) {
            String name = p.path("policy").asText();
            if (name.equals("sat-only") || name.startsWith("mostra-eps[") || name.equals("logged")
                    || name.startsWith("mostra-seq[") || name.startsWith("mostra-seq-b1[")) {
                JsonNode change = p.path("changePercent");
                out.printf("%-28s %13.2f%% %11.2f%% %11.2f%% %11.2f%%", name,
                        change.path(json.path("trueSat").asBoolean() ? "sat_true" : "sat_predicted").path("value")
                                .asDouble(), change.path("count_" + OBJECTIVES.get(0)).path("value").asDouble(),
                        change.path("count_" + OBJECTIVES.get(1)).path("value").asDouble(),
                        change.path("count_" + OBJECTIVES.get(2)).path("value").asDouble());
                if (gs) {
                    out.print(p.path("changePercent").has("gs") ? String.format(" %11.2f%%",
                            change.path("gs").path("value").asDouble()) : String.format(" %12s", "-"));
                }
                out.println();
            }
        }
        if (gs) {
            out.println("GS: diversity of the top " + k + " in the track-embedding space; a negative change = more diverse");
        }
        SequenceAwareSummary.print(out, json);
        gs(out);
        out.printf("%nreport: %s (interactive: report.html, opens offline; plots: tradeoff-*.png)%ntook %.0f s%n",
                report.resolve("report.md"), seconds);
        out.flush();
    }

    private static void encoder(PrintWriter out, String label, Path log) {
        try {
            String last = Files.readAllLines(log).stream().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("{}");
            JsonNode j = JsonFiles.MAPPER.readTree(last);
            out.printf("%s validation AUC %.4f, log-loss %.4f%n", label, j.path("validationAuc").asDouble(),
                    j.path("validationLogLoss").asDouble());
        } catch (IOException e) {
            out.println(label + " (no training log: " + log + ")");
        }
    }

    /** The GS distribution line, and on a simulated world how GS ranks users against their true taste breadth. */
    private void gs(PrintWriter out) {
        Path log = dir.resolve("logs/gs-score.txt");
        Path scores = dir.resolve("gs/gs-scores.csv");
        Path truth = dir.resolve("world/truth_users.csv");
        if (!Files.exists(log) || !Files.exists(scores)) {
            return;
        }
        try {
            out.println();
            Files.readAllLines(log).stream().filter(l -> l.startsWith("gs-score:")).forEach(out::println);
            if (Files.exists(truth)) {
                java.util.Map<String, Double> breadth = csvColumn(truth, 1);
                java.util.Map<String, Double> gs = csvColumn(scores, 1);
                List<String> users = gs.keySet().stream().filter(breadth::containsKey).sorted().toList();
                double[] x = users.stream().mapToDouble(breadth::get).toArray();
                double[] y = users.stream().mapToDouble(gs::get).toArray();
                org.mostra4j.domain.diversity.RankCorrelation.spearman(x, y).ifPresent(rho -> out.printf(
                        "gs-score: Spearman(true taste breadth, GS) = %.3f over %d users (broader taste -> lower GS;"
                                + " target <= -0.5 on a full-size world, docs/quality.md)%n", rho, users.size()));
            }
        } catch (IOException | RuntimeException e) {
            out.println("(GS summary unavailable: " + e.getMessage() + ")");
        }
    }

    private static java.util.Map<String, Double> csvColumn(Path csv, int column) throws IOException {
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length > column && !f[column].isBlank()) {
                out.put(f[0], Double.parseDouble(f[column]));
            }
        }
        return out;
    }
}
