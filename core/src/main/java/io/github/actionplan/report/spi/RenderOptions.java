package io.github.actionplan.report.spi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Options for rendering a report. A value with defaults and a builder, so new options never
 * change {@link ReportRenderer#render}'s signature.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *         .pageSize(PageSize.A4)
 *         .addFont(Path.of("/usr/share/fonts/opentype/noto"))   // more glyphs for PDF
 *         .build();
 * }</pre>
 */
public final class RenderOptions {

    private static final System.Logger LOG = System.getLogger(RenderOptions.class.getName());
    private static final Consumer<String> LOG_WARNINGS = message -> LOG.log(System.Logger.Level.WARNING, message);
    private static final RenderOptions DEFAULTS = builder().build();

    private final PageSize pageSize;
    private final Locale locale;
    private final List<Path> fonts;
    private final Consumer<String> warnings;

    private RenderOptions(Builder builder) {
        this.pageSize = builder.pageSize;
        this.locale = builder.locale;
        this.fonts = List.copyOf(builder.fonts);
        this.warnings = builder.warnings;
    }

    /** A4, UK English, no extra fonts, warnings to the {@code System.Logger}. */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pageSize = pageSize;
        builder.locale = locale;
        builder.fonts.addAll(fonts);
        builder.warnings = warnings;
        return builder;
    }

    /** The paper size; A4 unless set. */
    public PageSize pageSize() {
        return pageSize;
    }

    /** The locale for anything a format localises itself (e.g. a spreadsheet's locale); UK unless set. */
    public Locale locale() {
        return locale;
    }

    /**
     * Extra font files or folders of font files, in the order to try them, for renderers that
     * embed fonts (PDF) and meet characters their own fonts lack.
     */
    public List<Path> fonts() {
        return fonts;
    }

    /**
     * Reports a problem that did not stop rendering, e.g. a character no font could draw and was
     * replaced. Goes to the handler set with {@link Builder#warnings(Consumer)}, by default to the
     * {@code System.Logger} at WARNING.
     */
    public void warn(String message) {
        warnings.accept(message);
    }

    /** Builds {@link RenderOptions}. */
    public static final class Builder {
        private PageSize pageSize = PageSize.A4;
        private Locale locale = Locale.UK;
        private final List<Path> fonts = new ArrayList<>();
        private Consumer<String> warnings = LOG_WARNINGS;

        private Builder() {}

        /** Sets the paper size. */
        public Builder pageSize(PageSize pageSize) {
            this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
            return this;
        }

        /** Sets the locale. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Adds a font file or a folder of font files to try after the renderer's own fonts. */
        public Builder addFont(Path fileOrFolder) {
            fonts.add(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
            return this;
        }

        /** Sets where warnings go, instead of the {@code System.Logger}. */
        public Builder warnings(Consumer<String> handler) {
            this.warnings = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** The options. */
        public RenderOptions build() {
            return new RenderOptions(this);
        }
    }
}
