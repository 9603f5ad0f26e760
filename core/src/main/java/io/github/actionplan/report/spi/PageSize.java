package io.github.actionplan.report.spi;

/** A paper size, in portrait; renderers turn pages for wide tables. */
public enum PageSize {
    /** ISO A4, 210 x 297 mm: the UK default. */
    A4(595.28f, 841.89f),
    /** US Letter, 8.5 x 11 in. */
    LETTER(612f, 792f);

    private final float widthPoints;
    private final float heightPoints;

    PageSize(float widthPoints, float heightPoints) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    /** The portrait width in PostScript points (1/72 in). */
    public float widthPoints() {
        return widthPoints;
    }

    /** The portrait height in PostScript points (1/72 in). */
    public float heightPoints() {
        return heightPoints;
    }

    /** The portrait width in twentieths of a point, as OOXML measures pages. */
    public int widthTwips() {
        return Math.round(widthPoints * 20);
    }

    /** The portrait height in twentieths of a point, as OOXML measures pages. */
    public int heightTwips() {
        return Math.round(heightPoints * 20);
    }
}
