package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Report;
import io.github.actionplan.testkit.ContractFixtures;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes every fixture report as a workbook into a folder, to open and look at: {@code WriteSamples <folder>}. */
final class WriteSamples {

    private WriteSamples() {}

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        Map<String, Report> reports = new LinkedHashMap<>(ContractFixtures.reports());
        reports.put("sample", Fixtures.sample());
        for (Map.Entry<String, Report> entry : reports.entrySet()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(entry.getKey() + ".xlsx"))) {
                new XlsxReportRenderer().render(entry.getValue(), RenderOptions.defaults(), out);
            }
        }
    }
}
