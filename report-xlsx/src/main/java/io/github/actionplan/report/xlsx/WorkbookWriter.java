package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.PageSize;
import io.github.actionplan.report.spi.RenderOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds one report's workbook. The first sheet is an ordinary (in-memory) sheet, because only
 * those can hold a chart and rich text; every other sheet streams its rows to a temporary file,
 * so a table of any length needs only a window of rows in memory.
 */
final class WorkbookWriter {

    static final String FIRST_SHEET = "Overview";
    static final String FULL_TEXT_SHEET = "Full text";

    /** Widths of the first sheet's columns: labels and statuses, counts, shares, and room for text. */
    private static final double[] FIRST_SHEET_WIDTHS = {40, 12, 12, 40};

    private final Report report;
    private final SXSSFWorkbook workbook;
    private final XSSFWorkbook plain;
    private final Styles styles;
    private final SheetNames names = new SheetNames();
    private final FullText fullText;
    private final CellWriter cells;
    private final Flow flow;
    private final TableWriter tables;
    private final PageSize pageSize;
    private final int rowLimit;

    WorkbookWriter(Report report, RenderOptions options, SXSSFWorkbook workbook) {
        this(report, options, workbook, SheetCursor.MAX_ROWS);
    }

    /** @param rowLimit how many rows a sheet may have: {@link SheetCursor#MAX_ROWS}, but fewer in tests */
    WorkbookWriter(Report report, RenderOptions options, SXSSFWorkbook workbook, int rowLimit) {
        this.report = report;
        this.rowLimit = rowLimit;
        this.workbook = workbook;
        this.plain = workbook.getXSSFWorkbook();
        this.styles = new Styles(plain);
        String firstName = names.unique(FIRST_SHEET, FIRST_SHEET);
        this.fullText = new FullText(names.unique(FULL_TEXT_SHEET, FULL_TEXT_SHEET), workbook::createSheet, styles,
                options.pageSize());
        this.cells = new CellWriter(styles, fullText, options);
        this.flow = new Flow(styles, cells, plain::getSheet, report.metadata().language());
        this.pageSize = options.pageSize();
        this.tables = new TableWriter(styles, cells, flow);
        // made on the plain workbook, not through the streaming one, so it stays an ordinary sheet
        XSSFSheet first = plain.createSheet(firstName);
        first.setSelected(true);
        plain.setActiveSheet(0);
    }

    void write() {
        List<Layout.Page> pages = Layout.of(report.sections());
        int tableNumber = 0;
        for (Layout.Page page : pages) {
            switch (page) {
                case Layout.First first -> firstSheet(first);
                case Layout.Single(Section.Table table, List<Section> intro, List<Section> outro) -> {
                    tableNumber++;
                    List<SheetColumns.SheetColumn> columns = SheetColumns.of(table);
                    SheetCursor cursor = cursor(table.title(), "Table " + tableNumber, table.wide(),
                            TableWriter.widths(List.of(columns)));
                    tables.write(cursor, table, columns, intro, outro);
                }
                case Layout.Single(Section.Legend legend, List<Section> intro, List<Section> outro) ->
                        legend(legend, intro, outro);
                case Layout.Single single ->
                        throw new IllegalStateException("a sheet of its own is for a table or the legend, not " + single.main());
                case Layout.Shared shared -> {
                    // each table's columns once: working them out reads every cell
                    Map<Section.Table, List<SheetColumns.SheetColumn>> columns = new IdentityHashMap<>();
                    shared.sections().stream().filter(Section.Table.class::isInstance).map(Section.Table.class::cast)
                            .forEach(table -> columns.put(table, SheetColumns.of(table)));
                    tableNumber += columns.size();
                    SheetCursor cursor = cursor(shared.name(), Layout.CHAPTERS,
                            columns.keySet().stream().anyMatch(Section.Table::wide), TableWriter.widths(columns.values()));
                    shared(cursor, shared.sections(), columns);
                }
            }
        }
        if (fullText.isUsed()) {
            plain.setSheetOrder(fullText.name(), plain.getNumberOfSheets() - 1);
        }
        properties(report.metadata());
    }

