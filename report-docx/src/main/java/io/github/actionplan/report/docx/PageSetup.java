package io.github.actionplan.report.docx;

import io.github.actionplan.report.Orientation;
import io.github.actionplan.report.spi.PageSize;
import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Page size and margins, in twentieths of a point (twips), portrait or landscape. */
final class PageSetup {

    /** 2 cm on every side. */
    static final int MARGIN = 1134;
    /** The header and footer sit 1 cm from the paper's edge. */
    static final int HEADER_FOOTER_DISTANCE = 567;

    private final int portraitWidth;
    private final int portraitHeight;

    PageSetup(PageSize size) {
        this.portraitWidth = size.widthTwips();
        this.portraitHeight = size.heightTwips();
    }

    /** The width between the margins. */
    int usableWidth(Orientation orientation) {
        return (orientation == Orientation.LANDSCAPE ? portraitHeight : portraitWidth) - 2 * MARGIN;
    }

    /** The height between the margins. */
    int usableHeight(Orientation orientation) {
        return (orientation == Orientation.LANDSCAPE ? portraitWidth : portraitHeight) - 2 * MARGIN;
    }

    /**
     * Sets a section's paper and margins. Landscape swaps width and height and says so in
     * {@code w:orient}: Word and LibreOffice need both.
     */
    void apply(CTSectPr section, Orientation orientation) {
        boolean landscape = orientation == Orientation.LANDSCAPE;
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? portraitHeight : portraitWidth));
        size.setH(BigInteger.valueOf(landscape ? portraitWidth : portraitHeight));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }
}
