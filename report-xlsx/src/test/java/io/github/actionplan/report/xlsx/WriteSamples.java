package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every fixture report as a workbook into a folder, to open and look at:
 * {@code WriteSamples <folder>}. The seed reports are written a second time ("-logo") with a logo
 * and a running footer.
 */
final class WriteSamples {

    private WriteSamples() {}

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        Map<String, Report> reports = new LinkedHashMap<>(ContractFixtures.reports());
        reports.put("sample", Fixtures.sample());
        RenderOptions branded = RenderOptions.builder().logo(Fixtures.logo()).runningFooter("OFFICIAL").build();
        for (Map.Entry<String, Report> entry : reports.entrySet()) {
            write(folder.resolve(entry.getKey() + ".xlsx"), entry.getValue(), RenderOptions.defaults());
            if (List.of("derbyshire-summary", "merseyside-action-plan").contains(entry.getKey())) {
                write(folder.resolve(entry.getKey() + "-logo.xlsx"), entry.getValue(), branded);
            }
        }
    }

    private static void write(Path file, Report report, RenderOptions options) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxReportRenderer().render(report, options, out);
        }
    }
}
