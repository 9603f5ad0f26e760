package io.github.actionplan.report;

import io.github.actionplan.model.Brag;
import io.github.actionplan.model.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The colours a report is drawn in: the fill and text colour of each BRAG status, and around
 * them the text, rules and header fill that are the same in every report ({@link #TEXT},
 * {@link #MUTED_TEXT}, {@link #RULE}, {@link #HEADER_FILL}), so that every format draws a report
 * alike. Every pair in the {@linkplain #standard() standard palette} has a contrast ratio of at
 * least 4.5:1 (WCAG 2 AA for normal text), as has each text colour on white and on the header
 * fill, and reports always write the status as a word too, so nothing is conveyed by colour alone.
 *
 * <pre>{@code
 * Palette palette = Palette.standard();
 * palette.fill(Status.OFF_TRACK);   // #B10E1E
 * palette.text(Status.OFF_TRACK);   // #FFFFFF
 * }</pre>
 */
public final class Palette {

    /** WCAG 2 AA minimum contrast for normal-size text. */
    public static final double MINIMUM_CONTRAST = 4.5;

    /** Text, and the rule above a total row: GOV.UK's near-black. */
    public static final Colour TEXT = Colour.parse("#0B0C0C");
    /** Secondary text, such as a subtitle or a running header and footer. */
    public static final Colour MUTED_TEXT = Colour.parse("#505A5F");
    /** The lines of a table and between parts of a report. */
    public static final Colour RULE = Colour.parse("#B1B4B6");
    /** The fill of a table's header cells and key facts' labels, and the track behind a chart's bars. */
    public static final Colour HEADER_FILL = Colour.parse("#F3F2F1");
    /**
     * A web address's text, underlined, in every format that links it: GOV.UK's link blue, 5.2 to 1 on white, so a
     * reader of a printed or on-screen report can tell what opens as they can in Word and a browser.
     */
    public static final Colour LINK = Colour.parse("#1D70B8");

    private static final Palette STANDARD = new Palette(Map.of(
            Brag.BLUE, new Colour[] {Colour.parse("#1D5DA8"), Colour.WHITE},
            Brag.RED, new Colour[] {Colour.parse("#B10E1E"), Colour.WHITE},
            Brag.AMBER, new Colour[] {Colour.parse("#FFBF47"), Colour.BLACK},
            Brag.GREEN, new Colour[] {Colour.parse("#00703C"), Colour.WHITE}));

    private final Map<Brag, Colour[]> colours;

    private Palette(Map<Brag, Colour[]> colours) {
        this.colours = new EnumMap<>(colours);
    }

    /** The standard palette: GOV.UK-like blue, red, amber and green. */
    public static Palette standard() {
        return STANDARD;
    }

    /**
     * A palette of the caller's own colours.
     *
     * @param fills      the fill of each of the four BRAG colours
     * @param textColours the text colour written on each fill
     * @throws IllegalArgumentException if a colour is missing, or a pair's contrast is below 4.5:1
     */
    public static Palette of(Map<Brag, Colour> fills, Map<Brag, Colour> textColours) {
        Map<Brag, Colour[]> colours = new EnumMap<>(Brag.class);
        for (Brag brag : Brag.values()) {
            Colour fill = Objects.requireNonNull(fills.get(brag), () -> "no fill for " + brag);
            Colour text = Objects.requireNonNull(textColours.get(brag), () -> "no text colour for " + brag);
            double ratio = fill.contrastRatio(text);
            if (ratio < MINIMUM_CONTRAST) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "%s text on %s fill for %s has contrast %.2f:1, below the %.1f:1 that WCAG AA asks for",
                        text, fill, brag.displayName(), ratio, MINIMUM_CONTRAST));
            }
            colours.put(brag, new Colour[] {fill, text});
        }
        return new Palette(colours);
    }

    /** The fill of a BRAG colour. */
    public Colour fill(Brag brag) {
        return colours.get(brag)[0];
    }

    /** The text colour written on a BRAG colour's fill. */
    public Colour text(Brag brag) {
        return colours.get(brag)[1];
    }

    /** The fill a status is shown with. */
    public Colour fill(Status status) {
        return fill(status.brag());
    }

    /** The text colour a status's label is written in. */
    public Colour text(Status status) {
        return text(status.brag());
    }
}
