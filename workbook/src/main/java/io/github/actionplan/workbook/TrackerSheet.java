package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.model.Brag;
import io.github.actionplan.report.Colour;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One sheet of a tracker as a person sees it: each cell's content ({@link CellContent}, read by
 * {@link CellValues}), the text it shows, and the merged cell it belongs to, whose value shows in
 * every cell it covers. Formulas are read by the value saved with them, never evaluated.
 */
final class TrackerSheet {

    /**
     * A cell as read.
     *
     * @param sheet        the name of the sheet it is on
     * @param content      what it holds; a cell covered by a merged cell holds the merged cell's value
     * @param address      where, e.g. {@code "C12"}
     * @param shown        the text it shows (a date as its format shows it), stripped; empty when blank
     * @param continuation whether it is covered by a merged cell that starts above or left of it
     * @param rowSpan      how many rows the merged cell it belongs to covers (1 when not merged)
     * @param link         the web address (http or https) the cell links to, as evidence is linked; empty for none
     */
    record TrackerCell(String sheet, CellContent content, String address, String shown, boolean continuation,
            int rowSpan, Optional<String> link) {

        /**
         * The text it shows with the address it links to after it, where the text does not give it: "Evidence pack
         * (https://...)", so that a narrative keeps where the evidence is, a link in every report.
         */
        String withLink() {
            return link.filter(address -> !shown.contains(address)).map(address -> shown.isEmpty() ? address
                    : shown + " (" + address + ")").orElse(shown);
        }

        /** Whether it holds nothing; a formula with no saved value, or text too long to keep, is not nothing. */
        boolean isBlank() {
            return shown.isEmpty() && content.type() != CellContent.Type.UNSAVED_FORMULA
                    && content.type() != CellContent.Type.TOO_LONG;
        }
    }

    /** A web address a cell may link to: an absolute http or https one, as narrative makes a link of. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");
    /**
     * What POI gives for a link whose target {@code java.net.URI} refuses, such as a SharePoint address with spaces in
     * it, as Excel writes them: the target as the file writes it is read from the sheet's relationships instead.
     */
    private static final String POI_STAND_IN = "http://invalid.uri";
    /** ASCII that a URI holds only encoded, besides spaces and controls. */
    private static final String ENCODED = "\"<>\\^`{|}";

    private final Sheet sheet;
    private final boolean date1904;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    /** The targets of the sheet's relationships as the file writes them, by id; read when first needed. */
    private Map<String, String> targets;

    /** The most cells merged cells may cover: a tracker's are a few thousand; more would only eat memory. */
    static final int MAX_MERGED_CELLS = 500_000;

    private TrackerSheet(Sheet sheet, boolean date1904) {
        this.sheet = sheet;
        this.date1904 = date1904;
    }

