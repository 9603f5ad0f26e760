/**
 * Office Open XML files written the same bytes every time, for the modules that write them with
 * Apache POI: fixed zip entry times, and document properties from the content rather than the
 * clock. No API of its own.
 */
module io.github.actionplan.ooxml {
    requires transitive io.github.actionplan.core;
    requires transitive org.apache.commons.compress;
    requires transitive org.apache.poi.ooxml;

    exports io.github.actionplan.ooxml to
            io.github.actionplan.report.docx,
            io.github.actionplan.report.xlsx,
            io.github.actionplan.workbook;
}
