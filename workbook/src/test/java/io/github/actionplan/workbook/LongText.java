package io.github.actionplan.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds small workbooks that hold very long texts: a marker in a part is replaced by text written in pieces,
 * compressing about 80:1 as a hostile file's does (under POI's zip-bomb ratio), so that the file stays small and the
 * test never holds the text itself.
 */
final class LongText {

    private static final int PIECE = 1 << 16;

    private LongText() {}

    /**
     * {@code xlsx} written to {@code out} with the first {@code marker} in any part replaced by {@code length}
     * characters of text.
     */
    static Path replacing(Path xlsx, Path out, String marker, long length) throws IOException {
        return replacing(xlsx, out, marker, zip -> write(zip, length));
    }

    /** Writes what replaces a marker. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** {@code xlsx} written to {@code out} with the first {@code marker} in any part replaced by {@code content}. */
    static Path replacing(Path xlsx, Path out, String marker, Content content) throws IOException {
        return replacing(xlsx, out, "", marker, content);
    }

    /**
     * {@code xlsx} written to {@code out} with the first {@code marker} in its part {@code part} ("xl/styles.xml"; any
     * part, where empty) replaced by {@code content}.
     */
    static Path replacing(Path xlsx, Path out, String part, String marker, Content content) throws IOException {
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(xlsx)));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(entry.getName()));
                int at = replaced || !(part.isEmpty() || part.equals(entry.getName())) ? -1 : xml.indexOf(marker);
                if (at < 0) {
                    zip.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    replaced = true;
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    content.write(zip);
                    zip.write(xml.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        if (!replaced) {
            throw new IllegalArgumentException(xlsx + " holds no " + marker);
        }
        return out;
    }

    /**
     * {@code xlsx} written to {@code out} with the cell at {@code reference} on sheet part {@code part} (a shared
     * string, as POI writes one) made an inline string holding {@code text}, as the exported workbook writes cells.
     */
    static Path inline(Path xlsx, Path out, String part, String reference, String text) throws IOException {
        Pattern cell = Pattern.compile("<c r=\"" + reference + "\"( s=\"\\d+\")? t=\"s\"><v>\\d+</v></c>");
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(xlsx)));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals(part)) {
                    Matcher m = cell.matcher(xml);
                    replaced = m.find();
                    xml = m.replaceFirst(Matcher.quoteReplacement("<c r=\"" + reference + "\"" + (m.group(1) == null
                            ? "" : m.group(1)) + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + text
                            + "</t></is></c>"));
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        if (!replaced) {
            throw new IllegalArgumentException(part + " of " + xlsx + " has no shared-string cell " + reference);
        }
        return out;
    }

    /** {@code length} characters of letters with a number every 600, which compress about 80:1. */
    private static void write(OutputStream out, long length) throws IOException {
        Random random = new Random(7);
        StringBuilder piece = new StringBuilder(PIECE + 700);
        for (long left = length; left > 0; ) {
            piece.setLength(0);
            while (piece.length() < PIECE) {
                piece.append("x".repeat(600)).append(random.nextInt(100_000_000));
            }
            int n = (int) Math.min(left, piece.length());
            out.write(piece.substring(0, n).getBytes(StandardCharsets.UTF_8));
            left -= n;
        }
    }
}
