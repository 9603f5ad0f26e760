package io.github.actionplan.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values as messages quote them: one readable line, whatever the value holds. A plan's text may
 * be a megabyte long or hold line breaks and control characters, and a number may be written as
 * {@code 1e999999999}: a message shows at most {@value #SHOWN} characters of either, so no problem
 * report can grow with the input.
 */
public final class Quote {

    /** The most characters of a value a message shows. */
    public static final int SHOWN = 40;

    /**
     * The most characters of a name (an owner's, an author's) a message shows: more than any real name has, so that
     * a name is shown whole, to be checked or copied into an email, where {@value #SHOWN} cut "Group Manager Prevention
     * – Rhys Llewellyn" to look like a typo (run 114 #2), and one of pages is not.
     */
    public static final int NAME_SHOWN = 100;

    private Quote() {}

    /**
     * Words as messages list them: {@code a}, {@code a and b}, {@code a, b and c}, joined by {@code conjunction}
     * ({@code "and"}, {@code "or"}) before the last.
     */
    public static String listed(List<String> words, String conjunction) {
        return words.size() == 1 ? words.get(0) : String.join(", ", words.subList(0, words.size() - 1)) + " "
                + conjunction + " " + words.get(words.size() - 1);
    }

    /**
     * The first {@code most} of {@code items} between commas, then how many more there are ("1.1, 1.2 and 18,998
     * more"): a line naming thousands would be hundreds of kilobytes long.
     */
    public static String first(List<String> items, int most) {
        return String.join(", ", items.subList(0, Math.min(items.size(), most))) + (items.size() > most
                ? " and " + grouped(items.size() - most) + " more" : "");
    }

    /** A count as messages and reports write one: 20,000. */
    public static String grouped(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    /**
     * Names as a message lists them, each quoted as {@link #singleName} quotes one: the first {@code most}, then how
     * many others ("'A', 'B' and 3 others", "and 1 other"), as a national roll-up may have hundreds of owners.
     */
    public static String firstNamed(List<String> names, int most) {
        List<String> named = new java.util.ArrayList<>(names.stream().limit(most).map(Quote::singleName).toList());
        if (names.size() > most) {
            named.add((names.size() - most) + (names.size() - most == 1 ? " other" : " others"));
        }
        return named.isEmpty() ? "none" : listed(named, "and");
    }

    /**
     * Whether {@code c} acts rather than shows: a C0 or C1 control (an escape, a carriage return), or a format
     * character (a direction mark or override, a zero-width space, a soft hyphen) other than the zero-width joiner
     * that emoji are made with, or a filler that shows nothing ({@link Spacing#isFiller}: "Protection" and a Hangul
     * filler read as "Protection "). Messages and the command line show each by its code, {@code <U+202E>}.
     */
    public static boolean isHidden(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != 0x200D
                || Spacing.isFiller(c);
    }

    /** A character by its code, as messages name one: {@code U+202E}. */
    public static String code(int c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", c);
    }

    /** Whose, as English writes it of a name: "Protection's", "Professional Standards'". */
    public static String possessive(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }

    /** {@code 'text'}, shortened and made one line: the way most messages quote a plan's text. */
    public static String single(String text) {
        return "'" + shown(text) + "'";
    }

    /** A name as {@link #shown(String)} shows a text, shortened only past {@value #NAME_SHOWN} characters. */
    public static String name(String name) {
        return shown(name, NAME_SHOWN);
    }

    /** {@code 'name'}, as {@link #name(String)} shows it. */
    public static String singleName(String name) {
        return "'" + name(name) + "'";
    }

    /** {@code "text"}, shortened and made one line: the way messages quote a JSON string value. */
    public static String json(String text) {
        return '"' + shown(text) + '"';
    }

    /**
     * A number as written plainly where that is short ({@code 62.5}, {@code 120}), else in
     * scientific notation ({@code 1E+999999999}); never expanded to its digits, so a huge or tiny
     * exponent costs nothing.
     */
    public static String number(BigDecimal number) {
        // The plain form's length, judged from precision and scale without building it.
        long plainLength = Math.max(number.precision(), (long) number.precision() - number.scale())
                + Math.max(0, number.scale());
        return shown(plainLength <= SHOWN ? number.toPlainString() : number.toString());
    }

    /**
     * The text shortened to {@value #SHOWN} characters (code points) with an ellipsis, line breaks
     * written {@code \n}, and other characters that show as nothing or as another (control
     * characters, a lone surrogate, spaces other than the ASCII one, a zero-width space) as
     * {@code <U+00A0>}: {@code 'AFI<U+00A0>1'} and {@code 'AFI 1'}, not two refs that read the same.
     */
    public static String shown(String text) {
        return shown(text, SHOWN);
    }

    /**
     * The text as {@link #shown(String)} shows it, shortened to {@code most} characters instead: for a summary line
     * that is the text's only showing, such as a sub-action an import added.
     */
    public static String shown(String text, int most) {
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            if (count == most) {
                return shown.append('…').toString();
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            count++;
            if (c == '\n') {
                shown.append("\\n");
            } else if (isHidden(c) || Character.getType(c) == Character.SURROGATE || c != ' ' && Spacing.isSpace(c)) {
                shown.append('<').append(code(c)).append('>');
            } else {
                shown.appendCodePoint(c);
            }
        }
        return shown.toString();
    }
}
