package io.github.actionplan.ooxml;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
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
    /** Whether a row grows with what is typed in it, its height fitted to its text, not set by hand. */
    private final Predicate<Row> grows;
    /** The sheet's XML as written: {@link #createWriter}'s, which POI keeps as {@code _out}. */
    private final FittedRows rows;
    /** Each font's run properties, by its index: a table's cells share a few fonts. */
    private final Map<Integer, String> properties = new HashMap<>();
    private int rowIndex;

    RichInlineStrings(StylesTable styles, Predicate<Row> grows) throws IOException {
        super();
        this.styles = styles;
        this.grows = grows;
        this.rows = (FittedRows) _out;
    }

    /**
     * The sheet's temporary file, made as {@link Files#createTempFile} makes one: in {@code java.io.tmpdir} itself,
     * kept to its owner. POI's own goes in a folder {@code poifiles} there, which the first user to make it owns, so
     * that every other user of the machine could write no workbook (run 124 #1). POI deprecates overriding it, as it
     * does {@link #createWriter}, and offers no other place to make the file.
     */
    @Override
    @SuppressWarnings("deprecation")
    public File createTempFile() throws IOException {
        // The folder as java.io.tmpdir names it now, as POI's own files were put: Files.createTempFile(prefix, suffix)
        // takes it once, at the first call (run 127 #6).
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            return Files.createTempFile(folder, "actionplan-sheet-", ".xml.gz").toFile();
        } catch (IOException e) {
            // Told as the file system tells it, the folder was never named as java.io.tmpdir's (run 124 #1's repro).
            throw new IOException("no temporary file can be made in " + folder + ", the folder java.io.tmpdir names,"
                    + " to stream a sheet's rows through (" + (e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such folder" : e.getMessage()) + "); give Java a folder"
                    + " you can write, with the Java option -Djava.io.tmpdir=FOLDER", e);
        }
    }

    /**
     * The temporary file's stream, whose failures (a full {@code java.io.tmpdir}) name the folder: told as the file
     * system tells them, "No space left on device", they sent a user to the output folder, which had room (run 133 #3).
     */
    @Override
    protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
        return new TemporaryFileStream(super.decorateOutputStream(file), System.getProperty("java.io.tmpdir"));
    }

    /** A temporary file's stream whose every failure says which folder it is in and what to do. */
    static final class TemporaryFileStream extends FilterOutputStream {
        private final String folder;

        TemporaryFileStream(OutputStream out, String folder) {
            super(out);
            this.folder = folder;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw told(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw told(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw told(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw told(e);
            }
        }

        private IOException told(IOException e) {
            return new IOException("a sheet's rows cannot be written to their temporary file in " + folder + ", the"
                    + " folder java.io.tmpdir names (" + e.getMessage() + "); give Java a folder with room that you"
                    + " can write, with the Java option -Djava.io.tmpdir=FOLDER", e);
        }
    }

    /**
     * The sheet's XML, through {@link FittedRows}. Called by POI's constructor, before this class's fields are set.
     * POI deprecates overriding it but offers no other place between its text and its temporary file: the
     * {@code decorateOutputStream} it leaves sees bytes a buffer later, no longer by row.
     */
    @Override
    @SuppressWarnings("deprecation")
    public Writer createWriter(File file) throws IOException {
        return new FittedRows(super.createWriter(file));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowIndex = rownum; // the cell's own row index is looked up in its sheet's rows, which is slow
        rows.fitted = grows.test(row);
        super.writeRow(rownum, row);
        rows.fitted = false;
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        rows.fitted = false; // the row's start tag is written
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

    /**
     * A sheet's XML as POI writes it, but a row marked as fitted has no {@code customHeight} attribute: POI writes one
     * on every row given a height. It writes each attribute in five calls (a space, the name, {@code ="}, the value,
     * the closing quote), so the space is held until the name after it is known.
     */
    private static final class FittedRows extends FilterWriter {
        private static final String CUSTOM_HEIGHT = "customHeight";

        /** Whether the row whose start tag is being written is fitted. */
        boolean fitted;
        private boolean space;
        /** How many calls of the attribute left out are still to come. */
        private int skipped;

        FittedRows(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (skipped > 0) {
                skipped--;
                return;
            }
            held();
            if (fitted && c == ' ') {
                space = true;
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (skipped > 0) {
                skipped--;
                return;
            }
            if (space && length == CUSTOM_HEIGHT.length() && text.startsWith(CUSTOM_HEIGHT, offset)) {
                space = false;
                skipped = 3;
                return;
            }
            held();
            out.write(text, offset, length);
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            held();
            out.write(text, offset, length);
        }

        private void held() throws IOException {
            if (space) {
                space = false;
                out.write(' ');
            }
        }
    }
}
