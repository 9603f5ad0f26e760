package io.github.actionplan.report.docx;

import io.github.actionplan.report.Colour;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes text into runs. A line feed becomes a {@code w:br} and a tab a {@code w:tab}: POI would
 * otherwise put them into {@code w:t} literally, where Word and LibreOffice show a space. A run of
 * text in a language other than the report's says so ({@code w:lang}), so that Word and screen
 * readers choose that language's voice, spelling and hyphenation (WCAG 3.1.2).
 */
final class Runs {

    /** How a run looks: bold, italic, a colour of its own. */
    record Look(boolean bold, boolean italic, Optional<Colour> colour) {
        static final Look PLAIN = new Look(false, false, Optional.empty());
        static final Look BOLD = new Look(true, false, Optional.empty());

        static Look coloured(boolean bold, Colour colour) {
            return new Look(bold, false, Optional.of(colour));
        }
    }

    private Runs() {}

    /** Appends {@code text} to {@code paragraph} in one run, in the report's language. */
    static XWPFRun write(XWPFParagraph paragraph, String text, Look look) {
        return write(paragraph, text, look, Optional.empty());
    }

    /**
     * Appends {@code text} to {@code paragraph} in one run, marked as written in {@code language} (an IETF BCP 47
     * tag) where there is one.
     */
    static XWPFRun write(XWPFParagraph paragraph, String text, Look look, Optional<String> language) {
        return write(paragraph.createRun(), text, look, language);
    }

    /**
     * Appends {@code text} to {@code paragraph} as a link to {@code target} (an absolute URI), a {@code w:hyperlink}
     * with an external relationship, in the {@link Styles#HYPERLINK} character style, marked as written in {@code
     * language} where there is one.
     */
    static XWPFRun writeLink(XWPFParagraph paragraph, String text, String target, Look look,
            Optional<String> language) {
        XWPFRun run = paragraph.createHyperlinkRun(target);
        run.setStyle(Styles.HYPERLINK);
        return write(run, text, look, language);
    }

    /** Appends a line break to {@code paragraph}, in a run marked as written in {@code language} like its text. */
    static XWPFRun lineBreak(XWPFParagraph paragraph, Optional<String> language) {
        XWPFRun run = paragraph.createRun();
        language.ifPresent(run::setLang);
        run.addBreak();
        return run;
    }

    private static XWPFRun write(XWPFRun run, String text, Look look, Optional<String> language) {
        if (look.bold()) {
            run.setBold(true);
        }
        if (look.italic()) {
            run.setItalic(true);
        }
        look.colour().ifPresent(colour -> run.setColor(colour.hex()));
        // Last: POI appends run properties in the order they are set, and the standard's CT_RPr sequence puts w:lang
        // after w:rStyle, w:b, w:i and w:color. POI's schema lets them come in any order: its validation misses it.
        language.ifPresent(run::setLang);
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                flush(run, pending);
                if (c == '\n') {
                    run.addBreak();
                } else {
                    run.addTab();
                }
            } else {
                pending.append(c);
            }
        }
        flush(run, pending);
        return run;
    }

    private static void flush(XWPFRun run, StringBuilder pending) {
        if (!pending.isEmpty()) {
            run.setText(pending.toString());
            pending.setLength(0);
        }
    }
}
