package io.github.actionplan.report;

import java.util.HexFormat;

/**
 * An sRGB colour, as reports fill and write status cells with.
 *
 * @param red   0-255
 * @param green 0-255
 * @param blue  0-255
 */
public record Colour(int red, int green, int blue) {

    /** Black, #000000. */
    public static final Colour BLACK = new Colour(0, 0, 0);
    /** White, #FFFFFF. */
    public static final Colour WHITE = new Colour(255, 255, 255);

    /** Checks each channel is 0-255. */
    public Colour {
        check("red", red);
        check("green", green);
        check("blue", blue);
    }

    private static void check(String channel, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(channel + " " + value + " is not 0-255");
        }
    }

    /**
     * Reads {@code "#1D70B8"} or {@code "1D70B8"}.
     *
     * @throws IllegalArgumentException if {@code hex} is not six hexadecimal digits
     */
    public static Colour parse(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("'" + hex + "' is not a colour; write six hex digits such as #1D70B8");
        }
        int rgb = Integer.parseInt(digits, 16);
        return new Colour(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    /** Six upper-case hex digits without a hash, e.g. {@code "1D70B8"}, as OOXML writes colours. */
    public String hex() {
        // Not String.format: renderers ask for the colour of every status cell.
        return HEX.toHexDigits(rgb(), 6);
    }

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The colour as one int, 0xRRGGBB. */
    public int rgb() {
        return red << 16 | green << 8 | blue;
    }

    /** Relative luminance as WCAG 2 defines it, 0 (black) to 1 (white). */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The WCAG 2 contrast ratio between this colour and {@code other}, 1 to 21. */
    public double contrastRatio(Colour other) {
        double a = relativeLuminance();
        double b = other.relativeLuminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** {@code "#1D70B8"}. */
    @Override
    public String toString() {
        return "#" + hex();
    }
}
