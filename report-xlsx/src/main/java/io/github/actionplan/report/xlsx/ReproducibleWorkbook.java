package io.github.actionplan.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose file is the same bytes every time it is written.
 *
 * <p>A zip entry records when it was written. POI can write time 0 instead, but only through
 * {@code Reproducibility.runWithSourceDateEpoch}, which flips a static, unsynchronised flag for the
 * whole JVM: two renders on two threads would reset it under each other. SXSSF builds its file in
 * one place, {@link #createArchiveOutputStream}, so this class stamps every entry there, for this
 * workbook alone, with no shared state and no lock.
 *
 * <p>Zip64 is used only where a part needs it ({@link Zip64Mode#AsNeeded}); SXSSF's default,
 * {@code Always}, writes files that {@code java.util.zip.ZipInputStream} and some other readers
 * cannot stream.
 */
final class ReproducibleWorkbook extends SXSSFWorkbook {

    /** Rows of a streamed sheet kept in memory before they go to its temporary file. */
    static final int ROW_WINDOW = 100;

    /**
     * The time written on every entry: 0, as POI's own reproducible mode writes. Being before
     * 1980, the start of zip's DOS time, it is stored as the DOS minimum plus an extended UTC
     * timestamp, and so comes out the same in every time zone; a later time would be converted
     * to DOS time in the machine's local zone.
     */
    private static final long ENTRY_TIME = 0L;

    ReproducibleWorkbook() {
        super(new XSSFWorkbook(), ROW_WINDOW, true, false);
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                super.putArchiveEntry(stamped(entry));
            }
        };
        zip.setUseZip64(zip64Mode);
        return zip;
    }

    /**
     * A new entry with {@code entry}'s name and size and the fixed time, which is all SXSSF gives
     * an entry. New, because the time SXSSF copies from its intermediate file depends on POI's
     * flag (0 while some code in the process, or {@code SOURCE_DATE_EPOCH} in the environment, has
     * it on; else the clock), and setting 0 on an entry that already has it drops its Info-ZIP
     * timestamp: the same workbook would come out as other bytes.
     */
    private static ZipArchiveEntry stamped(ZipArchiveEntry entry) {
        ZipArchiveEntry stamped = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() != -1) {
            stamped.setSize(entry.getSize());
        }
        stamped.setTime(ENTRY_TIME);
        return stamped;
    }
}
