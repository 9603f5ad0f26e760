package io.github.actionplan.report.xlsx;

import io.github.actionplan.ooxml.DocumentProperties;
import io.github.actionplan.report.LayoutWords;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.Logo;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds one report's workbook, sheet by sheet as {@link Layout} lays the chapters out. The first
 * sheet, the title's and logo's, is an ordinary (in-memory) sheet; every other sheet streams its rows to a temporary
 * file, so a table of any length needs only a window of rows in memory. Both keep narrative's emphasis.
 */
final class WorkbookWriter {

    /** How much taller than the logo its row is, in points, so that the picture sits inside it. */
    private static final int LOGO_ROW_MARGIN = 4;

    private final Report report;
    private final RenderOptions options;
    private final SXSSFWorkbook workbook;
    private final XSSFWorkbook plain;
    private final SheetNames names = new SheetNames();
    private final PageSetup pages;
    private final FullText fullText;
    private final NamedTables namedTables;
    private final CellWriter cells;
    private final Flow flow;
    private final int rowLimit;
    private final int tableLimit;
    private final String firstName;
    private final List<Layout.Page> layout;

    WorkbookWriter(Report report, RenderOptions options, SXSSFWorkbook workbook) {
        this(report, options, workbook, SheetCursor.MAX_ROWS, NamedTables.MAX);
    }

    /**
     * @param rowLimit   how many rows a sheet may have: {@link SheetCursor#MAX_ROWS}, but fewer in tests
     * @param tableLimit how many Excel tables the workbook may have: {@link NamedTables#MAX}, but fewer in tests
     */
    WorkbookWriter(Report report, RenderOptions options, SXSSFWorkbook workbook, int rowLimit, int tableLimit) {
        this.tableLimit = tableLimit;
        this.report = report;
        this.options = options;
        this.rowLimit = rowLimit;
        this.workbook = workbook;
        this.plain = workbook.getXSSFWorkbook();
        Styles styles = new Styles(plain);
        this.pages = new PageSetup(report, options);
        LayoutWords words = report.layoutWords();
        this.firstName = names.unique(words.overview(), LayoutWords.standard().overview());
        this.layout = Layout.of(report.chapters(), words);
        // the full-text sheet holds pieces of every chapter's text: it prints as the first sheet does
        Orientation fullTextOrientation = layout.get(0).orientation();
        // Named first, so that a table with its name takes another; the standard name where the report's has nothing
        // a sheet's name may hold.
        this.fullText = new FullText(names.unique(report.layoutWords().fullText(), LayoutWords.standard().fullText()),
                report.layoutWords(), name -> newSheet(name, fullTextOrientation), styles);
        this.namedTables = new NamedTables(plain::getSheet, tableLimit);
        this.cells = new CellWriter(styles, fullText, report.layoutWords(), options);
        TableWriter tables = new TableWriter(styles, cells, new TypedValues(), namedTables);
        this.flow = new Flow(styles, cells, tables, plain::getSheet, report.layoutWords().chart());
    }

    /** Lays the report out in the workbook; stops, throwing, if the thread is interrupted (a render cancelled). */
    void write() throws InterruptedIOException {
        for (Layout.Page page : layout) {
            Cancellation.checkInterrupted();
            List<Section.Table> tables = page.tables();
            // Where a table's longest words are more than the page holds across (the register's fourteen columns),
            // the sheet is as wide as they need and a fifth more for its longer texts' lines, and prints smaller to
            // fit its page: squeezed to the page, a date showed as "###" and words broke mid-way.
            double across = pages.available(page.orientation());
            double words = tables.stream().mapToDouble(TableWriter::wordsWidth).max().orElse(0);
            double available = words > across ? words * 1.2 : across;
            double[] widths = tables.isEmpty() ? new double[] {Flow.LABEL_WIDTH, available - Flow.LABEL_WIDTH}
                    : TableWriter.widths(tables, available);
            // key facts are a table of their own columns, not merged across the sheet's: no label breaks a word
            widths = TableWriter.widened(widths, page.keyFacts(), available);
            List<Section.Table> sharing = Stream.concat(tables.stream(), page.keyFacts().stream()).toList();
            if (sharing.size() > 1) {
                // tables that share the sheet's columns share out the room too: the facts' details beside the labels
                widths = TableWriter.shared(widths, sharing, available);
            }
            SheetCursor cursor = page.first() ? firstSheet(page, widths) : cursor(page, widths);
            flow.write(cursor, page.sections(), tables.size() == 1);
        }
        fullText.finish(namedTables);
        if (fullText.isUsed()) {
            plain.setSheetOrder(fullText.name(), plain.getNumberOfSheets() - 1);
        }
        if (namedTables.left() > 0) {
            options.warn(String.format(Locale.ROOT, "The workbook has more than %d tables: the first %d are Excel"
                    + " tables, whose header rows a screen reader finds; the other %,d have only their bold header row.",
                    tableLimit, tableLimit, namedTables.left()));
        }
        DocumentProperties.write(plain.getProperties(), report.metadata());
    }

