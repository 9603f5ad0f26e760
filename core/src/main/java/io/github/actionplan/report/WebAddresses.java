package io.github.actionplan.report;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one grammar of web addresses in narrative text, after GFM's autolink extension: an address
 * starts with {@code http://} or {@code https://} at the start of a span or after a space or one of
 * {@code *_~([{<"'}, goes on to the next space or {@code <}, {@code >} or {@code "}, and leaves
 * out trailing punctuation ({@code ?!.,:;*_~'}), an entity such as {@code &amp;} at its end, and
 * closing brackets it has not opened; its host is dot-separated words of letters, digits, hyphens
 * and underscores, with at least one dot and no underscore in its last two words. CommonMark's
 * {@code <https://...>} is found the same way, its angle brackets staying text as typed. No other
 * scheme is ever a link, nor an address longer than {@link Inline.Span#MOST_LINK_CHARACTERS} once encoded, which no
 * browser or server takes and which a PDF would repeat in full on every line it fills.
 */
final class WebAddresses {

    private static final String STARTS_AFTER = "*_~([{<\"'";
    private static final String TRAILING = "?!.,:;*_~'";
    private static final String CLOSING = ")]}";
    private static final String OPENING = "([{";
    /** ASCII characters a URI holds as they are: RFC 3986's unreserved and reserved ones. */
    private static final String URI_CHARACTERS = "-._~:/?#[]@!$&'()*+,;=";

    private WebAddresses() {}

    /**
     * The inlines with every web address in their spans made a link span of its own, in the span's
     * style; a span already a link, and a line break, are kept as they are.
     */
    static List<Inline> linked(List<Inline> inlines) {
        List<Inline> linked = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Span span && span.link().isEmpty()) {
                split(span, linked);
            } else {
                linked.add(inline);
            }
        }
        return linked;
    }

    private static void split(Inline.Span span, List<Inline> out) {
        String text = span.text();
        int from = 0; // the start of text not yet given out
        int at = 0;
        while ((at = nextScheme(text, at)) >= 0) {
            int start = at;
            int hostStart = start + (text.charAt(start + 4) == ':' ? 7 : 8);
            int hostEnd = hostEnd(text, hostStart);
            at = Math.max(start + 1, hostEnd); // no later address starts inside this one's host
            if (!startsAfter(text, start) || hostEnd == hostStart) {
                continue;
            }
            int end = end(text, hostEnd);
            end = trimmed(text, start, end);
            Optional<String> target = target(text.substring(start, end), hostStart - start);
            if (target.isEmpty()) {
                continue;
            }
            if (start > from) {
                out.add(span.withText(text.substring(from, start)));
            }
            out.add(new Inline.Span(text.substring(start, end), span.emphasis(), span.strong(), target));
            from = end;
            at = end;
        }
        if (from == 0) {
            out.add(span);
        } else if (from < text.length()) {
            out.add(span.withText(text.substring(from)));
        }
    }

    /** Where the next {@code http://} or {@code https://} in {@code text} starts, any case, or -1. */
    private static int nextScheme(String text, int from) {
        for (int i = from, n = text.length() - 7; i <= n; i++) {
            char c = text.charAt(i);
            if ((c == 'h' || c == 'H') && (text.regionMatches(true, i, "http://", 0, 7)
                    || i < n && text.regionMatches(true, i, "https://", 0, 8))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsAfter(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return Character.isWhitespace(before) || Character.isSpaceChar(before) || STARTS_AFTER.indexOf(before) >= 0;
    }

    /** The end of the run of host characters (letters, digits, {@code -_.}) from {@code from}. */
    private static int hostEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** The end of the address before trailing punctuation is left out: the next space or {@code <>"}. */
    private static int end(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || c == '<' || c == '>' || c == '"') {
                break;
            }
            i++;
        }
        return i;
    }

    /** {@code end} moved back over trailing punctuation, a trailing entity and unopened closing brackets. */
    private static int trimmed(String text, int start, int end) {
        int[] unclosed = new int[CLOSING.length()]; // opened less closed, per kind of bracket
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int opening = OPENING.indexOf(c);
            int closing = CLOSING.indexOf(c);
            if (opening >= 0) {
                unclosed[opening]++;
            } else if (closing >= 0) {
                unclosed[closing]--;
            }
        }
        while (end > start) {
            char last = text.charAt(end - 1);
            int closing = CLOSING.indexOf(last);
            if (closing >= 0 && unclosed[closing] < 0) {
                unclosed[closing]++;
                end--;
            } else if (last == ';' && entityStart(text, start, end) >= 0) {
                end = entityStart(text, start, end);
            } else if (TRAILING.indexOf(last) >= 0) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /** Where an entity such as {@code &amp;} ending at {@code end} starts, or -1. */
    private static int entityStart(String text, int start, int end) {
        int i = end - 1; // the ';'
        while (i > start && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i > start && i < end - 1 && text.charAt(i - 1) == '&' ? i - 1 : -1;
    }

    /**
     * The URI {@code address} links to, its host in ASCII and every other character outside URIs
     * percent-encoded as UTF-8; empty if its host is no valid host or the address no valid URI.
     */
    private static Optional<String> target(String address, int hostStart) {
        int hostEnd = hostStart;
        while (hostEnd < address.length() && "/?#:".indexOf(address.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = address.substring(hostStart, hostEnd);
        if (!validHost(host)) {
            return Optional.empty();
        }
        StringBuilder target = new StringBuilder(address.length() + 16);
        target.append(address, 0, hostStart);
        try {
            target.append(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (int i = hostEnd; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean escape = c == '%' && i + 2 < address.length() && hex(address.charAt(i + 1))
                    && hex(address.charAt(i + 2));
            if (c < 0x80 && (Character.isLetterOrDigit(c) || URI_CHARACTERS.indexOf(c) >= 0 || escape)) {
                target.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < address.length() ? i + 2 : i + 1;
                for (byte b : address.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    target.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
                i = end - 1;
            }
        }
        if (target.length() > Inline.Span.MOST_LINK_CHARACTERS) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(target.toString());
            return uri.getHost() == null ? Optional.empty() : Optional.of(target.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    /** Dot-separated words, none empty, at least two, with no underscore in the last two. */
    private static boolean validHost(String host) {
        String[] words = host.split("\\.", -1);
        if (words.length < 2) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || i >= words.length - 2 && words[i].indexOf('_') >= 0) {
                return false;
            }
        }
        return true;
    }
}
