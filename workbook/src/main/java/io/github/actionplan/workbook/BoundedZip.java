package io.github.actionplan.workbook;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Enumeration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an .xlsx file as POI reads them, each counted as it inflates and refused, by its name, past what a
 * workbook's part may be: POI's own guard refuses any part over 100 KB that inflates more than 100 times, which
 * refuses a real workbook's well-compressed styles, and lets through a part of any size that inflates 99 times, which
 * a 7 MB file turns into 700 MB loaded. The limits are this package's own, never POI's JVM-wide settings, which would
 * change how an application embedding this library reads its own files.
 *
 * <p>It also keeps, for a refusal's message, the facts a library's exception does not give: the part read last, and
 * whether a part declares a document type.
 */
final class BoundedZip implements ZipEntrySource {

    /**
     * The most bytes a part may inflate to: 1 GB. An update workbook's sheets are read as a stream of rows, in bounded
     * memory and some seconds a gigabyte, and a sheet's cells may hold 32 million characters, some 100 MB of XML with
     * the rows of the largest plan the round trip takes; a part read whole is bounded more tightly, a tracker's in all
     * before it is loaded ({@link UntrustedWorkbook.Bounds#maxBytes()}).
     */
    static final long MAX_PART_BYTES = 1L << 30;

    /**
     * The size up to which a part may inflate more than {@link #MAX_RATIO} times its stored size: a styles table of
     * tens of thousands of alike entries, which workbooks copied between files gather, is some megabytes that compress
     * 300 times. Past it, such a part is taken for a zip bomb.
     */
    static final long RATIO_GRACE_BYTES = 16L << 20;

    /** How many times its stored size a part past {@link #RATIO_GRACE_BYTES} may inflate to, as POI allows. */
    static final int MAX_RATIO = 100;

    /** How far into a part a document type declaration is looked for: it comes before the root element. */
    private static final int PROLOG_BYTES = 1024;

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private final ZipSecureFile zip;
    private final Facts facts;

    private BoundedZip(ZipSecureFile zip, Facts facts) {
        this.zip = zip;
        this.facts = facts;
    }

    /** What was seen of the parts read so far, for a refusal's message. */
    static final class Facts {
        private volatile String lastPart;
        private volatile String doctype;
        private volatile TooLarge refused;

        /** The name of the part opened last ("xl/worksheets/sheet2.xml"), which a parser's error is in. */
        Optional<String> lastPart() {
            return Optional.ofNullable(lastPart);
        }

        /** The first part read that declares a document type, which no part Excel writes does. */
        Optional<String> doctype() {
            return Optional.ofNullable(doctype);
        }

        /** The part refused for its size, where one was: POI may wrap the refusal in exceptions that drop it. */
        Optional<TooLarge> refused() {
            return Optional.ofNullable(refused);
        }
    }

    /** A part refused for inflating past a limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        /** The part's name in the zip, e.g. "xl/styles.xml". */
        final String part;
        /** Whether it inflated more than {@link #MAX_RATIO} times its stored size, past the grace size. */
        final boolean bomb;

