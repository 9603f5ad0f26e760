/**
 * actionplan core: the action-plan model, its JSON format and validation, the status rules, the
 * summaries, the format-neutral report and the renderer SPI.
 *
 * <p>Formats are {@link io.github.actionplan.report.spi.ReportRenderer} services: a renderer
 * module {@code provides} one, a jar on the class path lists one in {@code META-INF/services};
 * {@link io.github.actionplan.report.spi.ReportRenderers#load()} finds both.
 */
module io.github.actionplan.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.commonmark;
    // Immutables' annotations drive code generation at compile time; nothing of it runs.
    requires static org.immutables.value;

    exports io.github.actionplan.json;
    exports io.github.actionplan.model;
    exports io.github.actionplan.report;
    exports io.github.actionplan.report.spi;
    exports io.github.actionplan.report.spi.support;
    exports io.github.actionplan.rules;
    exports io.github.actionplan.summary;
    exports io.github.actionplan.validation;
    // Not API: shared with this project's own modules only (cell text rules, dates, atomic files).
    exports io.github.actionplan.internal to
            io.github.actionplan.report.xlsx,
            io.github.actionplan.workbook;

    uses io.github.actionplan.report.spi.ReportRenderer;
}
