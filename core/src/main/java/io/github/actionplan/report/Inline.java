package io.github.actionplan.report;

import io.github.actionplan.internal.Quote;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A piece of a paragraph: a span of text, or a line break. */
public sealed interface Inline {

    /**
     * A run of text in one style, possibly a link.
     *
     * <p>A renderer that knows no links draws a link's text like any other span: its text is the
     * address as written, so nothing is lost.
     *
     * @param text     the text; never markup
     * @param emphasis shown in italics ({@code *text*} in the source)
     * @param strong   shown in bold ({@code **text**} in the source)
     * @param link     the web address the text links to, an absolute {@code http} or {@code https}
     *                 URI with a host, every character in it ASCII, of at most {@link #MOST_LINK_CHARACTERS};
     *                 empty for text that is no link
     */
    record Span(String text, boolean emphasis, boolean strong, Optional<String> link) implements Inline {

        /**
         * The longest link, 2,048 characters: longer than browsers and servers take, an "address" is text, not a link
         * (a PDF writes a link's address in full once for each line its text fills).
         */
        public static final int MOST_LINK_CHARACTERS = 2_048;

        /**
         * Checks that a link is an http or https address.
         *
         * @throws IllegalArgumentException if {@code link} is not an absolute http or https URI with a host
         */
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(link, "link");
            link.ifPresent(Span::requireWebAddress);
        }

        /** A span that is no link. */
        public Span(String text, boolean emphasis, boolean strong) {
            this(text, emphasis, strong, Optional.empty());
        }

        /** A span in the normal style. */
        public static Span plain(String text) {
            return new Span(text, false, false);
        }

        /** This span with {@code text} in its place, in the same style and linking to the same address. */
        public Span withText(String text) {
            return new Span(text, emphasis, strong, link);
        }

        private static void requireWebAddress(String link) {
            String problem = null;
            try {
                URI uri = new URI(link);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    problem = "its scheme is not http or https";
                } else if (uri.getHost() == null) {
                    problem = "it names no host";
                } else if (!link.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                    problem = "it holds a character that is not printable ASCII";
                } else if (link.length() > MOST_LINK_CHARACTERS) {
                    problem = String.format(Locale.ROOT, "it is %,d characters long, more than %,d", link.length(),
                            MOST_LINK_CHARACTERS);
                }
            } catch (URISyntaxException e) {
                problem = e.getReason() + " at index " + e.getIndex();
            }
            if (problem != null) {
                throw new IllegalArgumentException("A link must be an absolute http or https address, but "
                        + problem + ": " + Quote.single(link));
            }
        }
    }

    /** A line break inside a paragraph. */
    record LineBreak() implements Inline {}
}
