package io.github.actionplan.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.zip.X000A_NTFS;
import org.apache.commons.compress.archivers.zip.X5455_ExtendedTimestamp;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;

/**
 * A zip stream that writes every entry with one fixed time, whatever time the entry came with.
 *
 * <p>POI writes a document into a {@link ZipArchiveOutputStream} it is given rather than one of
 * its own, so this stream stamps the entries of one document, with no shared state: POI's own way,
 * {@code Reproducibility.runWithSourceDateEpoch}, flips a static flag for the whole JVM.
 */
public final class FixedTimeZip extends ZipArchiveOutputStream {

    /**
     * The time written on every entry: 0, as POI's reproducible mode writes. Being before 1980,
     * the start of zip's DOS time, it is stored as the DOS minimum plus extended timestamps in
     * UTC, so it comes out the same in every time zone.
     */
    private static final long ENTRY_TIME = 0L;

    /** A zip stream writing to {@code out}, which closing this stream closes. */
    public FixedTimeZip(OutputStream out) {
        super(out);
    }

    /**
     * Starts {@code entry} with the fixed time.
     *
     * @throws IllegalStateException if the entry carries more than a name, a size and a time: a
     *     new kind of entry from POI, which stamping would write without what it carries
     */
    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        super.putArchiveEntry(stamped(entry));
    }

    /**
     * A new entry with {@code entry}'s name and size and the fixed time. New, because an entry's
     * time is not simply replaced: setting 0 on an entry that already has it (POI sets it while
     * its flag is on, which any code in the process, or {@code SOURCE_DATE_EPOCH} in the
     * environment, may have done) drops its Info-ZIP timestamp, and gives other bytes.
     */
    private static ZipArchiveEntry stamped(ZipArchiveEntry entry) {
        for (ZipExtraField field : entry.getExtraFields(true)) {
            if (!field.getHeaderId().equals(X5455_ExtendedTimestamp.HEADER_ID)
                    && !field.getHeaderId().equals(X000A_NTFS.HEADER_ID)) {
                throw refused(entry, "an extra field " + field.getHeaderId().getValue());
            }
        }
        if (entry.getMethod() != -1 || entry.getCrc() != -1 || entry.getComment() != null
                || entry.getExternalAttributes() != 0 || entry.getInternalAttributes() != 0) {
            throw refused(entry, "a method, checksum, comment or attributes");
        }
        ZipArchiveEntry stamped = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() != -1) {
            stamped.setSize(entry.getSize());
        }
        stamped.setTime(ENTRY_TIME);
        return stamped;
    }

    private static IllegalStateException refused(ZipArchiveEntry entry, String what) {
        return new IllegalStateException("zip entry " + entry.getName() + " carries " + what
                + ", which writing it with a fixed time would lose; only a name, a size and a time are expected");
    }
}
