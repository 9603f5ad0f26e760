package io.github.actionplan.report.spi;

import io.github.actionplan.report.Report;
import io.github.actionplan.report.ReportText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Options for rendering a report. A value with defaults and a builder, so new options never
 * change {@link ReportRenderer#render}'s signature.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *         .pageSize(PageSize.A4)
 *         .logo(Logo.read(Path.of("logo.png"), "Anyshire Fire and Rescue Service"))
 *         .runningFooter("OFFICIAL")
 *         .addFont(Path.of("/usr/share/fonts/opentype/noto"))   // more glyphs for PDF
 *         .build();
 * }</pre>
 */
public final class RenderOptions {

    private static final System.Logger LOG = System.getLogger(RenderOptions.class.getName());
    private static final Consumer<String> LOG_WARNINGS = message -> LOG.log(System.Logger.Level.WARNING, message);
    private static final RenderOptions DEFAULTS = builder().build();

    private final PageSize pageSize;
    private final List<Path> fonts;
    private final Consumer<String> warnings;
    private final Optional<Logo> logo;
    private final Optional<String> runningHeader;
    private final String runningFooter;

    private RenderOptions(Builder builder) {
        this.pageSize = builder.pageSize;
        this.fonts = List.copyOf(builder.fonts);
        this.warnings = builder.warnings;
        this.logo = builder.logo;
        this.runningHeader = builder.runningHeader;
        this.runningFooter = builder.runningFooter;
    }

    /** A4, no extra fonts, no logo, the title as running header, warnings to the {@code System.Logger}. */
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
        builder.fonts.addAll(fonts);
        builder.warnings = warnings;
        builder.logo = logo;
        builder.runningHeader = runningHeader;
        builder.runningFooter = runningFooter;
        return builder;
    }

    /** The paper size; A4 unless set. */
    public PageSize pageSize() {
        return pageSize;
    }

    /** The service's logo, drawn at the top of the first page or sheet; none unless set. */
    public Optional<Logo> logo() {
        return logo;
    }

    /**
     * The text at the top of every page of a paged format (DOCX, PDF, a spreadsheet's printed
     * pages): the one set with {@link Builder#runningHeader(String)}, else the report's title. A
     * format without pages (HTML, Markdown) shows it once, at the top, above the title; it may leave
     * out the default, which only repeats the title.
     */
    public String runningHeader(Report report) {
        return runningHeader.orElse(report.title());
    }

    /**
     * The running header set with {@link Builder#runningHeader(String)}, where one was: what a format without pages
     * that leaves out the default shows, rather than telling the default from a header set by comparing it with the
     * title (trial 57 F6).
     */
    public Optional<String> runningHeaderSet() {
        return runningHeader;
    }

    /**
     * The text at the foot of every page of a paged format, before the page number, e.g.
     * "OFFICIAL"; empty unless set. A format without pages shows it once, at the end. It is often a
     * protective marking ("OFFICIAL-SENSITIVE"), so no format leaves it out; the renderer contract
     * kit checks that it is shown.
     */
    public String runningFooter() {
        return runningFooter;
    }

    /**
     * The page number as every paged format writes it at the foot of the page: "Page 3 of 12".
     * A format whose reader counts the pages (DOCX fields) writes the same words around its fields:
     * {@link #PAGE_NUMBER_WORDS}.
     */
    public static String pageNumber(int page, int pages) {
        return PAGE_NUMBER_WORDS.get(0) + page + PAGE_NUMBER_WORDS.get(1) + pages;
    }

    /** The words around the page number and the page count: "Page " and " of ". */
    public static final List<String> PAGE_NUMBER_WORDS = List.of("Page ", " of ");

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
        private final List<Path> fonts = new ArrayList<>();
        private Consumer<String> warnings = LOG_WARNINGS;
        private Optional<Logo> logo = Optional.empty();
        private Optional<String> runningHeader = Optional.empty();
        private String runningFooter = "";

        private Builder() {}

        /** Sets the paper size. */
        public Builder pageSize(PageSize pageSize) {
            this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
            return this;
        }

        /** Shows the service's logo at the top of the first page or sheet. */
        public Builder logo(Logo logo) {
            this.logo = Optional.of(Objects.requireNonNull(logo, "logo"));
            return this;
        }

        /** Sets the text at the top of every page, instead of the report's title. */
        public Builder runningHeader(String text) {
            this.runningHeader = Optional.of(ReportText.clean(Objects.requireNonNull(text, "text")));
            return this;
        }

        /** Sets the text at the foot of every page, before the page number, e.g. "OFFICIAL". */
        public Builder runningFooter(String text) {
            this.runningFooter = ReportText.clean(Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Adds a font file or a folder of font files to try after the renderer's own fonts. It is read when a render
         * first needs a character the renderer's own fonts lack, not here: a path that does not exist, or is no font,
         * is a warning of that render's ({@link #warnings}), and the character is drawn as U+FFFD.
         */
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
