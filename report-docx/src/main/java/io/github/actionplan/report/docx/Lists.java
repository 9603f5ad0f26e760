package io.github.actionplan.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering part: one bullet and one decimal list definition, nine levels each, and a new
 * {@code w:num} for every list, so that each numbered list starts at its own first number rather
 * than carrying on from the one before.
 */
final class Lists {

    /** How far each level of a list is indented, and how far its marker hangs left. */
    static final int INDENT_PER_LEVEL = 360;
    private static final int LEVELS = 9;
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    private static final BigInteger BULLET_DEFINITION = BigInteger.ZERO;
    private static final BigInteger DECIMAL_DEFINITION = BigInteger.ONE;

    private final XWPFNumbering numbering;
    private long nextNumId = 1;

    Lists(XWPFDocument document) {
        this.numbering = document.createNumbering();
        numbering.addAbstractNum(new XWPFAbstractNum(definition(BULLET_DEFINITION, true), numbering));
        numbering.addAbstractNum(new XWPFAbstractNum(definition(DECIMAL_DEFINITION, false), numbering));
    }

    /** The left indent of a list paragraph at {@code level} (0 is the outermost list). */
    static int indent(int level) {
        return INDENT_PER_LEVEL * (level + 1);
    }

    /** A new bullet list whose items sit at {@code level}. */
    BigInteger newBulletList(int level) {
        return newList(BULLET_DEFINITION, level, 1);
    }

    /** A new numbered list whose items sit at {@code level}, the first numbered {@code start}. */
    BigInteger newNumberedList(int level, int start) {
        return newList(DECIMAL_DEFINITION, level, start);
    }

    private BigInteger newList(BigInteger definition, int level, int start) {
        BigInteger id = BigInteger.valueOf(nextNumId++);
        // Not addNum(XWPFNum): it counts every w:num before it (sizeOfNumArray), then finds its
        // place by position again, which is quadratic in the lists of a document; a national
        // action plan has tens of thousands. This one appends in place.
        numbering.addNum(definition, id);
        CTNum num = numbering.getNums().getLast().getCTNum();
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    private static CTAbstractNum definition(BigInteger id, boolean bullets) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(id);
        definition.addNewMultiLevelType().setVal(STMultiLevelType.HYBRID_MULTILEVEL);
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(bullets ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
            // A nested numbered list counts on its own ("1."), not as an outline ("1.1.").
            lvl.addNewLvlText().setVal(bullets ? BULLETS[level % BULLETS.length] : "%" + (level + 1) + ".");
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(indent(level)));
            ind.setHanging(BigInteger.valueOf(INDENT_PER_LEVEL));
        }
        return definition;
    }
}