    /**
     * A cursor on a new streamed sheet named after {@code title}, printed as {@code wide} says; when
     * the sheet is full it goes on to another named the same way ("Chapters (2)").
     */
    private SheetCursor cursor(String title, String fallback, boolean wide, double[] widths) {
        Supplier<Sheet> newSheet = newSheets(title, fallback, wide);
        return new SheetCursor(newSheet.get(), false, widths, rowLimit, newSheet);
    }

    /** Makes a new streamed sheet, each with a unique name from {@code title}, printed as {@code wide} says. */
    private Supplier<Sheet> newSheets(String title, String fallback, boolean wide) {
        return () -> {
            Sheet sheet = workbook.createSheet(names.unique(title, fallback));
            TableWriter.printSetup(sheet, pageSize, wide);
            return sheet;
        };
    }

    /** The sections of a shared sheet in order, each table among them written where it falls. */
    private void shared(SheetCursor cursor, List<Section> sections,
            Map<Section.Table, List<SheetColumns.SheetColumn>> columns) {
        List<Section> around = new ArrayList<>();
        for (Section section : sections) {
            if (section instanceof Section.Table table) {
                flow.write(cursor, around);
                around.clear();
                tables.write(cursor, table, columns.get(table), false);
            } else {
                around.add(section);
            }
        }
        flow.write(cursor, around);
    }

    private void firstSheet(Layout.First page) {
        XSSFSheet sheet = plain.getSheetAt(0);
        TableWriter.printSetup(sheet, pageSize, false);
        SheetCursor cursor = new SheetCursor(sheet, true, FIRST_SHEET_WIDTHS, rowLimit,
                newSheets(sheet.getSheetName(), FIRST_SHEET, false));
        flow.line(cursor, report.title(), Styles.Kind.TITLE);
        flow.line(cursor, report.subtitle(), Styles.Kind.SUBTITLE);
        flow.write(cursor, page.sections());
    }

    private void legend(Section.Legend legend, List<Section> intro, List<Section> outro) {
        List<String[]> rows = new ArrayList<>();
        rows.add(legend.headers().toArray(String[]::new));
        for (Section.LegendEntry entry : legend.entries()) {
            rows.add(new String[] {entry.colourName(), entry.label(), entry.meaning()});
        }
        double[] widths = new double[3];
        int[] caps = {16, 40, 80};
        for (String[] row : rows) {
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], Math.min(caps[i], Texts.widestLine(row[i]) + 2));
            }
        }
        SheetCursor cursor = cursor(legend.title(), "Key", false, widths);
        flow.write(cursor, intro);
        cursor.gap();
        flow.line(cursor, legend.title(), Styles.Kind.CAPTION);
        Row header = cursor.row();
        for (int i = 0; i < 3; i++) {
            cells.text(header, i, rows.get(0)[i], styles.of(Styles.Kind.HEADER));
        }
        cursor.fit(header, 1, 11);
        for (Section.LegendEntry entry : legend.entries()) {
            Row row = cursor.row();
            String colour = cells.text(row, 0, entry.colourName(), styles.of(Styles.Kind.CELL_TEXT));
            String label = cells.text(row, 1, entry.label(), styles.status(entry.fill(), entry.textColour()));
            String meaning = cells.text(row, 2, entry.meaning(), styles.of(Styles.Kind.CELL_TEXT));
            int lines = Math.max(Texts.wrappedLines(colour, widths[0] - 1),
                    Math.max(Texts.wrappedLines(label, widths[1] - 1), Texts.wrappedLines(meaning, widths[2] - 1)));
            cursor.fit(row, lines, 11);
        }
        flow.write(cursor, outro);
    }

    /**
     * The document properties, all from the report's metadata: creation and modification times
     * come from it too, never from the clock, so equal reports give equal bytes.
     */
    private void properties(DocumentMetadata metadata) {
        POIXMLProperties.CoreProperties core = plain.getProperties().getCoreProperties();
        core.setTitle(metadata.title());
        core.setCreator(metadata.author());
        core.setLastModifiedByUser(metadata.author());
        core.setSubjectProperty(metadata.subject());
        core.setKeywords(String.join(", ", metadata.keywords()));
        Date created = Date.from(metadata.created().toInstant());
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
        core.getUnderlyingProperties().setLanguageProperty(metadata.language());
    }
}