    /** A cursor on a new streamed sheet for {@code page}; a full sheet goes on to another ("Chapters (2)"). */
    private SheetCursor cursor(Layout.Page page, double[] widths) {
        Supplier<Sheet> newSheet = () -> newSheet(names.unique(page.name(), page.name()), page.orientation());
        return new SheetCursor(newSheet.get(), widths, rowLimit, pages.pageHeight(page.orientation(), widths),
                newSheet);
    }

    /** A new streamed sheet called {@code name}, printed this way up. */
    private Sheet newSheet(String name, Orientation orientation) {
        Sheet sheet = workbook.createSheet(name);
        pages.apply(sheet, plain.getSheet(name), orientation);
        textAsTextKept(plain.getSheet(name));
        return sheet;
    }

    /**
     * Tells Excel the sheet's numbers written as text are meant so: a ref or id ("5", "1.10") is text, as "1.10"
     * must not read as 1.1, and Excel's error checking would mark each with a green triangle (trial 64 F6).
     */
    private static void textAsTextKept(XSSFSheet sheet) {
        sheet.addIgnoredErrors(new CellRangeAddress(0, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), 0,
                SpreadsheetVersion.EXCEL2007.getLastColumnIndex()), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
    }

    /** The first sheet: the logo, the title and the subtitle, then the page's sections. */
    private SheetCursor firstSheet(Layout.Page page, double[] widths) {
        // made on the plain workbook, not through the streaming one, so it stays an ordinary sheet
        XSSFSheet sheet = plain.createSheet(firstName);
        sheet.setSelected(true);
        plain.setActiveSheet(0);
        pages.apply(sheet, sheet, page.orientation());
        textAsTextKept(sheet);
        SheetCursor cursor = new SheetCursor(sheet, widths, rowLimit, pages.pageHeight(page.orientation(), widths),
                () -> newSheet(names.unique(firstName, LayoutWords.standard().overview()), page.orientation()));
        options.logo().ifPresent(logo -> {
            Row row = cursor.row();
            cursor.height(row, Logo.HEIGHT_POINTS + LOGO_ROW_MARGIN);
            logo(sheet, row, logo);
        });
        cells.line(cursor, report.title(), Styles.Kind.TITLE);
        if (!report.subtitle().isEmpty()) {
            cells.line(cursor, report.subtitle(), Styles.Kind.SUBTITLE);
        }
        return cursor;
    }

    /**
     * The logo in {@code row}, at the top left, {@link Logo#HEIGHT_POINTS} high at its own
     * proportions, with its alternative text as the picture's description.
     */
    private static void logo(XSSFSheet sheet, Row row, Logo logo) {
        int index = sheet.getWorkbook().addPicture(logo.image(),
                logo.type() == Logo.ImageType.PNG ? Workbook.PICTURE_TYPE_PNG : Workbook.PICTURE_TYPE_JPEG);
        // the picture ends in the column where its width runs out, that far into it
        long width = Math.round(logo.widthPoints() * Units.EMU_PER_POINT);
        int column = 0;
        for (long columnWidth = Units.columnWidthToEMU(sheet.getColumnWidth(column)); width > columnWidth;
                columnWidth = Units.columnWidthToEMU(sheet.getColumnWidth(column))) {
            width -= columnWidth;
            column++;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, (int) width, Logo.HEIGHT_POINTS * Units.EMU_PER_POINT,
                0, row.getRowNum(), column, row.getRowNum());
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        XSSFPicture picture = drawing.createPicture(anchor, index);
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(logo.altText());
    }
}
