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
    // ActionPlanModule, in the JSON package's API, is a databind Module.
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.networknt.schema;
    // The schema validator logs through SLF4J: core binds it quietly first (internal.QuietSlf4j).
    requires org.slf4j;
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
            io.github.actionplan.report.html,
            io.github.actionplan.report.pdf,
            io.github.actionplan.report.xlsx,
            io.github.actionplan.workbook;

    // Jackson binds plans through the model's generated implementations, which are package-private.
    opens io.github.actionplan.model to com.fasterxml.jackson.databind;

    uses io.github.actionplan.report.spi.ReportRenderer;
    uses org.slf4j.spi.SLF4JServiceProvider;
}
