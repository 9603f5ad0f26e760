package io.github.actionplan.report.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Locale;
import org.openpdf.text.pdf.BaseFont;

/**
 * A font file read once per JVM: its bytes and the characters it has glyphs for. Each document
 * makes its own {@link BaseFont} from it ({@link #newBaseFont}), because a BaseFont records which
 * glyphs one document used and carries the random source of its subset prefix; the shared copy
 * here is only asked what it covers, which is read-only.
 */
final class FontProgram {

    private final String name;
    private final String source;
    private final byte[] bytes;
    private final boolean bold;
    private final boolean italic;
    private final BaseFont probe;
    /** Whether it has each of the first 256 code points: asked of nearly every character drawn. */
    private final boolean[] latin1 = new boolean[256];

    private FontProgram(String name, String source, byte[] bytes, boolean bold, boolean italic,
            BaseFont probe) {
        this.name = name;
        this.source = source;
        this.bytes = bytes;
        this.bold = bold;
        this.italic = italic;
        this.probe = probe;
        for (int codePoint = 0; codePoint < latin1.length; codePoint++) {
            latin1[codePoint] = probe.charExists(codePoint);
        }
    }

    /**
     * Reads a font.
     *
     * @param fileName the file's name; its ending (.ttf, .otf, .ttc) tells OpenPDF the type
     * @param source   where it came from, for messages
     * @param bytes    the whole file
     * @param face     the face in a collection (.ttc), else 0
     * @param bold     whether the face is bold, so no bold is simulated with it
     * @param italic   whether the face is italic, so no slant is simulated with it
     * @throws IOException if OpenPDF cannot use the font
     */
    static FontProgram read(String fileName, String source, byte[] bytes, int face, boolean bold, boolean italic)
            throws IOException {
        boolean collection = fileName.toLowerCase(Locale.ROOT).endsWith(".ttc");
        String name = collection ? fileName + "," + face : fileName;
        checkOutlines(bytes, collection ? face : -1, source);
        try {
            return new FontProgram(name, source, bytes, bold, italic, create(name, bytes));
        } catch (RuntimeException e) {
            // OpenPDF reports a damaged or unsupported font with unchecked exceptions.
            throw new IOException(source + " is not a font OpenPDF can embed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a font whose style is not known, taking it from the font's PostScript name
     * ({@code NotoSansCJKjp-Bold}, {@code DejaVuSans-BoldOblique}).
     */
    static FontProgram read(String fileName, String source, byte[] bytes, int face) throws IOException {
        FontProgram plain = read(fileName, source, bytes, face, false, false);
        String postscript = plain.probe.getPostscriptFontName().toLowerCase(Locale.ROOT);
        boolean bold = postscript.contains("bold") || postscript.contains("black") || postscript.contains("heavy");
        boolean italic = postscript.contains("italic") || postscript.contains("oblique");
        return new FontProgram(plain.name, source, bytes, bold, italic, plain.probe);
    }

    private static BaseFont create(String name, byte[] bytes) throws IOException {
        // Not cached: OpenPDF's font cache is shared by all documents, and a shared BaseFont would
        // mix their glyph subsets and random subset prefixes.
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        // OpenPDF's CIDSet would list the whole font's glyphs, not the subset's, which PDF/UA-1
        // (7.21.4.2) forbids; the stream is optional.
        font.setIncludeCidSet(false);
        return font;
    }

    /**
     * Rejects fonts without outlines (colour bitmap emoji fonts such as Noto Color Emoji), which
     * would map characters to glyphs that draw nothing, and CFF2 variable fonts, which OpenPDF
     * cannot embed.
     */
    private static void checkOutlines(byte[] bytes, int face, String source) throws IOException {
        try {
            ByteBuffer data = ByteBuffer.wrap(bytes);
            int offset = 0;
            if (face >= 0) {
                if (data.getInt(0) != 0x74746366) { // "ttcf"
                    throw new IOException(source + " is not a font collection (.ttc)");
                }
                int count = data.getInt(8);
                if (face >= count) {
                    throw new IOException(source + " has " + count + " faces; there is no face " + face);
                }
                offset = data.getInt(12 + 4 * face);
            }
            int tables = Short.toUnsignedInt(data.getShort(offset + 4));
            boolean outlines = false;
            for (int i = 0; i < tables; i++) {
                int tag = data.getInt(offset + 12 + 16 * i);
                outlines |= tag == 0x676C7966 /* glyf */ || tag == 0x43464620 /* "CFF " */;
            }
            if (!outlines) {
                throw new IOException(source + " has no glyph outlines OpenPDF can embed"
                        + " (a colour bitmap or CFF2 font?)");
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IOException(source + " is not a TrueType or OpenType font", e);
        }
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    boolean covers(int codePoint) {
        return codePoint >= 0 && codePoint < latin1.length ? latin1[codePoint] : probe.charExists(codePoint);
    }

    /** A new BaseFont for one document, its subset prefix drawn from {@code random}. */
    BaseFont newBaseFont(SecureRandom random) {
        try {
            BaseFont font = create(name, bytes);
            font.setSecureRandom(random);
            return font;
        } catch (IOException e) {
            // The same bytes were read successfully when this program was made.
            throw new IllegalStateException("cannot re-read " + source, e);
        }
    }

    /** Where the font came from: a resource or a file. */
    String source() {
        return source;
    }

    /** Whether the face is bold. */
    boolean bold() {
        return bold;
    }

    /** Whether the face is italic. */
    boolean italic() {
        return italic;
    }
}
