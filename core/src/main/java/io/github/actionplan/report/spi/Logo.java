package io.github.actionplan.report.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A service's logo, shown at the top of a report's first page (or first sheet), with the text a
 * screen reader reads for it. PNG or JPEG; its size in pixels is read from the image, so every
 * renderer draws it {@value #HEIGHT_POINTS} points high at the same proportions.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *         .logo(Logo.read(Path.of("logo.png"), "Anyshire Fire and Rescue Service"))
 *         .build();
 * }</pre>
 */
public final class Logo {

    /** How high every renderer draws the logo, in points (1/72 inch): about 1.4 cm. */
    public static final int HEIGHT_POINTS = 40;

    /** The largest image accepted: a logo is small, and the file is embedded in every report. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The image formats a logo can be in. */
    public enum ImageType {
        /** Portable Network Graphics. */
        PNG("image/png", "png"),
        /** JPEG. */
        JPEG("image/jpeg", "jpeg");

        private final String mediaType;
        private final String extension;

        ImageType(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** The IANA media type, e.g. {@code image/png}. */
        public String mediaType() {
            return mediaType;
        }

        /** The usual file extension, without a dot. */
        public String extension() {
            return extension;
        }
    }

    private final byte[] image;
    private final String altText;
    private final ImageType type;
    private final int widthPixels;
    private final int heightPixels;

    private Logo(byte[] image, String altText, ImageType type, int widthPixels, int heightPixels) {
        this.image = image;
        this.altText = altText;
        this.type = type;
        this.widthPixels = widthPixels;
        this.heightPixels = heightPixels;
    }

    /**
     * A logo from an image file.
     *
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if it is not a file (a folder, device or pipe), not a PNG or JPEG image, is
     *                                  larger than {@value #MAX_BYTES} bytes, or the alt text is blank
     */
    public static Logo read(Path file, String altText) throws IOException {
        // A device reports no size and never ends, and a pipe's read waits for a writer: neither is opened.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file (a folder, device or pipe); a logo is read from"
                    + " a PNG or JPEG file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException(file + " is " + size + " bytes; a logo may be at most " + MAX_BYTES);
        }
        byte[] image;
        try (InputStream in = Files.newInputStream(file)) {
            image = in.readNBytes(MAX_BYTES + 1); // a file that grew since its size was read is cut at the limit
        }
        return of(image, altText, file.toString());
    }

    /**
     * A logo from the bytes of a PNG or JPEG image.
     *
     * @throws IllegalArgumentException if they are not a PNG or JPEG image, are more than
     *                                  {@value #MAX_BYTES} bytes, or the alt text is blank
     */
    public static Logo of(byte[] image, String altText) {
        return of(image.clone(), altText, "the logo");
    }

    private static Logo of(byte[] image, String altText, String where) {
        Objects.requireNonNull(altText, "altText");
        if (altText.isBlank()) {
            throw new IllegalArgumentException("the logo needs alt text: the words a screen reader reads for it, "
                    + "usually the service's name");
        }
        if (image.length > MAX_BYTES) {
            throw new IllegalArgumentException(where + " is " + image.length + " bytes; a logo may be at most "
                    + MAX_BYTES);
        }
        int[] size = ImageSize.png(image);
        ImageType type = ImageType.PNG;
        if (size == null) {
            size = ImageSize.jpeg(image);
            type = ImageType.JPEG;
        }
        if (size == null) {
            throw new IllegalArgumentException(where + " is not a PNG or JPEG image (its first bytes are "
                    + ImageSize.firstBytes(image) + "); a logo must be one of those");
        }
        if (size[0] < 1 || size[1] < 1 || size[0] > ImageSize.MAX_PIXELS || size[1] > ImageSize.MAX_PIXELS) {
            throw new IllegalArgumentException(where + " is " + size[0] + " x " + size[1] + " pixels; a logo may be 1 to "
                    + ImageSize.MAX_PIXELS + " pixels each way");
        }
        return new Logo(image, altText.strip(), type, size[0], size[1]);
    }

    /** The image's bytes, as given. */
    public byte[] image() {
        return image.clone();
    }

    /** What a screen reader reads for the logo. */
    public String altText() {
        return altText;
    }

    /** PNG or JPEG. */
    public ImageType type() {
        return type;
    }

    /** The image's width in pixels. */
    public int widthPixels() {
        return widthPixels;
    }

    /** The image's height in pixels. */
    public int heightPixels() {
        return heightPixels;
    }

    /** How wide every renderer draws it, in points: {@link #HEIGHT_POINTS} high, at the image's proportions. */
    public double widthPoints() {
        return HEIGHT_POINTS * (double) widthPixels / heightPixels;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && Arrays.equals(image, logo.image) && altText.equals(logo.altText);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(image) + altText.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + type + " " + widthPixels + "x" + heightPixels + ", '" + altText + "']";
    }
}
