package io.github.actionplan.examples.cli;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.spi.RenderOptions;
import io.github.actionplan.report.spi.ReportRenderer;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renderer plugins that go wrong as real ones do, listed in a services file of a test folder. */
final class BrokenRenderers {

    private BrokenRenderers() {}

    /** A renderer whose constructor fails, as one missing its font would. */
    public static final class NoFontRenderer extends Stub {
        public NoFontRenderer() {
            super("pdf");
            throw new IllegalStateException("no fonts installed", new FileNotFoundException("fonts/DejaVuSans.ttf"));
        }
    }

    /** A second renderer claiming "md", beside the Markdown example. */
    public static final class SecondMarkdownRenderer extends Stub {
        public SecondMarkdownRenderer() {
            super("md");
        }
    }

    /** Writes its format's name. */
    abstract static class Stub implements ReportRenderer {
        private final String format;

        Stub(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return format;
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
            out.write(format.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    /** A class loader over the test class path that also lists {@code renderers} in META-INF/services. */
    static URLClassLoader listing(Path folder, Class<?>... renderers) throws IOException {
        Path services = folder.resolve("META-INF/services/" + ReportRenderer.class.getName());
        Files.createDirectories(services.getParent());
        StringBuilder names = new StringBuilder();
        for (Class<?> renderer : renderers) {
            names.append(renderer.getName()).append('\n');
        }
        Files.writeString(services, names);
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, BrokenRenderers.class.getClassLoader());
    }
}