    /**
     * The sheet, with its merged cells indexed.
     *
     * @param file the workbook's name, for the message
     * @throws InvalidWorkbookException where merged cells cover more than {@link #MAX_MERGED_CELLS} cells
     */
    static TrackerSheet of(Sheet sheet, boolean date1904, String file) throws InvalidWorkbookException {
        TrackerSheet read = new TrackerSheet(sheet, date1904);
        int lastRow = Math.max(sheet.getLastRowNum(), 0);
        long covered = 0;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // Only the rows that hold anything: a merged whole column would be a million cells.
            int rows = Math.max(0, Math.min(region.getLastRow(), lastRow) - region.getFirstRow() + 1);
            covered += (long) rows * (region.getLastColumn() - region.getFirstColumn() + 1);
            if (covered > MAX_MERGED_CELLS) {
                throw InvalidWorkbookException.of(file, "has merged cells covering more than " + MAX_MERGED_CELLS
                        + " cells on its sheet " + Quote.single(sheet.getSheetName()) + ", far more than a tracker"
                        + " has; unmerge them (in Excel: Home > Merge & Center > Unmerge Cells) and save it again");
            }
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    read.merged.put(key(r, c), region);
                }
            }
        }
        return read;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** The 0-based index of the last row with anything in it, or -1. */
    int lastRow() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    /** The 0-based index past the last cell of row {@code row}. */
    int width(int row) {
        Row r = sheet.getRow(row);
        return r == null || r.getLastCellNum() < 0 ? 0 : r.getLastCellNum();
    }

    /** The 0-based columns of the cells row {@code row} holds, in order; not every column up to its last. */
    List<Integer> columns(int row) {
        Row r = sheet.getRow(row);
        List<Integer> columns = new ArrayList<>();
        if (r != null) {
            r.cellIterator().forEachRemaining(cell -> columns.add(cell.getColumnIndex()));
        }
        return columns;
    }

    boolean isColumnHidden(int column) {
        return sheet.isColumnHidden(column);
    }

    /** Whether the 0-based {@code row} is hidden: by hand, or by a filter, which saves the rows it hides so. */
    boolean isRowHidden(int row) {
        Row r = sheet.getRow(row);
        return r != null && r.getZeroHeight();
    }

    /**
     * Whether the 0-based {@code row}'s cell in {@code column} is drawn struck through, as trackers mark superseded
     * work: its font is; a cell with text of its own only, not one a merged region covers.
     */
    boolean isStruck(int row, int column) {
        Cell cell = raw(row, column);
        return cell != null && cell.getCellStyle() != null && sheet.getWorkbook().getFontAt(cell.getCellStyle()
                .getFontIndex()).getStrikeout();
    }

    /** The cell at 0-based {@code row} and {@code column}, as a person sees it. */
    TrackerCell cell(int row, int column) {
        String address = new CellReference(row, column).formatAsString(false);
        CellRangeAddress region = merged.get(key(row, column));
        boolean continuation = region != null && (region.getFirstRow() != row || region.getFirstColumn() != column);
        int rowSpan = region == null ? 1 : region.getLastRow() - region.getFirstRow() + 1;
        Cell cell = region == null ? raw(row, column) : raw(region.getFirstRow(), region.getFirstColumn());
        if (cell == null) {
            return new TrackerCell(name(), CellContent.blank(address), address, "", continuation, rowSpan,
                    Optional.empty());
        }
        try {
            CellContent content = CellContent.of(cell, date1904);
            String shown = switch (content.type()) {
                case NUMBER -> CellValues.shown(content, formatter);
                case TEXT, BOOLEAN, ERROR -> content.text().replace("\r\n", "\n").replace('\r', '\n')
                        .strip();
                case BLANK, UNSAVED_FORMULA, TOO_LONG -> "";
            };
            Optional<String> link = Optional.ofNullable(cell.getHyperlink()).flatMap(this::webAddress);
            return new TrackerCell(name(), content, address, shown, continuation, rowSpan, link);
        } catch (IllegalArgumentException e) {
            if (!UntrustedWorkbook.isOutsideTheSchema(e)) {
                throw e;
            }
            throw new DamagedCell("cell " + cell.getAddress().formatAsString() + " on sheet " + Quote.single(name())
                    + ": " + Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
    }

    /**
     * The web address {@code hyperlink} links to, encoded as a URI holds it ("Shared%20Documents"); none for another
     * scheme (a file, a mail address), or for a target no URI can be made of. Not narrative's grammar of a link
     * ({@code Inline.Span}'s): the address is kept as text after the cell's, an intranet's "http://evidence/pack"
     * too, and the narrative it joins makes a link of it where its grammar does.
     */
    private Optional<String> webAddress(Hyperlink hyperlink) {
        String target = Objects.toString(hyperlink.getAddress(), "").strip();
        if (target.equals(POI_STAND_IN) && hyperlink instanceof XSSFHyperlink link
                && link.getCTHyperlink().getId() != null) {
            target = targets().getOrDefault(link.getCTHyperlink().getId(), "").strip();
        }
        StringBuilder encoded = new StringBuilder(target.length());
        for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || ENCODED.indexOf(c) >= 0) {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                encoded.append((char) c);
            }
        }
        String address = encoded.toString();
        try {
            return WEB.matcher(address).matches() && new URI(address).getHost() != null ? Optional.of(address)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The targets of the sheet's relationships as its file writes them, by id: POI keeps a stand-in for one that is no
     * URI. Read with POI's parser, which refuses a document type as every part is.
     */
    private Map<String, String> targets() {
        if (targets == null) {
            targets = new HashMap<>();
            if (sheet instanceof XSSFSheet xssf) {
                try {
                    PackagePart part = xssf.getPackagePart();
                    PackagePart relationships = part.getPackage().getPart(PackagingURIHelper.getRelationshipPartName(
                            part.getPartName()));
                    if (relationships != null) {
                        try (InputStream in = relationships.getInputStream()) {
                            NodeList found = XMLHelper.newDocumentBuilder().parse(in).getElementsByTagNameNS("*",
                                    "Relationship");
                            for (int i = 0; i < found.getLength(); i++) {
                                Element relationship = (Element) found.item(i);
                                targets.put(relationship.getAttribute("Id"), relationship.getAttribute("Target"));
                            }
                        }
                    }
                } catch (IOException | SAXException | InvalidOperationException e) {
                    // The targets cannot be read: a link POI could not make a URI of is left out, as it was.
                }
            }
        }
        return targets;
    }

    /** A cell whose XML holds what the format does not allow, found as the user model reads it. */
    static final class DamagedCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DamagedCell(String message) {
            super(message, null, false, false);
        }
    }

    private Cell raw(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /**
     * The BRAG colour a fill is closest to by hue; none for white, grey, black or pale tints. Excel's Good and Bad cell
     * styles (and its conditional formats' presets) fill pale green and red, #C6EFCE and #FFC7CE, whose colour is some
     * a sixth of their brightness: a rating, as much as a saturated one is. Pale yellows and blues are not: trackers
     * shade their input cells and headers so (#FFF2CC, #DDEBF7); Neutral's #FFEB9C is yellow enough to be Amber.
     */
    static Optional<Brag> brag(Colour colour) {
        int red = colour.red();
        int green = colour.green();
        int blue = colour.blue();
        int max = Math.max(red, Math.max(green, blue));
        int min = Math.min(red, Math.min(green, blue));
        if (max < 64 || max - min < 0.12 * max) {
            return Optional.empty();
        }
        double delta = max - min;
        double hue;
        if (max == red) {
            hue = 60 * (((green - blue) / delta + 6) % 6);
        } else if (max == green) {
            hue = 60 * ((blue - red) / delta + 2);
        } else {
            hue = 60 * ((red - green) / delta + 4);
        }
        boolean pale = max - min < 0.25 * max;
        if (hue < 15 || hue >= 330) {
            return Optional.of(Brag.RED);
        }
        if (hue < 65) {
            return pale ? Optional.empty() : Optional.of(Brag.AMBER);
        }
        if (hue < 170) {
            return Optional.of(Brag.GREEN);
        }
        if (hue < 260) {
            return pale ? Optional.empty() : Optional.of(Brag.BLUE);
        }
        return Optional.empty();
    }

    /**
     * Whether a fill is one a person would take for a rating where {@link #brag} reads none: a strong colour (purple,
     * a deep brown), not a grey or a pale tint, which trackers shade input cells and headers with.
     */
    static boolean unreadFill(Colour colour) {
        int max = Math.max(colour.red(), Math.max(colour.green(), colour.blue()));
        int min = Math.min(colour.red(), Math.min(colour.green(), colour.blue()));
        return brag(colour).isEmpty() && max >= 64 && max - min >= 0.25 * max;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
