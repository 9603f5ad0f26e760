package io.github.actionplan.workbook;

import io.github.actionplan.internal.CellSizes;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.Recommendation;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The New sub-actions sheet: a row for each piece of work an owner adds to one of their recommendations, which the
 * import adds to the plan as a sub-action with the next id. Its columns are the Updates sheet's of the same name, so
 * that each is read by one rule; all of them are filled in here.
 */
final class NewSubActionsSheet {

    /** The sheet's name. */
    static final String NAME = "New sub-actions";
    /** Its columns, in order. */
    static final List<UpdateColumn> COLUMNS = List.of(UpdateColumn.REF, UpdateColumn.SUB_ACTION, UpdateColumn.OWNER,
            UpdateColumn.TIMESCALE, UpdateColumn.PROGRESS, UpdateColumn.COMPLETED_ON, UpdateColumn.UPDATE);
    /** The blank rows written to fill in; owners insert more. */
    static final int BLANK_ROWS = 20;
    /** The most rows the sheet may have when read: work added in a quarter, with room to spare. */
    static final int MAX_ROWS = 1_000;
    /** The most characters of refs a drop-down list written in the workbook may hold. */
    private static final int LIST_LENGTH = 255;

    private final UpdateWorkbook workbook;
    /** The dates its texts give as examples, of the years of its period. */
    private final ExampleDates examples;
    private final UpdateWorkbookWriter.Styles styles;

    NewSubActionsSheet(UpdateWorkbook workbook, UpdateWorkbookWriter.Styles styles) {
        this.workbook = workbook;
        this.examples = ExampleDates.of(workbook.period(), workbook.reportingDate());
        this.styles = styles;
    }

    /**
     * Whether {@code workbook} has the sheet: where it fills in a recommendation's own row, open in the period, whose
     * owner adds work.
     */
    static boolean isIn(UpdateWorkbook workbook) {
        return workbook.recommendations().stream().anyMatch(workbook::addsTo);
    }

    /** What the column holds on this sheet, for its input messages and the Instructions sheet. */
    static String meaning(UpdateColumn column, ExampleDates examples) {
        return switch (column) {
            case REF -> "The Ref of the recommendation the work is for, as the Updates sheet gives it; one whose own"
                    + " row you fill in, not completed before this period.";
            case SUB_ACTION -> "What is to be done, as the plan will say it.";
            case OWNER -> "Who carries it out; blank if it is the recommendation's owner.";
            case TIMESCALE -> "When it is due: " + examples.timescales() + ".";
            case PROGRESS -> "How far the work is now, from 0 to 100; blank if it has not started.";
            default -> column.meaning(examples);
        };
    }

    void write(SXSSFSheet sheet) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        UpdateWorkbookWriter.text(title.createCell(0), "New sub-actions: work added to "
                + workbook.owner().map(owner -> Quote.possessive(owner) + " recommendations").orElse("a recommendation")
                + ", one row each. The import gives each the next id.", styles.title());
        Row header = sheet.createRow(UpdateWorkbookWriter.HEADER_ROW);
        for (int i = 0; i < COLUMNS.size(); i++) {
            UpdateWorkbookWriter.text(header.createCell(i), COLUMNS.get(i).header(), styles.editableHeader());
            sheet.setColumnWidth(i, COLUMNS.get(i).maxWidth() * 256 + 200);
        }
        header.setHeightInPoints(CellSizes.rowHeight(2, 11));
        int first = UpdateWorkbookWriter.HEADER_ROW + 1;
        for (int r = first; r < first + BLANK_ROWS; r++) {
            Row row = sheet.createRow(r);
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.createCell(i).setCellStyle(styles.editable(COLUMNS.get(i)));
            }
        }
        validate(sheet, first, first + BLANK_ROWS - 1);
        sheet.createFreezePane(0, first);
        UpdateWorkbookWriter.printed(sheet, workbook.plan(), 1, (short) 1); // Ref
    }

    /** Finishes the sheet once written: protected as the Updates sheet is, its rows the owner's to add and remove. */
    static void protect(XSSFSheet template) {
        UpdateWorkbookWriter.protect(template);
        template.lockInsertRows(false);
        template.lockDeleteRows(false);
        template.lockFormatRows(false);
        template.lockFormatColumns(false);
    }

    private void validate(SXSSFSheet sheet, int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // The reporting date, as on the Updates sheet and at import: --as-of may be before the period's end
        // (run 128 #2).
        LocalDate latest = workbook.reportingDate();
        List<String> refs = workbook.recommendations().stream().filter(workbook::addsTo).map(Recommendation::ref)
                .toList();
        // A list written in the workbook is at most 255 characters, its refs separated by commas: a longer one, or
        // a ref with a comma or quote in it, is checked at import instead.
        boolean listed = String.join(",", refs).length() <= LIST_LENGTH && refs.stream().noneMatch(ref -> ref
                .contains(",") || ref.contains("\""));
        for (int i = 0; i < COLUMNS.size(); i++) {
            UpdateColumn column = COLUMNS.get(i);
            DataValidationConstraint constraint = switch (column) {
                case REF -> listed ? helper.createExplicitListConstraint(refs.toArray(String[]::new))
                        : helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                        "32767", null);
                case PROGRESS -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0",
                        "100");
                case COMPLETED_ON -> helper.createDateConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                        "DATE(" + latest.getYear() + "," + latest.getMonthValue() + "," + latest.getDayOfMonth() + ")",
                        null, UpdateWorkbookWriter.DATE_FORMAT);
                default -> helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                        "32767", null);
            };
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(first, last, i,
                    i));
            validation.createPromptBox(column.header(), meaning(column, examples));
            validation.setShowPromptBox(true);
            validation.setShowErrorBox(true);
            validation.setErrorStyle(column == UpdateColumn.PROGRESS || column == UpdateColumn.REF && listed
                    ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
            // A Ref typed, not chosen from a list, is checked at import: its check, a length, says what it takes.
            validation.createErrorBox(column.header(), column == UpdateColumn.REF && !listed ? meaning(column,
                    examples) : UpdateWorkbookWriter.refused(column, latest, examples, meaning(column, examples)));
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }
    }
}
