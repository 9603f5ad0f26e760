package io.github.actionplan.ooxml;

import java.io.IOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A streamed sheet's rows written as POI writes them, but a string with fonts on stretches of it as an inline string
 * of runs, each with its font's properties. POI writes an inline string as its characters alone, so bold and italic
 * words were plain on every streamed sheet; an inline string may hold runs as a shared one does, and keeping them
 * inline keeps the sheet streamed (a shared strings table holds every string of the workbook in memory). A
 * {@link StreamedRichText} is the string to give such a cell; an {@code XSSFRichTextString} is written as well.
 */
final class RichInlineStrings extends GZIPSheetDataWriter {

    private final StylesTable styles;
    /** Each font's run properties, by its index: a table's cells share a few fonts. */
    private final Map<Integer, String> properties = new HashMap<>();
    private int rowIndex;

    RichInlineStrings(StylesTable styles) throws IOException {
        super();
        this.styles = styles;
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowIndex = rownum; // the cell's own row index is looked up in its sheet's rows, which is slow
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        RichTextString value = cell != null && cell.getCellType() == CellType.STRING ? cell.getRichStringCellValue()
                : null;
        if (value instanceof StreamedRichText streamed && streamed.numFormattingRuns() > 0) {
            start(columnIndex, cell);
            String text = streamed.getString();
            for (int from = 0, to = 1; to <= text.length(); to++) {
                if (to == text.length() || streamed.fontAt(to) != streamed.fontAt(from)) {
                    int font = streamed.fontAt(from);
                    run(text.substring(from, to), font < 0 ? "" : properties.computeIfAbsent(font,
                            index -> properties(styles.getFontAt(index))));
                    from = to;
                }
            }
            _out.write("</is></c>");
        } else if (value instanceof XSSFRichTextString rich && rich.hasFormatting()) {
            start(columnIndex, cell);
            String text = rich.getString();
            for (int run = 0; run < rich.numFormattingRuns(); run++) {
                int start = rich.getIndexOfFormattingRun(run);
                XSSFFont font = rich.getFontOfFormattingRun(run);
                run(text.substring(start, start + rich.getLengthOfFormattingRun(run)),
                        font == null ? "" : properties(font));
            }
            _out.write("</is></c>");
        } else {
            super.writeCell(columnIndex, cell);
        }
    }

    private void start(int columnIndex, Cell cell) throws IOException {
        _out.write("<c r=\"" + new CellReference(rowIndex, columnIndex).formatAsString() + "\"");
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"" + style + "\"");
        }
        _out.write(" t=\"inlineStr\"><is>");
    }

    /** A run of {@code text} with {@code properties}: none where the run takes the cell's font. */
    private void run(String text, String properties) throws IOException {
        _out.write("<r>");
        _out.write(properties);
        _out.write("<t xml:space=\"preserve\">");
        outputEscapedString(text);
        _out.write("</t></r>");
    }

    /** A font as run properties. */
    private static String properties(XSSFFont font) {
        StringBuilder xml = new StringBuilder("<rPr>");
        if (font.getBold()) {
            xml.append("<b/>");
        }
        if (font.getItalic()) {
            xml.append("<i/>");
        }
        if (font.getStrikeout()) {
            xml.append("<strike/>");
        }
        XSSFColor colour = font.getXSSFColor();
        if (colour != null && colour.getARGB() != null) {
            xml.append("<color rgb=\"").append(HexFormat.of().withUpperCase().formatHex(colour.getARGB()))
                    .append("\"/>");
        }
        xml.append(String.format(Locale.ROOT, "<sz val=\"%s\"/>", font.getFontHeight() / 20.0)); // in twentieths
        if (font.getUnderline() != Font.U_NONE) {
            xml.append(font.getUnderline() == Font.U_DOUBLE ? "<u val=\"double\"/>" : "<u/>");
        }
        // a font's name is one the workbook gives it: escaped all the same, as an attribute value
        return xml.append("<rFont val=\"").append(font.getFontName().replace("&", "&amp;").replace("\"", "&quot;")
                .replace("<", "&lt;")).append("\"/></rPr>").toString();
    }
}