        TooLarge(String part, boolean bomb) {
            super(part + (bomb ? " inflates more than " + MAX_RATIO + " times its stored size"
                    : " inflates to more than " + MAX_PART_BYTES + " bytes"));
            this.part = part;
            this.bomb = bomb;
        }
    }

    /**
     * Opens {@code file} read-only, its parts bounded. A zip whose directory at its end is damaged (a download cut
     * short) is read by POI entry by entry from its start, as before, once each entry has been inflated here, without
     * being kept, within the same bounds.
     *
     * @throws TooLarge where a part inflates past a bound
     */
    static OPCPackage open(File file, Facts facts) throws IOException, InvalidFormatException {
        checkEntries(file);
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file);
        } catch (IOException e) {
            scan(file, facts);
            return OPCPackage.open(file, PackageAccess.READ);
        }
        try {
            return OPCPackage.open(new BoundedZip(zip, facts));
        } catch (InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The most entries a workbook's zip may list: a workbook has a dozen, one with pictures some hundreds. */
    static final int MAX_ENTRIES = 10_000;

    /** A zip listing more entries than {@link #MAX_ENTRIES}. */
    static final class TooManyParts extends IOException {
        private static final long serialVersionUID = 1L;

        TooManyParts() {
            super("lists more than " + MAX_ENTRIES + " entries");
        }
    }

    /**
     * Refuses a zip whose directory lists more entries than {@link #MAX_ENTRIES}, or is larger than such a list, as its
     * end record says, read before any entry is built: a 60 MB file of 700,000 empty entries took a 256 MB heap in
     * building them. A count of 65,535, a zip64 file's sign that the count is elsewhere, is more than the most too.
     */
    private static void checkEntries(File file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
            int tail = (int) Math.min(in.length(), 22 + 0xFFFF); // the end record, and a comment of the most length
            byte[] end = new byte[tail];
            in.seek(in.length() - tail);
            in.readFully(end);
            for (int i = tail - 22; i >= 0; i--) {
                if (end[i] == 'P' && end[i + 1] == 'K' && end[i + 2] == 5 && end[i + 3] == 6) {
                    int entries = (end[i + 10] & 0xff) | (end[i + 11] & 0xff) << 8;
                    long directory = (end[i + 12] & 0xffL) | (end[i + 13] & 0xffL) << 8 | (end[i + 14] & 0xffL) << 16
                            | (end[i + 15] & 0xffL) << 24;
                    if (entries > MAX_ENTRIES || directory > (long) MAX_ENTRIES * 1_024) {
                        throw new TooManyParts();
                    }
                    return;
                }
            }
        }
    }

    /** Inflates each entry of a zip read from its start, refusing one past a bound; keeps nothing. */
    private static void scan(File file, Facts facts) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath());
                ZipArchiveInputStream entries = new ZipArchiveInputStream(in, "UTF-8", true, true)) {
            int read = 0;
            for (ZipArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (++read > MAX_ENTRIES) {
                    throw new TooManyParts();
                }
                try (InputStream part = new Bounded(nonClosing(entries), entry.getName(), entries::getCompressedCount,
                        facts)) {
                    part.transferTo(OutputStreamNull.INSTANCE);
                }
            }
        } catch (TooLarge | TooManyParts e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // damaged past what can be scanned: POI's own reading refuses it, with its own message
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    /** Discards what is written to it. */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return zip.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        ZipArchiveThresholdInputStream raw = zip.getInputStream(entry);
        raw.setGuardState(false); // bounded here instead, by this package's limits
        long stored = entry.getCompressedSize();
        // A zip's directory gives each entry's stored size, and no more of it is read: so it bounds the ratio.
        return new Bounded(raw, entry.getName(), () -> stored < 0 ? Long.MAX_VALUE : stored, facts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return false;
    }

    /** A part's inflated bytes, counted against the bounds as they are read. */
    private static final class Bounded extends FilterInputStream {
        private final String part;
        private final LongSupplier stored;
        private final Facts facts;
        private final byte[] prolog = new byte[PROLOG_BYTES];
        private long inflated;

        Bounded(InputStream in, String part, LongSupplier stored, Facts facts) {
            super(in);
            this.part = part;
            this.stored = stored;
            this.facts = facts;
            facts.lastPart = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        private void count(byte[] b, int off, int n) throws TooLarge {
            if (inflated < PROLOG_BYTES) {
                int kept = (int) Math.min(n, PROLOG_BYTES - inflated);
                System.arraycopy(b, off, prolog, (int) inflated, kept);
                if (facts.doctype == null && contains(prolog, (int) inflated + kept, DOCTYPE)) {
                    facts.doctype = part;
                }
            }
            inflated += n;
            if (inflated > MAX_PART_BYTES) {
                throw refused(new TooLarge(part, false));
            }
            if (inflated > RATIO_GRACE_BYTES && inflated / MAX_RATIO > stored.getAsLong()) {
                throw refused(new TooLarge(part, true));
            }
        }

        private TooLarge refused(TooLarge e) {
            facts.refused = e;
            return e;
        }

        private static boolean contains(byte[] bytes, int length, byte[] wanted) {
            for (int at = 0; at + wanted.length <= length; at++) {
                if (java.util.Arrays.equals(bytes, at, at + wanted.length, wanted, 0, wanted.length)) {
                    return true;
                }
            }
            return false;
        }
    }
}
