package io.github.actionplan.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as space in a plan's text: the one definition for blank text and for the spacing the
 * grammar of timescales and reporting periods reads as one space. It is the shipped schema's, whose
 * {@code pattern}s are ECMAScript regular expressions: ECMAScript's white space and line ends, so the
 * ASCII ones, every Unicode space separator (the no-break space that text copied from Word or Excel
 * brings among them), the line and paragraph separators and the byte order mark. Java's own
 * {@code isBlank} and {@code \s} differ from it both ways (a no-break space is not blank to Java, a
 * file separator is), and a plan the reader takes must be one every JSON Schema validator takes.
 */
public final class Spacing {

    /**
     * A regular-expression class of every space character, as both Java and ECMAScript read it: the schema
     * spells it out ({@code SchemaTest} holds the two the same), since each language's {@code \s} is its own, its
     * characters written as themselves, not as {@code \}{@code u} escapes, which Perl and PCRE read otherwise.
     */
    public static final String SPACE = "[\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f"
            + "\\u205f\\u3000\\ufeff]";

    /**
     * A regular-expression class of the invisible format characters a ref or id may not hold, as both Java and
     * ECMAScript read it: Unicode's format characters (Cf) of the Basic Multilingual Plane, such as a zero-width space,
     * joiner or no-break space, a soft hyphen, a direction mark or override, and the other characters it ignores by
     * default that are no mark on a letter (the combining grapheme joiner, Hangul's fillers, Khmer's inherent vowels;
     * run 103 #2): "R1" with a zero-width space in it shows as "R1" in every report, and is not found as it. The
     * schema's {@code reference} holds the same characters, written as themselves so that every regular-expression
     * engine reads them alike ({@code SchemaTest} holds the two the same).
     */
    public static final String INVISIBLE = "[\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891"
            + "\\u08e2\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064"
            + "\\u2066-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb]";
    private static final Pattern INVISIBLE_CHARACTER = Pattern.compile(INVISIBLE);
    /** A hyphen and the spaces either side of it. */
    private static final Pattern AROUND_HYPHEN = Pattern.compile("\\s*-\\s*");

    private Spacing() {}

    /**
     * Whether {@code c} is one of the characters of {@link #INVISIBLE} that is no format character: letters and a
     * mark that show nothing (Hangul's fillers, Khmer's inherent vowels, the combining grapheme joiner).
     */
    public static boolean isFiller(int c) {
        return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c == 0x3164 || c == 0xFFA0;
    }

    /** The first character of {@code text} in {@link #INVISIBLE}, if it holds one. */
    public static Optional<Character> invisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u00ad') { // the first the class holds: a name in ASCII needs no search
                Matcher found = INVISIBLE_CHARACTER.matcher(text).region(i, text.length());
                return found.find() ? Optional.of(text.charAt(found.start())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} is one line, as a name (a ref, an id, an owner) must be: no line break, the line and
     * paragraph separators U+2028 and U+2029 among them, nor other C0 or C1 control character, as the schema's
     * {@code reference} and {@code name} say.
     */
    public static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) { // a loop, not a stream: every id and ref is checked
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is a space. */
    public static boolean isSpace(int c) {
        return Character.getType(c) == Character.SPACE_SEPARATOR || c == '\t' || c == '\n' || c == 0x0B
                || c == '\f' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
    }

    /** Whether {@code text} holds nothing but spaces. */
    public static boolean isBlank(String text) {
        return text.chars().allMatch(Spacing::isSpace);
    }

    /** {@code text} without the spaces around it, each run of spaces within it one ASCII space. */
    public static String collapsed(String text) {
        // A loop, not the regular expressions: the reader collapses every ref and id, and most need no change.
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int first = start;
        while (first < end && !(isSpace(text.charAt(first)) && (text.charAt(first) != ' '
                || isSpace(text.charAt(first + 1))))) {
            first++;
        }
        if (first == end) {
            return start == 0 && end == text.length() ? text : text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start).append(text, start, first);
        for (int i = first; i < end; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /**
     * {@code text} {@linkplain #collapsed(String) collapsed}, its accents composed (NFC), its dashes {@linkplain
     * #hyphenated(String) as hyphens} with no space either side, and in lower case: how two names or two timescales
     * are told to be the same words, as a person reads them, whatever their spacing, case, the codes their accents are
     * stored in ("â" one character, or "a" and an accent, as a Mac types it: run 90 #3) or the dash between them (Word
     * makes " - " typed " – ": run 110 #6).
     */
    public static String folded(String text) {
        return dashesFolded(composed(collapsed(text))).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} with each dash {@linkplain #hyphenated(String) as a hyphen}, and no space either side of it: spaced
     * or not, as an em dash is written without spaces, and typed as a hyphen with them (run 113 #5).
     */
    public static String dashesFolded(String text) {
        String hyphenated = hyphenated(text);
        return hyphenated.indexOf('-') < 0 ? hyphenated : AROUND_HYPHEN.matcher(hyphenated).replaceAll("-");
    }

    /**
     * {@code text} with each dash and hyphen Unicode has besides the keyboard's (U+2010 to U+2015, from the hyphen
     * and non-breaking hyphen to the en and em dashes, and the minus sign) as the keyboard's '-'. Text with none, as
     * most is, is returned as it is.
     */
    public static String hyphenated(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                out = out == null ? new StringBuilder(text) : out;
                out.setCharAt(i, '-');
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code text} with each letter and the accents typed after it as one character where Unicode has one (NFC): "a"
     * and U+0302 as "â", as a Mac may type it. Text already so, as most is, is returned as it is.
     */
    public static String composed(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text,
                Normalizer.Form.NFC);
    }
}
