package io.github.actionplan.report.spi;

/** Reads an image's size from its header, so that a logo is checked before any renderer embeds it. */
final class ImageSize {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** A logo larger than this in either direction is not a logo (and would be a memory bomb to decode). */
    static final int MAX_PIXELS = 10_000;

    private ImageSize() {}

    /** Width and height of a PNG, from its IHDR chunk; null if it is not a PNG. */
    static int[] png(byte[] image) {
        if (image.length < 24) {
            return null;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (image[i] != PNG_SIGNATURE[i]) {
                return null;
            }
        }
        if (image[12] != 'I' || image[13] != 'H' || image[14] != 'D' || image[15] != 'R') {
            return null;
        }
        return new int[] {(int) Math.min(Integer.MAX_VALUE, int32(image, 16)), (int) Math.min(Integer.MAX_VALUE, int32(image, 20))};
    }

    /** Width and height of a JPEG, from its first start-of-frame segment; null if it is not a JPEG. */
    static int[] jpeg(byte[] image) {
        if (image.length < 4 || (image[0] & 0xFF) != 0xFF || (image[1] & 0xFF) != 0xD8) {
            return null;
        }
        int i = 2;
        while (i + 9 < image.length) {
            if ((image[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = image[i + 1] & 0xFF;
            int length = ((image[i + 2] & 0xFF) << 8) | (image[i + 3] & 0xFF);
            // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                int height = ((image[i + 5] & 0xFF) << 8) | (image[i + 6] & 0xFF);
                int width = ((image[i + 7] & 0xFF) << 8) | (image[i + 8] & 0xFF);
                return new int[] {width, height};
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static long int32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    static String firstBytes(byte[] image) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, image.length); i++) {
            hex.append(String.format("%02X ", image[i] & 0xFF));
        }
        return image.length == 0 ? "none: it is empty" : hex.toString().strip();
    }
}
