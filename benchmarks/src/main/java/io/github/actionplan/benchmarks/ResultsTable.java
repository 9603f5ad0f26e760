package io.github.actionplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown tables of BENCHMARKS.md: the median
 * of every measured iteration with the lowest and highest, allocation per operation where
 * {@code -prof gc} ran, and for the renderers the ratio library/baseline and time(100k)/time(10k).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.actionplan.benchmarks.ResultsTable results/*.json
 * </pre>
 */
public final class ResultsTable {

    private record Result(String benchmark, Map<String, String> params, double[] samples, String unit,
            double allocBytes) {
        double median() {
            double[] s = samples.clone();
            Arrays.sort(s);
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        double min() {
            return Arrays.stream(samples).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(samples).max().orElse(Double.NaN);
        }

        String shortName() {
            return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        }
    }

    private ResultsTable() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Result> results = new ArrayList<>();
        for (String file : args) {
            for (JsonNode node : mapper.readTree(Path.of(file).toFile())) {
                Map<String, String> params = new LinkedHashMap<>();
                node.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
                List<Double> samples = new ArrayList<>();
                node.path("primaryMetric").path("rawData").forEach(fork -> fork.forEach(v -> samples.add(v.asDouble())));
                JsonNode alloc = node.path("secondaryMetrics").path("gc.alloc.rate.norm");
                if (alloc.isMissingNode()) {
                    alloc = node.path("secondaryMetrics").path("\u00b7gc.alloc.rate.norm");
                }
                results.add(new Result(node.path("benchmark").asText(), params,
                        samples.stream().mapToDouble(Double::doubleValue).toArray(),
                        node.path("primaryMetric").path("scoreUnit").asText(),
                        alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
            }
        }
        System.out.println("| benchmark | parameters | median | min - max | n | allocated/op |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s %s | %s - %s | %d | %s |%n", r.shortName(), r.params(),
                    fmt(r.median()), r.unit(), fmt(r.min()), fmt(r.max()), r.samples().length, mib(r.allocBytes()));
        }
        System.out.println();
        System.out.println("| format | report | rows | library median (min - max) | baseline median (min - max)"
                + " | library/baseline | library t(100k)/t(10k) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (String format : List.of("Docx", "Xlsx", "Pdf")) {
            for (String report : List.of("summary", "action-plan")) {
                for (String rows : List.of("1000", "10000", "100000")) {
                    Result library = find(results, format + "Benchmark.library", report, rows);
                    Result baseline = find(results, format + "Benchmark.baseline", report, rows);
                    if (library == null && baseline == null) {
                        continue;
                    }
                    String growth = "";
                    if (rows.equals("100000") && library != null) {
                        Result ten = find(results, format + "Benchmark.library", report, "10000");
                        growth = ten == null ? "" : fmt(library.median() / ten.median());
                    }
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", format.toLowerCase(Locale.ROOT),
                            report, rows, cell(library), cell(baseline),
                            library != null && baseline != null ? fmt(library.median() / baseline.median()) : "",
                            growth);
                }
            }
        }
    }

    private static Result find(List<Result> results, String benchmark, String report, String rows) {
        Result found = null;
        for (Result r : results) {
            if (r.benchmark().endsWith(benchmark) && report.equals(r.params().get("report"))
                    && rows.equals(r.params().get("rows"))) {
                found = r; // a later file replaces an earlier run of the same case
            }
        }
        return found;
    }

    private static String cell(Result r) {
        return r == null ? "" : fmt(r.median()) + " " + r.unit() + " (" + fmt(r.min()) + " - " + fmt(r.max()) + ")";
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String mib(double bytes) {
        return Double.isNaN(bytes) ? "" : String.format(Locale.ROOT, "%.1f MiB", bytes / (1 << 20));
    }
}
