package io.github.actionplan.report.xlsx;

import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.PageSize;
import io.github.actionplan.report.spi.RenderOptions;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;

/**
 * How every sheet prints: on the options' paper, one page wide, the way up its chapters say, with
 * the running header at the top of each page and the running footer and "Page 3 of 12" at the
 * foot, as header and footer fields that the spreadsheet fills in.
 */
final class PageSetup {

    /** Excel's page margin left and right, in points (0.7 inch). */
    static final double MARGIN_POINTS = 50.4;
    /** Excel's page margin at the top and the foot, in points (0.75 inch), which holds the running header or footer. */
    static final double TOP_MARGIN_POINTS = 54;
    /**
     * What LibreOffice gives its running header and footer beyond those margins, in points, with a point to spare: its
     * A4 page holds 712 points of rows portrait, 460 landscape, where Excel's holds 734 and 487.
     */
    static final double HEADER_SPACING = 28;
    /** The most characters Excel allows in a header or a footer, its codes included. */
    static final int MAX_HEADER_FOOTER = 255;

    private final PageSize paper;
    private final String header;
    private final String footer;

    PageSetup(Report report, RenderOptions options) {
        this.paper = options.pageSize();
        List<String> page = RenderOptions.PAGE_NUMBER_WORDS;
        String number = escape(page.get(0)) + "&P" + escape(page.get(1)) + "&N";
        this.header = "&C" + fitted(options.runningHeader(report), MAX_HEADER_FOOTER - 2, "header", options);
        String foot = options.runningFooter();
        int room = MAX_HEADER_FOOTER - 4 - number.length();
        this.footer = (foot.isEmpty() ? "" : "&L" + fitted(foot, room, "footer", options)) + "&R" + number;
    }

    /** The header text of every sheet, in Excel's header codes. */
    String header() {
        return header;
    }

    /** The footer text of every sheet, in Excel's header codes. */
    String footer() {
        return footer;
    }

    /**
     * The width a sheet prints at before it is scaled to the page, in character widths (the unit
     * of a column's width): a column {@code n} wide is {@code 7n + 5} pixels of the default font.
     */
    double available(Orientation orientation) {
        double paperPoints = orientation == Orientation.LANDSCAPE ? paper.heightPoints() : paper.widthPoints();
        double pixels = (paperPoints - 2 * MARGIN_POINTS) * 96 / 72;
        return (pixels - 5) / 7;
    }

    /**
     * How tall the rows of a printed page may be, in points of a sheet whose columns are {@code widths} character
     * widths: the paper less its margins and what LibreOffice takes for the header and footer, at the scale that fits
     * the columns to the page's width (a whole percent, rounded down, as spreadsheets scale).
     */
    double pageHeight(Orientation orientation, double[] widths) {
        boolean landscape = orientation == Orientation.LANDSCAPE;
        double width = (landscape ? paper.heightPoints() : paper.widthPoints()) - 2 * MARGIN_POINTS;
        double sheetWidth = java.util.Arrays.stream(widths).map(w -> (7 * w + 5) * 72 / 96).sum();
        double scale = sheetWidth <= width ? 1 : Math.floor(100 * width / sheetWidth) / 100;
        double height = landscape ? paper.widthPoints() : paper.heightPoints();
        return (height - 2 * TOP_MARGIN_POINTS - HEADER_SPACING) / scale;
    }

    /** Prints {@code sheet}, whose ordinary sheet is {@code plain}, this way up. */
    void apply(Sheet sheet, XSSFSheet plain, Orientation orientation) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(paper == PageSize.LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        print.setLandscape(orientation == Orientation.LANDSCAPE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        // written whole: POI's header setters parse the text for codes, and would take "&&L" for one
        CTHeaderFooter headerFooter = plain.getCTWorksheet().isSetHeaderFooter()
                ? plain.getCTWorksheet().getHeaderFooter() : plain.getCTWorksheet().addNewHeaderFooter();
        headerFooter.setOddHeader(header);
        headerFooter.setOddFooter(footer);
    }

    /**
     * {@code text} with its ampersands doubled, as header codes write one, shortened with an
     * ellipsis to {@code max} characters where Excel would refuse it: the text is also on the sheet.
     */
    private static String fitted(String text, int max, String where, RenderOptions options) {
        String escaped = escape(text);
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(escaped.charAt(end))) {
            end--;
        }
        // a cut between the two ampersands of one would leave a code
        String cut = escaped.substring(0, end);
        int trailing = 0;
        while (trailing < cut.length() && cut.charAt(cut.length() - 1 - trailing) == '&') {
            trailing++;
        }
        if (trailing % 2 == 1) {
            cut = cut.substring(0, cut.length() - 1);
        }
        options.warn("The running " + where + " is " + text.length() + " characters; a spreadsheet's page " + where
                + " holds " + MAX_HEADER_FOOTER + " with its codes, so it prints shortened with an ellipsis.");
        return cut + "\u2026";
    }

    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}
