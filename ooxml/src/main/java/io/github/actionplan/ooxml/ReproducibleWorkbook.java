package io.github.actionplan.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyles;

/**
 * A streaming workbook whose file is the same bytes every time it is written, as long as what is put in it is.
 *
 * <p>A zip entry records when it was written. POI can write time 0 instead, but only through
 * {@code Reproducibility.runWithSourceDateEpoch}, which flips a static, unsynchronised flag for the
 * whole JVM: two workbooks written on two threads would reset it under each other. SXSSF builds its file in
 * one place, {@link #createArchiveOutputStream}, so this class writes it through a {@link FixedTimeZip}, for this
 * workbook alone, with no shared state and no lock. The document properties (created, modified, creator) are the
 * caller's to set from its content, with {@link DocumentProperties}: POI puts the clock and "Apache POI" there.
 *
 * <p>Zip64 is used only where a part needs it ({@link Zip64Mode#AsNeeded}); SXSSF's default,
 * {@code Always}, writes files that {@code java.util.zip.ZipInputStream} and some other readers
 * cannot stream. Temporary files are compressed, each in {@code java.io.tmpdir} and kept to its owner, none in POI's
 * shared folder {@code poifiles}, and strings are written inline, not shared, a string's bold and
 * italic runs with it ({@link RichInlineStrings}).
 *
 * <p>The styles name the Normal cell style, whose font is the workbook's first (11-point Calibri), as Excel's own
 * files do. POI leaves it out; Excel takes it as read, but LibreOffice then draws every cell that keeps the default
 * font in its own default font instead, wider than Calibri, so text outgrows the rows sized for it.
 */
public final class ReproducibleWorkbook extends SXSSFWorkbook {

    /** The rows {@link #growsWithTyping} marked and not yet written; each is let go as it is written. */
    private final Set<Row> growing = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * A workbook keeping {@code rowWindow} rows of each streamed sheet in memory before they go to its temporary
     * file.
     */
    public ReproducibleWorkbook(int rowWindow) {
        super(new XSSFWorkbook(), rowWindow, true, false);
        setZip64Mode(Zip64Mode.AsNeeded);
        CTCellStyles styles = getXSSFWorkbook().getStylesSource().getCTStylesheet().addNewCellStyles();
        CTCellStyle normal = styles.addNewCellStyle();
        normal.setName("Normal");
        normal.setXfId(0);
        normal.setBuiltinId(0);
        styles.setCount(1);
    }

    /**
     * Marks {@code row}, of one of this workbook's streamed sheets, as one whose height grows with what is typed in
     * it: its height is written as the height a spreadsheet fits to the row's text, not as one set by hand, so that
     * Excel and LibreOffice make the row taller when an owner types more than it shows, where a height set by hand
     * would hide all but the first lines. Its height as given is still the one it opens at. Call it before the row
     * leaves the sheet's window of rows in memory.
     */
    public void growsWithTyping(Row row) {
        growing.add(row);
    }

    /**
     * A streamed sheet, as POI makes one; where its temporary file cannot be made, POI's {@code
     * IllegalStateException} is an {@link UncheckedIOException} of the reason, for the writer to throw as the
     * {@link IOException} it is.
     */
    @Override
    public SXSSFSheet createSheet(String name) {
        try {
            return super.createSheet(name);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException cause) {
                throw new UncheckedIOException(cause);
            }
            throw e;
        }
    }

    /**
     * The {@link IOException} of a streamed sheet's temporary file that {@code e} carries, for a writer to throw as
     * the IOException it is: {@link #createSheet} throws an {@link UncheckedIOException} where the file cannot be
     * made, and POI an {@code IllegalStateException} where a row cannot be written to it (a full {@code
     * java.io.tmpdir}).
     *
     * @throws RuntimeException {@code e} itself, where it carries no IOException
     */
    public static IOException temporaryFileFailure(RuntimeException e) {
        if (e.getCause() instanceof IOException cause) {
            return cause;
        }
        throw e;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new RichInlineStrings(getXSSFWorkbook().getStylesSource(), growing::remove);
    }

    /**
     * Writes the workbook as {@link #writeAvoidingTempFiles} does: POI's {@code write} puts its template in a temporary
     * file in the folder {@code poifiles}, which only the first user of the machine to make it may write into.
     */
    @Override
    public void write(OutputStream out) throws IOException {
        writeAvoidingTempFiles(out);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new FixedTimeZip(out);
        zip.setUseZip64(zip64Mode);
        return zip;
    }
}
