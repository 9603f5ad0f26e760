package io.github.actionplan.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * What a plan's language is written as: an IETF BCP 47 language tag ({@code cy}, {@code cy-GB}, {@code en-GB}), the
 * one definition the model's check and the JSON reader's share, as every format that marks a language (HTML's
 * {@code lang}, a PDF's {@code /Lang}, a DOCX run's {@code w:lang}) takes one.
 */
public final class LanguageTags {

    private LanguageTags() {}

    /**
     * {@code tag}, if it is a well-formed language tag led by a language's two- or three-letter ISO 639 code: BCP 47
     * allows a word of five to eight letters there too, and "Welsh" would be one, which no reader's tools know.
     *
     * @throws IllegalArgumentException saying why, and what a tag looks like, if it is not
     */
    public static String checked(String tag) {
        try {
            int language = tag.indexOf('-') < 0 ? tag.length() : tag.indexOf('-');
            if (language >= 2 && language <= 3) {
                new Locale.Builder().setLanguageTag(tag); // the rest of the tag, its script, region and variants
                return tag;
            }
        } catch (IllformedLocaleException e) { // the JDK's reason names the character at fault, not what is wanted
            // fall through to the one message
        }
        throw new IllegalArgumentException(Quote.single(tag) + " is not a language tag (IETF BCP 47), such as 'cy'"
                + " for Welsh, 'cy-GB' or 'en-GB'");
    }
}
