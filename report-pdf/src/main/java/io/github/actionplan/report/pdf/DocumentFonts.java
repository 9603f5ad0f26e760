package io.github.actionplan.report.pdf;

import io.github.actionplan.internal.Spacing;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one document: a fallback chain per style, the document's own {@link BaseFont}s,
 * and the characters already reported. Not thread-safe; one per render.
 *
 * <p>Each character is drawn with the first font of the chain that has a glyph for it: Liberation
 * Sans in the wanted style, DejaVu Sans in that style, then (for bold or italic text) the regular
 * faces with bold or slant simulated, then the user's fonts in the order given, with the style
 * simulated. Characters no font has are treated as {@link Glyphs} says.
 */
final class DocumentFonts {

    /** A font of the chain, and the style OpenPDF simulates with it. */
    record Candidate(FontProgram program, boolean simulateBold, boolean simulateItalic) {
        int openPdfStyle() {
            return (simulateBold ? Font.BOLD : 0) | (simulateItalic ? Font.ITALIC : 0);
        }
    }

    /**
     * A piece of text drawn with one font, and as it reads: a character no font has is drawn as U+FFFD and read as
     * itself. A null candidate marks a line break.
     */
    record Run(String text, String read, Candidate candidate) {
        Run(String text, Candidate candidate) {
            this(text, text, candidate);
        }

        boolean isLineBreak() {
            return candidate == null;
        }
    }

    private final byte[] documentKey;
    private final List<java.nio.file.Path> userFontPaths;
    private final Consumer<String> warn;
    private final Map<FontProgram, BaseFont> baseFonts = new IdentityHashMap<>();
    private final Set<Integer> reported = new HashSet<>();
    private List<FontProgram> userFonts;
    private final StringBuilder drawnText = new StringBuilder();
    /** Whether {@link #drawnText} reads otherwise than its glyphs: a character drawn as another, or a pause. */
    private boolean replaced;

    /**
     * @param documentKey   a hash of the document's content, from which subset prefixes are drawn
     * @param userFontPaths the fonts the user added, read when a character needs them
     * @param warn          where warnings go
     */
    DocumentFonts(byte[] documentKey, List<java.nio.file.Path> userFontPaths, Consumer<String> warn) {
        this.documentKey = documentKey.clone();
        this.userFontPaths = List.copyOf(userFontPaths);
        this.warn = warn;
    }

    /** Liberation Sans in {@code style}, for text known to be Latin (page numbers). */
    BaseFont primary(TextStyle style) {
        return baseFont(FontLibrary.liberation(style));
    }

    /** This document's BaseFont for a program, made on first use. */
    BaseFont baseFont(FontProgram program) {
        return baseFonts.computeIfAbsent(program, p -> p.newBaseFont(subsetRandom(p)));
    }

