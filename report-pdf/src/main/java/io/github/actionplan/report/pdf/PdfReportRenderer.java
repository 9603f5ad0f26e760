package io.github.actionplan.report.pdf;

import io.github.actionplan.report.Chapter;
import io.github.actionplan.report.DocumentMetadata;
import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.Report;
import io.github.actionplan.report.Section;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import io.github.actionplan.report.spi.support.CallerStream;
import io.github.actionplan.report.spi.support.Cancellation;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Renders a {@link Report} as PDF with OpenPDF.
 *
 * <p>A4 pages (or the {@link RenderOptions#pageSize() page size} asked for), each chapter on pages
 * of its own orientation, a new page starting where the orientation changes; the service's
 * {@linkplain RenderOptions#logo() logo} and a title block on the first page; the
 * {@linkplain RenderOptions#runningHeader(Report) running header} at the top of every page and
 * the {@linkplain RenderOptions#runningFooter() running footer} and "Page X of Y" at its foot;
 * chapter headings as level-1 headings; the status summary as a vector bar chart, the sentence
 * that describes it, and its table; tables whose caption and header row repeat on every page,
 * whose columns are never narrower than their longest word, whose tall rows split across pages
 * and whose total row comes last in bold under a rule; narrative as paragraphs and indented
 * lists; headings as bookmarks. A section of a type this renderer does not know is drawn as its
 * {@linkplain Section#fallback() fallback}.
 *
 * <p><b>Fonts.</b> Text is drawn in Liberation Sans, embedded and subset with a Unicode map.
 * Characters it lacks are drawn with DejaVu Sans (symbols, arrows, emoticons, Armenian,
 * Georgian, Hebrew), then with the fonts added through {@link RenderOptions#fonts()}: files
 * ({@code .ttf}, {@code .otf}, {@code .ttc} or {@code file.ttc,N} for one face of a collection)
 * or folders of them. No font with CJK glyphs is bundled; add one, such as Debian's
 * {@code /usr/share/fonts/opentype/noto}, to draw Chinese, Japanese or Korean. A character no font
 * can draw is never dropped silently: it is drawn as U+FFFD, read from the structure tree as itself (its
 * element's actual text), and reported once per render through
 * {@link RenderOptions#warn(String)}, naming the character and where it is. Invisible format
 * characters (zero-width space, joiners, byte order mark, variation selectors) that no font has
 * are left out, as they have nothing to show; a combining mark no font has is left out and
 * reported.
 *
 * <p><b>Reproducible.</b> The same report and options give the same bytes: the creation and
 * modification dates are the report's {@link DocumentMetadata#created()}, the trailer ID and the
 * font subset prefixes are derived from a SHA-256 hash of the report.
 *
 * <p><b>Accessibility.</b> The PDF is tagged PDF/UA-1 (ISO 14289-1), and veraPDF's PDF/UA-1
 * validation finds no fault in it: a structure tree in reading order (the title as H1, chapter
 * headings as H2 and a heading of level n as H(n+1), as HTML ranks them, never skipping one;
 * paragraphs, lists whose items have their bullet or number as a label apart from their body, tables with caption,
 * header cells scoped to their columns and a body ending in the total row, the logo as a figure
 * whose alternative text is the logo's, the chart as a figure whose alternative text is the
 * summary's description), page furniture, cell
 * fills and borders and repeated header rows as artifacts, the document's language and title
 * (shown in the viewer's title bar, and in the XMP metadata with the PDF/UA identification), tab
 * order by structure, headings as bookmarks. Statuses are written as words on their colours.
 */
public final class PdfReportRenderer implements ReportRenderer {

    /** The format id, {@code "pdf"}. */
    public static final String FORMAT = "pdf";

    private static final float SIDE_MARGIN = 50;
    private static final float TOP_MARGIN = 64;
    private static final float BOTTOM_MARGIN = 56;

    /** Whether the PDF is tagged: always, but for measuring what tagging costs. */
    private final boolean tagged;

    /** Makes the renderer; it holds no state, so one instance serves any number of threads. */
    public PdfReportRenderer() {
        this(true);
    }

    /**
     * A renderer whose PDFs, if not {@code tagged}, are laid out the same but have no structure
     * tree, marked content or PDF/UA claim: what {@code TaggingCost} measures tagging against.
     */
    PdfReportRenderer(boolean tagged) {
        this.tagged = tagged;
    }

    /** {@value #FORMAT}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** {@code application/pdf}. */
    @Override
    public String mediaType() {
        return "application/pdf";
    }

    /** {@code pdf}. */
    @Override
    public String fileExtension() {
        return "pdf";
    }

    /**
     * Writes {@code report} to {@code out} as a PDF document. {@code out} is flushed, not closed.
     * If the thread is interrupted, it stops, writing nothing more, and throws.
     *
     * @throws java.io.InterruptedIOException if the thread is interrupted
     * @throws IOException if writing to {@code out} fails
     */
    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        // A cancelled render writes nothing; one cancelled later stops at its next section or table
        // row, and writes nothing more: the guard refuses OpenPDF's writes, and gives back the interrupt
        // that OpenPDF wraps.
        Cancellation.checkInterrupted();
        CallerStream guarded = CallerStream.of(out);
        BufferedOutputStream buffered = new BufferedOutputStream(guarded, 1 << 16);
        try {
            write(report, options, buffered, tagged);
        } catch (RuntimeException e) {
            // OpenPDF wraps a failing stream's IOException in unchecked exceptions of its own.
            guarded.throwFailure(e);
            throw e;
        }
        buffered.flush();
    }

    private static void write(Report report, RenderOptions options, OutputStream out, boolean tagged)
            throws InterruptedIOException {
        byte[] key = documentKey(report, options);
        Rectangle portrait = new Rectangle(options.pageSize().widthPoints(), options.pageSize().heightPoints());
        Orientation first = Layout.firstOrientation(report);
        Document document = new Document(Layout.pageSize(portrait, first), SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN,
                BOTTOM_MARGIN);
        ReproducibleWriter writer = ReproducibleWriter.open(document, out, Arrays.copyOf(key, 16));
        writer.setCloseStream(false);
        // PDF 1.7 rather than OpenPDF's default 2.0: every reader opens it, and its document
        // information dictionary is not deprecated.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // A cross-reference stream (PDF 1.5) rather than a table: OpenPDF formats each entry of a
        // table with String.format, and a tagged report has an object for every cell.
        writer.setFullCompression();
        DocumentFonts fonts = new DocumentFonts(key, options.fonts(), options::warn);
        writer.setPageEvent(new PageDecorations(fonts, options.runningHeader(report), options.runningFooter()));

        DocumentMetadata metadata = report.metadata();
        document.addTitle(metadata.title());
        document.addAuthor(metadata.author());
        document.addSubject(metadata.subject());
        if (!metadata.keywords().isEmpty()) {
            document.addKeywords(String.join(", ", metadata.keywords()));
        }
        document.addCreator("actionplan");
        if (tagged) {
            // Tab order follows the structure (PDF/UA-1 7.18.3).
            writer.setTabs(PdfName.S);
        }
        document.open();
        StructureTree tree = tagged ? StructureTree.of(writer) : StructureTree.none(writer);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        // XMP reads these back as PdfDate, so they must be PdfDate and not PdfString.
        PdfDate created = new PdfDate(GregorianCalendar.from(metadata.created().toZonedDateTime()));
        writer.getInfo().put(PdfName.CREATIONDATE, created);
        writer.getInfo().put(PdfName.MODDATE, created);

        boolean bookmarks = new Layout(report, options, document, writer, fonts, portrait, first, tree).layOut();
        // Closing writes the structure tree and every object still held: a good part of a large report.
        Cancellation.checkInterrupted();
        tree.close();
        // Read before the document closes, which is when OpenPDF writes the catalog.
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | (bookmarks ? PdfWriter.PageModeUseOutlines : 0));

        writer.setXmpMetadata(xmp(writer.getInfo(), tagged));
        document.close();
    }

    /**
     * The XMP metadata OpenPDF makes from the document information (title, author, subject,
     * keywords, dates), with, if {@code tagged}, the PDF/UA identification (ISO 14289-1 5) that
     * says the file claims PDF/UA-1.
     */
    private static byte[] xmp(PdfDictionary info, boolean tagged) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(bytes, info, PdfWriter.PDFXNONE)) {
            if (tagged) {
                xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
                        "<pdfuaid:part>1</pdfuaid:part>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing XMP to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * A SHA-256 hash of everything the output depends on. Reports are records all the way down,
     * whose string forms are stable, so equal reports give equal hashes. The hash is fed piece by
     * piece, a table row at a time, because the string form of a whole national report runs to a
     * hundred million characters: building it took more time and heap than some of the layout.
     * Each piece goes in with its length, so that no two different reports feed the same bytes.
     */
    private static byte[] documentKey(Report report, RenderOptions options) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        feed(digest, report.title());
        feed(digest, report.subtitle());
        feed(digest, report.asOf().toString());
        feed(digest, report.period().toString());
        feed(digest, report.metadata().toString());
        for (Chapter chapter : report.chapters()) {
            feed(digest, "Chapter");
            feed(digest, chapter.heading());
            feed(digest, chapter.orientation().name());
            chapter.sections().forEach(section -> feed(digest, section));
        }
        feed(digest, options.pageSize().toString());
        feed(digest, options.fonts().toString());
        feed(digest, options.runningHeader(report));
        feed(digest, options.runningFooter());
        options.logo().ifPresent(logo -> {
            feed(digest, logo.altText());
            byte[] image = logo.image();
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(image.length).array());
            digest.update(image);
        });
        return digest.digest();
    }

    /**
     * A table a row at a time; a record (every section core makes) by its string form; a section
     * of a type of someone's own, whose string form may be its identity, by its class and texts.
     */
    private static void feed(MessageDigest digest, Section section) {
        feed(digest, section.getClass().getName());
        if (section instanceof Section.Table table) {
            feed(digest, table.title());
            feed(digest, table.columns().toString());
            feed(digest, Integer.toString(table.rows().size()));
            table.rows().forEach(row -> feed(digest, row.toString()));
            feed(digest, table.totalRow().toString());
        } else if (section.getClass().isRecord()) {
            feed(digest, section.toString());
        } else {
            section.texts().forEach(text -> feed(digest, text));
        }
    }

    private static void feed(MessageDigest digest, String piece) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
