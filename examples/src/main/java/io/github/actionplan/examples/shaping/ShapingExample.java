package io.github.actionplan.examples.shaping;

import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.report.ItemFilters;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportColumn;
import io.github.actionplan.report.ReportTemplates;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.rules.PlanAssessment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README's shaped template and branded render options, exactly: the lines between
 * {@code README:begin} and {@code README:end} are the README's Java blocks, and a test keeps them
 * the same and runs them.
 */
public final class ShapingExample {

    private ShapingExample() {}

    /** The summary of one owner's areas for improvement, renamed, portrait and without reasons. */
    static Report protection(PlanAssessment assessment) {
        // README:begin
        Report protection = ReportTemplates.summary()
                .withTitle("Protection: where we stand")
                .withItems(ItemFilters.owner("Protection").and(ItemFilters.kind(RecommendationKind.AREA_FOR_IMPROVEMENT)))
                .withColumns(ReportColumn.REF, ReportColumn.TEXT, ReportColumn.STATUS, ReportColumn.PROGRESS)
                .withWords(Map.of("Overall %", "Progress", "Key to BRAG ratings", "Key"))  // any word it writes
                .withOrientation(Orientation.PORTRAIT)
                .withReasons(false)
                .build(assessment);
        // README:end
        return protection;
    }

    /** Render options with the service's logo and its own running header and footer. */
    static RenderOptions branded(Path logoFile) throws IOException {
        // README:begin
        RenderOptions options = RenderOptions.builder()
                .logo(Logo.read(logoFile, "Anyshire Fire and Rescue Service"))
                .runningHeader("Anyshire FRS: HMICFRS action plan")   // default: the report's title
                .runningFooter("OFFICIAL")                              // before "Page 3 of 12"
                .build();
        // README:end
        return options;
    }
}