    /**
     * A random source seeded from the document's content and the font, so the six-letter subset
     * prefix ({@code ABCDEF+LiberationSans}) is the same for the same report, and differs between
     * reports as the prefix is meant to.
     */
    private SecureRandom subsetRandom(FontProgram program) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(documentKey);
            digest.update(program.source().getBytes(StandardCharsets.UTF_8));
            // SHA1PRNG seeded before its first use gives the same sequence for the same seed.
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(digest.digest());
            return random;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and SHA1PRNG are part of every Java platform", e);
        }
    }

    private List<FontProgram> userFonts() {
        if (userFonts == null) {
            userFonts = userFontPaths.isEmpty() ? List.of() : FontLibrary.userFonts(userFontPaths, warn);
        }
        return userFonts;
    }

    /** The first font of the chain for {@code style} that has {@code codePoint}, or null. */
    private Candidate find(TextStyle style, int codePoint) {
        FontProgram own = FontLibrary.liberation(style);
        if (own.covers(codePoint)) {
            return new Candidate(own, false, false);
        }
        FontProgram dejaVu = FontLibrary.dejaVu(style);
        if (dejaVu.covers(codePoint)) {
            return new Candidate(dejaVu, false, false);
        }
        if (style != TextStyle.REGULAR) {
            for (FontProgram regular : List.of(FontLibrary.liberation(TextStyle.REGULAR),
                    FontLibrary.dejaVu(TextStyle.REGULAR))) {
                if (regular.covers(codePoint)) {
                    return new Candidate(regular, style.bold(), style.italic());
                }
            }
        }
        // The user's fonts in the order given, but a face of the wanted style first: a folder such
        // as fonts-noto-cjk holds a bold and a regular file, and the bold one sorts first.
        FontProgram match = null;
        for (FontProgram user : userFonts()) {
            if (user.covers(codePoint)) {
                if (user.bold() == style.bold() && user.italic() == style.italic()) {
                    match = user;
                    break;
                }
                if (match == null) {
                    match = user;
                }
            }
        }
        return match == null ? null
                : new Candidate(match, style.bold() && !match.bold(), style.italic() && !match.italic());
    }

    /**
     * Splits {@code typed}, {@linkplain Spacing#composed composed}, into runs of one font each, replacing, leaving out
     * and reporting characters as {@link Glyphs} says. {@code where} names the place in the report for warnings. A PDF
     * draws each character at the pen, so an accent of its own sat over the next letter, "Tan̂" for "Tân" as a Mac
     * types it (run 90 #4); the rest of a report leaves that to the program showing it.
     */
    List<Run> runs(String typed, TextStyle style, String where) {
        String text = Spacing.composed(typed);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder read = new StringBuilder();
        Candidate currentFont = null;
        Candidate own = new Candidate(FontLibrary.liberation(style), false, false);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                flush(runs, current, read, currentFont);
                runs.add(new Run("\n", null));
                currentFont = null;
                continue;
            }
            if (Glyphs.treatment(cp, true) == Glyphs.Treatment.OMIT) {
                // Left out whatever the fonts have: no need to look, nor to read the user's fonts.
                continue;
            }
            // The style's own font first, as find does, without making a candidate for each character.
            Candidate font = own.program().covers(cp) ? own : find(style, cp);
            int drawn = cp;
            boolean standsIn = false;
            switch (Glyphs.treatment(cp, font != null)) {
                case DRAW -> { }
                case SPACE -> {
                    drawn = ' ';
                    font = currentFont != null && currentFont.program().covers(' ') ? currentFont : own;
                }
                case OMIT -> {
                    continue;
                }
                case OMIT_REPORTED -> {
                    report(cp, where, "left out");
                    continue;
                }
                case REPLACE -> {
                    font = find(style, Glyphs.REPLACEMENT);
                    drawn = font != null ? Glyphs.REPLACEMENT : Glyphs.LAST_RESORT;
                    standsIn = true;
                    font = font != null ? font : own;
                    report(cp, where, "drawn as " + (drawn == Glyphs.REPLACEMENT ? Glyphs.REPLACEMENT_NAME : "'?'"));
                }
            }
            if (font != currentFont && !font.equals(currentFont)) {
                flush(runs, current, read, currentFont);
                currentFont = font;
            }
            current.appendCodePoint(drawn);
            read.appendCodePoint(standsIn ? cp : drawn);
        }
        flush(runs, current, read, currentFont);
        return runs;
    }

    private static void flush(List<Run> runs, StringBuilder current, StringBuilder read, Candidate font) {
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), read.toString(), font));
            current.setLength(0);
            read.setLength(0);
        }
    }

    private void report(int codePoint, String where, String outcome) {
        if (reported.add(codePoint)) {
            String name = Character.getName(codePoint);
            warn.accept("PDF: no font has a glyph for " + Glyphs.name(codePoint)
                    + (name == null ? "" : " " + name.toLowerCase(Locale.ROOT))
                    + " in " + where + "; " + outcome + ". Add a font that has it with"
                    + " RenderOptions.builder().addFont(fileOrFolder).");
        }
    }

    /** {@code text} as a phrase of chunks in the fonts that can draw it. */
    Phrase phrase(String text, TextStyle style, float size, Color colour, String where) {
        Phrase phrase = new Phrase(size * Layout.LEADING);
        phrase.setFont(defaultFont(size));
        // Page furniture, drawn in the middle of laying out content: not part of any cell's text.
        int noted = drawnText.length();
        boolean replacedBefore = replaced;
        addTo(phrase, text, style, size, colour, where);
        drawnText.setLength(noted);
        replaced = replacedBefore;
        return phrase;
    }

    /** Adds {@code text} to {@code phrase} as chunks in the fonts that can draw it. */
    void addTo(Phrase phrase, String text, TextStyle style, float size, Color colour, String where) {
        for (Run run : runs(text, style, where)) {
            drawnText.append(run.read());
            replaced |= !run.read().equals(run.text());
            if (run.isLineBreak()) {
                phrase.add(new Chunk("\n", font(new Candidate(FontLibrary.liberation(style), false, false), size,
                        colour)));
            } else {
                phrase.add(new Chunk(run.text(), font(run.candidate(), size, colour)));
            }
        }
    }

    /**
     * Reads a comma at the end of the paragraph just ended, where none is drawn: a status and the reason drawn on the
     * line below it are read "Off track, deadline 31 Mar 2025 passed", not as one phrase (run 98 #7).
     */
    void pauseAfterParagraph() {
        if (!drawnText.isEmpty() && drawnText.charAt(drawnText.length() - 1) == '\n') {
            drawnText.insert(drawnText.length() - 1, ',');
            replaced = true;
        }
    }

    /** Ends a paragraph in the text noted by {@link #takeDrawnText()}. */
    void endParagraph() {
        drawnText.append('\n');
    }

    /**
     * The text added to phrases since the last call, as it reads (a character drawn as U+FFFD as itself),
     * paragraphs ended by line feeds: what a container of those phrases says, in logical order.
     */
    Drawn takeDrawnText() {
        Drawn text = new Drawn(drawnText.toString(), replaced);
        drawnText.setLength(0);
        replaced = false;
        return text;
    }

    /** Text as it reads, and whether its glyphs read back would not give it (a character drawn as another, a pause). */
    record Drawn(String text, boolean replaced) {}

    /**
     * Liberation Sans at {@code size}, for the font of containers (paragraphs, phrases): OpenPDF
     * writes the blank lines of paragraph spacing in it.
     */
    Font defaultFont(float size) {
        return new Font(primary(TextStyle.REGULAR), size);
    }

    /** The OpenPDF font for a run: this document's BaseFont, with any simulated style. */
    Font font(Candidate candidate, float size, Color colour) {
        return new Font(baseFont(candidate.program()), size, candidate.openPdfStyle(), colour);
    }
}
