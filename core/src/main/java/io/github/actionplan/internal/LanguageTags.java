package io.github.actionplan.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan's language is written as: an IETF BCP 47 language tag ({@code cy}, {@code cy-GB}, {@code en-GB}), the
 * one definition the model's check and the JSON reader's share, as every format that marks a language (HTML's
 * {@code lang}, a PDF's {@code /Lang}, a DOCX run's {@code w:lang}) takes one. A tag a reader's tools do not know is
 * no better than none: a screen reader keeps its voice, and axe fails every element marked with it.
 */
public final class LanguageTags {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    /** The languages with ISO 639-1 codes, which a tag must use (RFC 5646 2.2.1), by their three-letter codes. */
    private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();

    /** Codes that name no one language: undetermined, several, none, and one without a code. */
    private static final Set<String> NO_ONE_LANGUAGE = Set.of("und", "mul", "zxx", "mis");

    /**
     * The tag last found good: every paragraph, label and cell of a plan's texts carries its one tag and checks it,
     * some 100,000 in a national plan, a parse of a microsecond or two each.
     */
    private static volatile String lastChecked;

    private static final String EXAMPLES = "such as 'cy' for Welsh, 'cy-GB' or 'en-GB'";

    private LanguageTags() {}

    /**
     * {@code tag}, if it is a well-formed language tag led by a language's code, the two-letter ISO 639-1 code where
     * the language has one, else a three-letter one (BCP 47 allows a word of five to eight letters there too, and
     * "Welsh" would be one, which no reader's tools know), with no subtag before its extensions repeated.
     *
     * @throws IllegalArgumentException saying why, and what a tag looks like or the tag meant, if it is not
     */
    public static String checked(String tag) {
        if (tag.equals(lastChecked)) {
            return tag;
        }
        Optional<String> problem = problem(tag);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(Quote.single(tag) + problem.get());
        }
        lastChecked = tag;
        return tag;
    }

    /** What is wrong with {@code tag}, after its quoted text; none if it is a tag. */
    private static Optional<String> problem(String tag) {
        if (!wellFormed(tag)) {
            String dashed = tag.replace('_', '-');
            return Optional.of(!dashed.equals(tag) && wellFormed(dashed) && known(dashed)
                    ? " is not a language tag (IETF BCP 47), whose parts are joined by '-': " + Quote.single(dashed)
                    : " is not a language tag (IETF BCP 47), " + EXAMPLES);
        }
        String language = language(tag).toLowerCase(Locale.ROOT);
        if (NO_ONE_LANGUAGE.contains(language)) {
            return Optional.of(" names no one language, so it marks nothing a reader's tools can use: give the"
                    + " language the texts are written in, " + EXAMPLES + ", or leave it out for British English");
        }
        if (TWO_LETTER_CODES.containsKey(language)) {
            String meant = TWO_LETTER_CODES.get(language) + tag.substring(language.length());
            return Optional.of(" names " + name(meant) + " by its three-letter code; a language tag (IETF BCP 47)"
                    + " takes its two-letter one: " + Quote.single(meant));
        }
        return known(tag) ? Optional.empty() : Optional.of(" is not a language tag (IETF BCP 47): "
                + Quote.single(language) + " is no language's code; give one " + EXAMPLES);
    }

    /** Whether {@code tag} is written as BCP 47 orders a tag, led by a code of two or three letters. */
    private static boolean wellFormed(String tag) {
        int length = language(tag).length();
        if (length < 2 || length > 3) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag); // the rest of the tag, its script, region and variants
        } catch (IllformedLocaleException e) {
            return false;
        }
        Set<String> subtags = new HashSet<>();
        for (String subtag : tag.toLowerCase(Locale.ROOT).split("-")) {
            if (subtag.length() == 1) { // an extension's or private use's: their subtags are theirs
                break;
            }
            if (!subtags.add(subtag)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the language {@code tag} starts with is one ISO 639 gives a code: any of three letters passes. */
    private static boolean known(String tag) {
        String language = language(tag).toLowerCase(Locale.ROOT);
        return language.length() == 3 || ISO_639_1.contains(language);
    }

    /** The language a tag names, its first subtag: {@code cy} of {@code cy-GB}. */
    public static String language(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** The language's English name: "Welsh". */
    private static String name(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.UK);
    }

    /**
     * The two-letter codes by the three-letter ones that name the same language: ISO 639-2's terminology codes, as
     * the JDK gives them ({@code cym}), and its twenty bibliographic ones that differ ({@code wel}).
     */
    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            try {
                codes.put(Locale.of(code).getISO3Language(), code);
            } catch (MissingResourceException e) {
                // a code the JDK knows no three-letter one for
            }
        }
        String[] bibliographic = {"alb", "sq", "arm", "hy", "baq", "eu", "bur", "my", "chi", "zh", "cze", "cs", "dut",
            "nl", "fre", "fr", "geo", "ka", "ger", "de", "gre", "el", "ice", "is", "mac", "mk", "mao", "mi", "may",
            "ms", "per", "fa", "rum", "ro", "slo", "sk", "tib", "bo", "wel", "cy"};
        for (int i = 0; i < bibliographic.length; i += 2) {
            codes.put(bibliographic[i], bibliographic[i + 1]);
        }
        return Map.copyOf(codes);
    }
}
