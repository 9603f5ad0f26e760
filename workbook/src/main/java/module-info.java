/**
 * Plan data in and out of Excel: the quarterly update workbook, its import, and onboarding an
 * existing tracker spreadsheet.
 */
module io.github.actionplan.workbook {
    requires transitive io.github.actionplan.core;
    requires io.github.actionplan.ooxml;
    requires com.fasterxml.jackson.databind;
    requires java.xml;
    requires org.apache.poi.ooxml;

    exports io.github.actionplan.workbook;
}
