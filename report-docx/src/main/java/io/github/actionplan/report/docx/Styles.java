package io.github.actionplan.report.docx;

import io.github.actionplan.report.Palette;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** The styles part: names of the styles the layout uses, and how they get into a document. */
final class Styles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String NORMAL = "Normal";
    static final String CAPTION = "Caption";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_TOTAL = "TableTotal";
    static final String CELL_NOTE = "CellNote";
    static final String CHART_DESCRIPTION = "ChartDescription";
    static final String SECTION_BREAK = "SectionBreak";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String TABLE_GRID = "TableGrid";
    /** The character style of a link, coloured and underlined as Word's own. */
    static final String HYPERLINK = "Hyperlink";

    /** The style of a heading of level 1 to 3. */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** The styles file, read once; parsed anew for each document, which then owns its copy. */
    private static final byte[] STYLES_XML = read("styles.xml");

    private Styles() {}

    /** Gives {@code document} its styles part, with {@code language} as the default language. */
    static void install(XWPFDocument document, String language) {
        CTStyles styles;
        try {
            styles = StylesDocument.Factory.parse(new java.io.ByteArrayInputStream(STYLES_XML),
                    POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles();
        } catch (XmlException | IOException e) {
            throw new IllegalStateException("the renderer's own styles.xml does not parse", e);
        }
        CTRPr defaults = styles.getDocDefaults().getRPrDefault().getRPr();
        CTLanguage lang = defaults.sizeOfLangArray() > 0 ? defaults.getLangArray(0) : defaults.addNewLang();
        lang.setVal(language);
        // A link's colour is core's, as every format's is.
        for (var style : styles.getStyleArray()) {
            if (HYPERLINK.equals(style.getStyleId())) {
                style.getRPr().getColorArray(0).setVal(Palette.LINK.toString().substring(1));
            }
        }
        document.createStyles().setStyles(styles);
    }

    /**
     * The font size, in half points, of paragraph style {@code styleId} in {@code document}: its own, else that of the
     * style it is based on, else the document's default.
     */
    static int halfPoints(XWPFDocument document, String styleId) {
        XWPFStyles styles = document.getStyles();
        XWPFStyle style = styleId == null ? null : styles.getStyle(styleId);
        // A chain of basedOn is a handful of styles; the bound keeps a looped one from running forever.
        for (int depth = 0; style != null && depth < 10; depth++) {
            CTRPr properties = style.getCTStyle().getRPr();
            if (properties != null && properties.sizeOfSzArray() > 0) {
                return ((Number) properties.getSzArray(0).getVal()).intValue();
            }
            style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
        }
        return (int) Math.round(styles.getDefaultRunStyle().getFontSizeAsDouble() * 2);
    }

    private static byte[] read(String name) {
        try (InputStream in = Styles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the renderer's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
