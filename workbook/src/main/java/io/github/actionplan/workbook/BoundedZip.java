package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;

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
     * 300 times, and LibreOffice's drawing of 20,000 notes 19 MB that compress 143 times. Past it, such a part is
     * taken for a zip bomb; below it, the parts read whole are bounded in all ({@link #MAX_WHOLE_BYTES}).
     */
    static final long RATIO_GRACE_BYTES = 32L << 20;

    /** How many times its stored size a part past {@link #RATIO_GRACE_BYTES} may inflate to, as POI allows. */
    static final int MAX_RATIO = 100;

    /**
     * The most bytes the parts read whole may inflate to, in all: any part but the sheets and shared strings, which are
     * read as streams (the content types, the relationships, the document's properties, the styles) is read as a
     * tree, taking several times its size. A styles table of 100,000 entries is some 6 MB.
     */
    static final long MAX_WHOLE_BYTES = 32L << 20;

    /**
     * The most elements and attributes the parts read whole may have, in all: a tree keeps each as an object of some
     * tens of bytes, so 15 MB of {@code <a/>}, or 30 MB of tags of 200 attributes, took a 256 MB heap. A styles table
     * of Excel's most, 64,000 formats, each with a border of its own, has some 2,000,000, and is read in that heap.
     */
    static final long MAX_WHOLE_NODES = 2_500_000;

    /**
     * The most bytes of text (between tags, and in CDATA sections) and attribute values the parts read whole may have,
     * in all, but those holding people's words (notes, drawings' text) and the workbook part ({@link Facts#worded}):
     * a tree keeps them as characters, growing its buffers as it reads, some three to five bytes of heap a byte, so
     * 31 MB of spaces in the styles, 50 KB stored, took more than a 128 MB heap (trial 62 F1), and 31 MB of attribute
     * values more than 64 MB (run 63, 1). Excel writes little of either there: a styles table of 100,000 entries, under
     * 1 MB.
     */
    static final long MAX_WHOLE_TEXT_BYTES = 4L << 20;

    /**
     * The most bytes one tag, comment, processing instruction or CDATA section may have: an XML parser keeps each
     * whole before anything sees it, so 300 MB of spaces in a comment, which compress 85 times, would fill the heap.
     * Excel's longest are some kilobytes (a data validation's list of ranges); cells' text is not in them.
     */
    static final int MAX_MARKUP_BYTES = 1 << 20;

    /**
     * How deep elements may nest: a parser keeps each open element, and Java 21's has no limit of its own. Excel's
     * parts nest some ten deep.
     */
    static final int MAX_DEPTH = 256;

    /** How far into a part its encoding is told: its first bytes, and the XML declaration's encoding. */
    private static final int ENCODING_BYTES = 128;

    /** The encodings a part may be in: UTF-8, and those whose bytes below 128 are ASCII's, one byte a character. */
    private static final Set<String> ASCII_ENCODINGS = Set.of("utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1",
            "latin1", "windows-1252", "cp1252");

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']"
            + "([^\"']*)[\"']");

    /**
     * The encoding of a part whose first {@code length} bytes are {@code prolog}, where it is one a part of a workbook
     * is not in, as XML tells one (its byte order mark, its first characters' bytes, its declaration): Excel writes
     * UTF-8. Its markup could not be followed: in UTF-16 or EBCDIC the bytes of '<' and '>' are others, or appear
     * inside other characters.
     */
    static Optional<String> foreignEncoding(byte[] prolog, int length) {
        int[] first = new int[4];
        for (int i = 0; i < 4; i++) {
            first[i] = i < length ? prolog[i] & 0xff : -1;
        }
        // '<' in UTF-32 or UTF-16, either byte order, after a byte order mark or not; a picture or a printer's
        // settings, which are no XML, start otherwise.
        int at = first[0] == 0xFE && first[1] == 0xFF || first[0] == 0xFF && first[1] == 0xFE ? 2 : 0;
        if (List.of(List.of(0, 0, 0, 0x3C), List.of(0x3C, 0, 0, 0), List.of(0, 0, 0xFE, 0xFF), List.of(0xFF, 0xFE, 0,
                0)).contains(List.of(first[0], first[1], first[2], first[3]))) {
            return Optional.of("UTF-32");
        }
        if (at + 1 < 4 && (first[at] == 0 && first[at + 1] == 0x3C || first[at] == 0x3C && first[at + 1] == 0)) {
            return Optional.of("UTF-16");
        }
        if (first[0] == 0x4C && first[1] == 0x6F && first[2] == 0xA7 && first[3] == 0x94) {
            return Optional.of("EBCDIC");
        }
        int from = first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF ? 3 : 0;
        Matcher declared = DECLARED_ENCODING.matcher(new String(prolog, from, Math.max(0, length - from),
                StandardCharsets.ISO_8859_1));
        if (declared.find() && !ASCII_ENCODINGS.contains(declared.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(Quote.shown(declared.group(1)));
        }
        return Optional.empty();
    }

    /** How far into a part a document type declaration is looked for: it comes before the root element. */
    private static final int PROLOG_BYTES = 1024;

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    /** The content types of the parts that hold people's words as text: notes, and drawings' text boxes. */
    private static final Set<String> WORDED = Set.of(XSSFRelation.SHEET_COMMENTS.getContentType(),
            XSSFRelation.VML_DRAWINGS.getContentType(), XSSFRelation.DRAWINGS.getContentType(),
            "application/vnd.ms-excel.threadedcomments+xml");

    /** The relationships that reach such parts, as POI reaches them: by relationship, not by declared type. */
    private static final Set<String> WORDED_RELATIONS = Set.of(XSSFRelation.SHEET_COMMENTS.getRelation(),
            XSSFRelation.VML_DRAWINGS.getRelation(), XSSFRelation.DRAWINGS.getRelation(),
            "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment");

    /**
     * The relationships that reach custom XML, which nothing here parses: a Power Query's DataMashup, which Excel
     * writes in UTF-16 (run 63, 3), and its properties.
     */
    private static final Set<String> OPAQUE_RELATIONS = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps");

    /** The relationships that reach the parts read as a stream of rows: the worksheets and shared strings. */
    private static final Set<String> STREAMED_RELATIONS = Set.of(XSSFRelation.WORKSHEET.getRelation(),
            XSSFRelation.SHARED_STRINGS.getRelation());

    private final ZipSecureFile zip;
    private final Facts facts;

    /** A part's name as the zip lists it, "xl/styles.xml", from POI's "/xl/styles.xml". */
    static String partName(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private BoundedZip(ZipSecureFile zip, Facts facts) {
        this.zip = zip;
        this.facts = facts;
    }

    /** What was seen of the parts read so far, for a refusal's message. */
    static final class Facts {
        private volatile String lastPart;
        private volatile String doctype;
        private volatile TooLarge refused;
        private final Set<String> streamed = ConcurrentHashMap.newKeySet();
        /**
         * The parts read whole whose text {@link #MAX_WHOLE_TEXT_BYTES} spares: those that hold people's words, and the
         * workbook part, whose defined names a long-lived tracker may have hundreds of thousands of: an update
         * workbook's is read as a stream, and a tracker's within the tracker's own bounds.
         */
        private final Set<String> worded = ConcurrentHashMap.newKeySet();
        /** The parts nothing here parses, custom XML: counted by their bytes alone, in any encoding. */
        private final Set<String> opaque = ConcurrentHashMap.newKeySet();
        /** Whether the zip's directory could not be read, so that its parts were read one by one from its start. */
        private volatile boolean withoutDirectory;
        /** The most bytes and nodes seen of each part read whole, which POI may read more than once. */
        private final Map<String, long[]> whole = new HashMap<>();
        private long wholeBytes;
        private long wholeNodes;
        private long wholeText;

        /**
         * Lets the parts of {@code pkg} that are read as a stream of rows, its worksheets and shared strings, inflate
         * to {@link #MAX_PART_BYTES}, as their content types say, not their names: any other part is read whole.
         */
        void streamSheets(OPCPackage pkg) throws InvalidFormatException {
            Map<String, Set<String>> reachedBy = reachedBy(pkg);
            for (PackageRelationship document : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
                String path = document.getTargetURI().getPath();
                worded.add(partName(path));
            }
            for (PackagePart part : pkg.getParts()) {
                String type = part.getContentType();
                String name = partName(part.getPartName().getName());
                // As declared, and as reached: a styles part declared a sheet or a note is read as styles all the same.
                Set<String> relations = reachedBy.getOrDefault(name, Set.of());
                if ((type.equals(XSSFRelation.WORKSHEET.getContentType())
                        || type.equals(XSSFRelation.SHARED_STRINGS.getContentType()))
                        && STREAMED_RELATIONS.containsAll(relations)) {
                    streamed.add(name);
                } else if (WORDED.contains(type) && WORDED_RELATIONS.containsAll(relations)) {
                    worded.add(name);
                } else if (!relations.isEmpty() && OPAQUE_RELATIONS.containsAll(relations)) {
                    opaque.add(name);
                }
            }
        }

        /** For each part some other part's relationship reaches, the types of those relationships. */
        private static Map<String, Set<String>> reachedBy(OPCPackage pkg) throws InvalidFormatException {
            Map<String, Set<String>> reached = new HashMap<>();
            for (PackagePart source : pkg.getParts()) {
                if (source.isRelationshipPart()) {
                    continue;
                }
                for (PackageRelationship relationship : source.getRelationships()) {
                    if (relationship.getTargetMode() == TargetMode.EXTERNAL) {
                        continue;
                    }
                    String target = PackagingURIHelper.resolvePartUri(source.getPartName().getURI(),
                            relationship.getTargetURI()).getPath();
                    reached.computeIfAbsent(partName(target), name -> new java.util.HashSet<>())
                            .add(relationship.getRelationshipType());
                }
            }
            return reached;
        }

        /**
         * Counts what more than before of a part read whole has been seen: {@code bytes}, {@code nodes}, its
         * elements and attributes, and {@code text}, its bytes between tags, so far.
         *
         * @throws TooLarge where the parts read whole come to more than their bounds
         */
        synchronized void whole(String part, long bytes, long nodes, long text) throws TooLarge {
            long[] seen = whole.computeIfAbsent(part, name -> new long[3]);
            wholeBytes += Math.max(0, bytes - seen[0]);
            wholeNodes += Math.max(0, nodes - seen[1]);
            wholeText += worded.contains(part) ? 0 : Math.max(0, text - seen[2]);
            seen[0] = Math.max(seen[0], bytes);
            seen[1] = Math.max(seen[1], nodes);
            seen[2] = Math.max(seen[2], text);
            if (wholeBytes > MAX_WHOLE_BYTES || wholeNodes > MAX_WHOLE_NODES || wholeText > MAX_WHOLE_TEXT_BYTES) {
                throw refused(new TooLarge(part, wholeBytes > MAX_WHOLE_BYTES ? Bound.WHOLE_BYTES
                        : wholeNodes > MAX_WHOLE_NODES ? Bound.WHOLE_NODES : Bound.WHOLE_TEXT, ""));
            }
        }

        /** Keeps {@code e}, unless a part was refused before: POI may go on to other parts once one is refused. */
        synchronized TooLarge refused(TooLarge e) {
            if (refused == null) {
                refused = e;
            }
            return e;
        }

        /** Whether the zip's directory could not be read, and every part counted as read whole. */
        boolean withoutDirectory() {
            return withoutDirectory;
        }

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

    /** Which bound a part went past. */
    enum Bound {
        /** {@link #MAX_PART_BYTES}. */
        PART,
        /** {@link #MAX_RATIO} times its stored size, past {@link #RATIO_GRACE_BYTES}. */
        RATIO,
        /** {@link #MAX_WHOLE_BYTES}, the parts read whole in all. */
        WHOLE_BYTES,
        /** {@link #MAX_WHOLE_NODES}, elements and attributes of the parts read whole in all. */
        WHOLE_NODES,
        /** {@link #MAX_WHOLE_TEXT_BYTES}, text and attribute values of the parts read whole in all. */
        WHOLE_TEXT,
        /** {@link #MAX_MARKUP_BYTES}, in one tag, comment, processing instruction or CDATA section. */
        MARKUP,
        /** {@link #MAX_DEPTH}. */
        DEPTH,
        /** An encoding other than UTF-8 and those ASCII-like: {@link #foreignEncoding}. */
        ENCODING
    }

    /** A part refused for inflating past a bound. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        /** The part's name in the zip, e.g. "xl/styles.xml". */
        final String part;
        final Bound bound;
        /** For {@link Bound#MARKUP}, what was too long: "a comment", "a tag"...; for {@link Bound#ENCODING}, which. */
        final String detail;

        TooLarge(String part, Bound bound, String detail) {
            super(part + " is past the bound " + bound + (detail.isEmpty() ? "" : ": " + detail));
            this.part = part;
            this.bound = bound;
            this.detail = detail;
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

    /**
     * The most entries a workbook's zip may list: a workbook has a dozen, one with pictures some hundreds. POI's own
     * bound (ZipSecureFile's file count) is the same, and told in its words; this is checked first, and told in ours.
     */
    static final int MAX_ENTRIES = 1_000;

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
        facts.withoutDirectory = true;
        try (InputStream in = Files.newInputStream(file.toPath());
                ZipArchiveInputStream entries = new ZipArchiveInputStream(in, "UTF-8", true, true)) {
            int read = 0;
            for (ZipArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (++read > MAX_ENTRIES) {
                    throw new TooManyParts();
                }
                // Each part counts as read whole, the sheets too: POI keeps every part of such a file in memory.
                try (InputStream part = new Bounded(nonClosing(entries), entry.getName(), entries::getCompressedCount,
                        false, facts)) {
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
        return new Bounded(raw, entry.getName(), () -> stored < 0 ? Long.MAX_VALUE : stored,
                facts.streamed.contains(entry.getName()), facts);
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
        private final boolean streamed;
        private final Facts facts;
        private final byte[] prolog = new byte[PROLOG_BYTES];
        private final Markup markup = new Markup();
        private long inflated;

        Bounded(InputStream in, String part, LongSupplier stored, boolean streamed, Facts facts) {
            super(in);
            this.part = part;
            this.stored = stored;
            this.streamed = streamed;
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
            if (facts.opaque.contains(part)) { // its bytes kept, if anything, but never parsed
                inflated += n;
                if (inflated > RATIO_GRACE_BYTES && inflated / MAX_RATIO > stored.getAsLong()) {
                    throw facts.refused(new TooLarge(part, Bound.RATIO, ""));
                }
                facts.whole(part, inflated, 0, 0);
                return;
            }
            if (inflated < PROLOG_BYTES) {
                int kept = (int) Math.min(n, PROLOG_BYTES - inflated);
                System.arraycopy(b, off, prolog, (int) inflated, kept);
                if (facts.doctype == null && contains(prolog, (int) inflated + kept, DOCTYPE)) {
                    facts.doctype = part;
                }
                // Once the declaration's encoding is in: the markup is followed in bytes ASCII gives their meaning.
                if (inflated < ENCODING_BYTES && inflated + kept >= ENCODING_BYTES) {
                    Optional<String> encoding = foreignEncoding(prolog, ENCODING_BYTES);
                    if (encoding.isPresent()) {
                        throw facts.refused(new TooLarge(part, Bound.ENCODING, encoding.get()));
                    }
                }
            }
            inflated += n;
            if (inflated > MAX_PART_BYTES) {
                throw facts.refused(new TooLarge(part, Bound.PART, ""));
            }
            if (inflated > RATIO_GRACE_BYTES && inflated / MAX_RATIO > stored.getAsLong()) {
                throw facts.refused(new TooLarge(part, Bound.RATIO, ""));
            }
            markup.scan(b, off, n);
            if (markup.tooLong().isPresent()) {
                throw facts.refused(new TooLarge(part, Bound.MARKUP, markup.tooLong().get()));
            }
            if (markup.depth() > MAX_DEPTH) {
                throw facts.refused(new TooLarge(part, Bound.DEPTH, ""));
            }
            if (!streamed) {
                facts.whole(part, inflated, markup.nodes(), markup.text());
            }
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

    /**
     * Follows a part's XML byte by byte, as far as telling markup from text: counts its elements and how deep they
     * nest, and tells a tag, comment, processing instruction or CDATA section longer than
     * {@link #MAX_MARKUP_BYTES}. A part that does not start with '<' (after a byte order mark and spaces) is not XML, a
     * picture say, and is not followed. The bytes that tell markup are ASCII's, in UTF-8 and every encoding a part may
     * be in ({@link #foreignEncoding}).
     */
    static final class Markup {
        private enum State { START, TEXT, OPEN, BANG, BANG_DASH, TAG, QUOTED, COMMENT, INSTRUCTION, CDATA, NOT_XML }

        private State state = State.START;
        private byte quote;
        /** The '-', '?' or ']' bytes just before, that with '>' end a comment, instruction or CDATA section. */
        private int closing;
        private boolean endTag;
        private boolean declaration;
        /** The tag's byte before its '>', '/' where it ends as it opens. */
        private byte last;
        private long length;
        private long elements;
        /** How many attribute values have begun: a tree keeps each attribute as an object, as it does an element. */
        private long attributes;
        /** Bytes of text between tags, of CDATA sections and of attribute values: what a tree keeps as characters. */
        private long text;
        private int depth;
        private Optional<String> tooLong = Optional.empty();

        /** Follows {@code n} more bytes of the part, until something is too long. */
        void scan(byte[] b, int off, int n) {
            int end = off + n;
            for (int i = off; i < end && state != State.NOT_XML && tooLong.isEmpty(); i++) {
                // Text and quoted values are most of a part's bytes: each runs to one byte, looked for alone.
                if (state == State.TEXT) {
                    int from = i;
                    while (i < end && b[i] != '<') {
                        i++;
                    }
                    text += i - from;
                    if (i == end) {
                        return;
                    }
                } else if (state == State.QUOTED) {
                    int from = i;
                    while (i < end && b[i] != quote && length + i - from < MAX_MARKUP_BYTES) {
                        i++;
                    }
                    length += i - from;
                    text += i - from;
                    if (i == end) {
                        return;
                    }
                } else if (state == State.TAG) {
                    int from = i;
                    while (i < end && b[i] != '>' && b[i] != '"' && b[i] != '\''
                            && length + i - from < MAX_MARKUP_BYTES) {
                        i++;
                    }
                    length += i - from;
                    if (i > from) {
                        last = b[i - 1];
                    }
                    if (i == end) {
                        return;
                    }
                }
                if (state != State.TEXT && state != State.START && ++length > MAX_MARKUP_BYTES) {
                    tooLong = Optional.of(switch (state) {
                        case COMMENT -> "a comment";
                        case INSTRUCTION -> "a processing instruction";
                        case CDATA -> "a CDATA section";
                        default -> "a tag";
                    });
                }
                state = next(b[i]);
            }
        }

        /** What was too long ("a comment"), where something was. */
        Optional<String> tooLong() {
            return tooLong;
        }

        /** How many elements have begun. */
        long elements() {
            return elements;
        }

        /** How many elements and attributes have begun: the nodes of a tree of the part. */
        long nodes() {
            return elements + attributes;
        }

        /** How many bytes of text (between tags or in CDATA sections) and attribute values have been seen. */
        long text() {
            return text;
        }

        /** How many elements are open. */
        int depth() {
            return depth;
        }

        private State next(byte c) {
            return switch (state) {
                case START -> c == '<' ? open() : isPrologue(c) ? State.START : State.NOT_XML;
                case TEXT -> c == '<' ? open() : State.TEXT;
                case OPEN -> c == '!' ? State.BANG : c == '?' ? closing(State.INSTRUCTION) : tag(c, c == '/', false);
                case BANG -> c == '-' ? State.BANG_DASH : c == '[' ? closing(State.CDATA) : tag(c, false, true);
                case BANG_DASH -> c == '-' ? closing(State.COMMENT) : tag(c, false, true);
                case TAG -> tag(c);
                case QUOTED -> c == quote ? State.TAG : State.QUOTED;
                case COMMENT -> ended(c, '-', 2);
                case CDATA -> {
                    text++;
                    yield ended(c, ']', 2);
                }
                case INSTRUCTION -> ended(c, '?', 1);
                case NOT_XML -> State.NOT_XML;
            };
        }

        private State open() {
            length = 1;
            return State.OPEN;
        }

        private State closing(State state) {
            closing = 0;
            return state;
        }

        /** The first byte of a tag: of an end tag ("</a>"), or of a declaration ("<!DOCTYPE"), which opens none. */
        private State tag(byte c, boolean endTag, boolean declaration) {
            this.endTag = endTag;
            this.declaration = declaration;
            return tag(c);
        }

        private State tag(byte c) {
            if (c == '"' || c == '\'') {
                quote = c;
                attributes++;
                return State.QUOTED;
            }
            if (c != '>') {
                last = c;
                return State.TAG;
            }
            if (endTag) {
                depth = Math.max(0, depth - 1);
            } else if (!declaration) {
                elements++;
                depth += last == '/' ? 0 : 1; // "<a/>" opens and ends one
            }
            last = 0;
            return State.TEXT;
        }

        /** The state after {@code c} in a construct that {@code count} {@code end} bytes and '>' close. */
        private State ended(byte c, char end, int count) {
            if (c == '>' && closing >= count) {
                return State.TEXT;
            }
            closing = c == end ? closing + 1 : 0;
            return state;
        }

        /** A byte of UTF-8's byte order mark, or a space. */
        private static boolean isPrologue(byte c) {
            return c == (byte) 0xEF || c == (byte) 0xBB || c == (byte) 0xBF || c == ' ' || c == '\t' || c == '\r'
                    || c == '\n';
        }
    }
}
