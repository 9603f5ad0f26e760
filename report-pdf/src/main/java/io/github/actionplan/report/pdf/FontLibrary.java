package io.github.actionplan.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fonts the renderer can draw with, read once per JVM.
 *
 * <p>Bundled, from Maven Central: Liberation Sans (SIL OFL 1.1, from openpdf-fonts-extra) for
 * text, and DejaVu Sans (Bitstream Vera licence, from jasperreports-fonts) for the characters
 * Liberation lacks: symbols and dingbats (✓ ✗ ★ ⚠), arrows, the emoticons block, Armenian,
 * Georgian, Hebrew, basic Arabic, and U+FFFD itself. Both licences allow embedding. No CJK font on
 * Maven Central could be found with such a licence and a reasonable size, so CJK text needs a font
 * the user adds with {@code RenderOptions.Builder.addFont} (for example Debian's fonts-noto-cjk).
 */
final class FontLibrary {

    /** The four faces of a family, in {@link TextStyle} order. */
    private static final String[] LIBERATION = {
        "liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
        "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"};
    private static final String[] DEJAVU = {
        "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf", "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf",
        "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf",
        "net/sf/jasperreports/fonts/dejavu/DejaVuSans-BoldOblique.ttf"};

    /** {@code NotoSansCJK-Regular.ttc,2}: one face of a collection. */
    private static final Pattern COLLECTION_FACE = Pattern.compile("(?i)(.*\\.ttc),(\\d+)");

    private static final Map<String, SoftReference<FontProgram>> USER_FONTS = new ConcurrentHashMap<>();

    private FontLibrary() {}

    /** Initialised on first use, so a JVM that never renders a PDF reads no font. */
    private static final class Bundled {
        static final List<FontProgram> LIBERATION_FACES = readFamily(LIBERATION);
        static final List<FontProgram> DEJAVU_FACES = readFamily(DEJAVU);
    }

    /** Liberation Sans in {@code style}. */
    static FontProgram liberation(TextStyle style) {
        return Bundled.LIBERATION_FACES.get(style.ordinal());
    }

    /** DejaVu Sans in {@code style}. */
    static FontProgram dejaVu(TextStyle style) {
        return Bundled.DEJAVU_FACES.get(style.ordinal());
    }

    /** Whether a bundled font has a glyph for {@code codePoint}. */
    static boolean bundledCovers(int codePoint) {
        for (TextStyle style : TextStyle.values()) {
            if (liberation(style).covers(codePoint) || dejaVu(style).covers(codePoint)) {
                return true;
            }
        }
        return false;
    }

    private static List<FontProgram> readFamily(String[] resources) {
        List<FontProgram> faces = new ArrayList<>();
        for (TextStyle style : TextStyle.values()) {
            String resource = resources[style.ordinal()];
            try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font resource " + resource + " is not on the class path");
                }
                String file = resource.substring(resource.lastIndexOf('/') + 1);
                faces.add(FontProgram.read(file, resource, in.readAllBytes(), 0, style.bold(), style.italic()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled font " + resource, e);
            }
        }
        return List.copyOf(faces);
    }

    /**
     * The fonts a user added, in the order given: each path a font file ({@code .ttf},
     * {@code .otf}, {@code .ttc} whose first face is used, or {@code file.ttc,N} for face N) or a
     * folder searched for such files, in name order. A file that cannot be used is reported to
     * {@code warn} and skipped.
     */
    static List<FontProgram> userFonts(List<Path> paths, Consumer<String> warn) {
        List<FontProgram> fonts = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).filter(FontLibrary::isFontFile).sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    warn.accept("PDF: cannot list the font folder " + path + " (" + e.getMessage() + "); skipped.");
                    continue;
                }
                if (files.isEmpty()) {
                    warn.accept("PDF: the font folder " + path + " has no .ttf, .otf or .ttc files.");
                }
                for (Path file : files) {
                    load(file, 0, warn, fonts);
                }
            } else {
                Matcher face = COLLECTION_FACE.matcher(path.toString());
                if (!Files.exists(path) && face.matches()) {
                    load(Path.of(face.group(1)), Integer.parseInt(face.group(2)), warn, fonts);
                } else {
                    load(path, 0, warn, fonts);
                }
            }
        }
        return fonts;
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc");
    }

    private static void load(Path file, int face, Consumer<String> warn, List<FontProgram> fonts) {
        String source = file + (face > 0 ? "," + face : "");
        if (!Files.exists(file)) { // a folder mistyped is no file of another kind (run 84 #7)
            warn.accept("PDF: the font file or folder " + source + " does not exist; skipped.");
            return;
        }
        if (!isFontFile(file)) {
            warn.accept("PDF: " + source + " is not a .ttf, .otf or .ttc font file; skipped.");
            return;
        }
        if (!Files.isRegularFile(file)) {
            warn.accept("PDF: the font file " + source + " is not a file; skipped.");
            return;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // A changed file is read again; an unchanged one is shared, and dropped under memory pressure.
            String key = file.toAbsolutePath().normalize() + "," + face + "," + attributes.size() + ","
                    + attributes.lastModifiedTime().toMillis();
            SoftReference<FontProgram> cached = USER_FONTS.get(key);
            FontProgram program = cached == null ? null : cached.get();
            if (program == null) {
                program = FontProgram.read(file.getFileName().toString(), source, Files.readAllBytes(file), face);
                USER_FONTS.put(key, new SoftReference<>(program));
            }
            fonts.add(program);
        } catch (IOException e) {
            warn.accept("PDF: cannot use the font " + source + ": " + e.getMessage() + "; skipped.");
        }
    }
}
