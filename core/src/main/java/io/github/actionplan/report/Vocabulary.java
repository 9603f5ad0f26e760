package io.github.actionplan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed words a template writes (headings, labels, column headers, captions), each known by
 * its standard text, and the user's replacements for them. A replacement may use the same
 * placeholders as the standard text, e.g. {@code "{item}"} in "Status of {item}".
 */
final class Vocabulary {

    static final String KEY_FACTS = "Key facts";
    static final String FACT = "Fact";
    static final String DETAIL = "Detail";
    static final String ORGANISATION = "Organisation";
    static final String REPORTING_DATE = "Reporting date";
    static final String REPORTING_PERIOD = "Reporting period";
    static final String SOURCE = "Source";
    static final String ITEMS = "Items";
    static final String OVERALL_PROGRESS = "Overall progress";
    static final String UNREPORTED_AS_ZERO = "{progress}, counting as 0% the {count} of {items} items with no progress"
            + " reported";
    static final String NONE_REPORTED = "{progress}, as none of the {items} items has progress reported";
    static final String NOT_REPORTED = "Not reported";
    static final String SUMMARY_TITLE = "Status as of {date}";
    /** The status summary's sentence of its counts, under its chart: "Of 5 items: 0 On track, ... and 1 Complete." */
    static final String COUNTS = "Of {count} items: {counts}.";
    static final String COUNTS_OF_ONE = "Of 1 item: {counts}.";
    /** The last of a list joined to the rest: "0 At risk, 4 Off track and 1 Complete", "A, B and C". */
    static final String AND = "{list} and {last}";
    static final String DUE_BY_ACTIONS = "set by its actions";
    static final String ORIGINALLY = "originally {timescale}";
    static final String STATUS = "Status";
    static final String SHARE = "Share";
    static final String TOTAL = "Total";
    static final String LEGEND_TITLE = "Key to BRAG ratings";
    static final String BRAG = "BRAG";
    static final String MEANING = "Meaning";
    static final String SUBTITLE_UPDATE = "{period} update";
    static final String SUBTITLE_AS_OF = "as of {date}";
    static final String OWNER_ASSESSMENT = "Owner's assessment: {status}";
    static final String OWNER_ASSESSMENT_EARLIER = "Owner's assessment for {period}: {status}";
    static final String OWNERS_OWN = "The owner's own assessment";
    static final String GIVEN_FOR = "Given for {period}";
    static final String NONE_TO_SHOW = "No item is {statuses} as of {date}.";
    static final String PROGRESS = "Progress";
    // The words of LayoutWords: a renderer's own, where its format needs them.
    static final String OVERVIEW = "Overview";
    static final String CHAPTERS = "Chapters";
    static final String TABLE = "Table";
    static final String NOTES = "Notes";
    static final String FULL_TEXT = "Full text";
    static final String CELL = "Cell";
    static final String PART = "Part";
    static final String TEXT = "Text";
    static final String PIECE_OF = "{piece} of {pieces}";
    static final String CONTINUED = "continued on sheet '{sheet}' from row {first}";
    static final String CHART = "Status chart";
    static final String SKIP_TO_CONTENT = "Skip to main content";
    static final String CONTENTS = "Contents";

    /** The words of the {@link LayoutWords}, which a format writes of its own: a sheet's name, a note. */
    static final List<String> LAYOUT = List.of(OVERVIEW, CHAPTERS, TABLE, NOTES, FULL_TEXT, CELL, PART, TEXT,
            PIECE_OF, CONTINUED, CHART, SKIP_TO_CONTENT, CONTENTS);

    /** Words every template writes: key facts, status summary, legend, subtitle, and the {@link LayoutWords}. */
    static final List<String> COMMON = java.util.stream.Stream.concat(java.util.stream.Stream.of(KEY_FACTS, FACT,
            DETAIL, ORGANISATION, REPORTING_DATE, REPORTING_PERIOD, SOURCE, ITEMS, OVERALL_PROGRESS,
            UNREPORTED_AS_ZERO, NONE_REPORTED, NOT_REPORTED, SUMMARY_TITLE, COUNTS, COUNTS_OF_ONE, AND,
            DUE_BY_ACTIONS, ORIGINALLY, STATUS, SHARE, TOTAL, LEGEND_TITLE, BRAG, MEANING, SUBTITLE_UPDATE,
            SUBTITLE_AS_OF, OWNER_ASSESSMENT, OWNER_ASSESSMENT_EARLIER, OWNERS_OWN, GIVEN_FOR, PROGRESS),
            LAYOUT.stream()).toList();

    private static final Vocabulary STANDARD = new Vocabulary(Map.of());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");

    private final Map<String, String> replacements;

    private Vocabulary(Map<String, String> replacements) {
        this.replacements = Map.copyOf(replacements);
    }

    static Vocabulary standard() {
        return STANDARD;
    }

    /**
     * These words replaced, checked against the words {@code known} that {@code writer} ("the summary template")
     * writes.
     *
     * @throws IllegalArgumentException naming every blank replacement, every placeholder a replacement has that its
     *                                  word has not, and every word the template does not write, listing the ones it
     *                                  does
     */
    Vocabulary with(Map<String, String> more, List<String> known, String writer) {
        Set<String> unknown = new TreeSet<>();
        List<String> misplaced = new ArrayList<>();
        more.forEach((word, replacement) -> {
            if (!known.contains(word)) {
                unknown.add(word);
            }
            if (Objects.requireNonNull(replacement, () -> "the replacement for '" + word + "'").isBlank()) {
                misplaced.add("the replacement for '" + word + "' is blank");
                return;
            }
            // a placeholder the word has not would be printed as typed, braces and all: "Status at {data}"
            Set<String> own = placeholders(word);
            List<String> strange = placeholders(replacement).stream().filter(p -> !own.contains(p)).toList();
            if (!strange.isEmpty() && known.contains(word)) {
                misplaced.add("the replacement for '" + word + "', '" + replacement + "', has " + String.join(", ",
                        strange) + (own.isEmpty() ? ", but the word takes no placeholder"
                        : ", which the word has not; it takes " + String.join(", ", own)));
            }
        });
        // Every fault at once, the words the template writes listed once, last: a translator mends them in one go.
        if (!unknown.isEmpty()) {
            misplaced.add(writer + " writes no "
                    + String.join(", ", unknown.stream().map(w -> "'" + w + "'").toList())
                    + "; the words it writes are: "
                    + String.join(", ", known.stream().map(w -> "'" + w + "'").toList()));
        }
        if (!misplaced.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", misplaced));
        }
        Map<String, String> all = new LinkedHashMap<>(replacements);
        all.putAll(more);
        return new Vocabulary(all);
    }

    /** The word as the user wants it written. */
    String text(String word) {
        return replacements.getOrDefault(word, word);
    }

    /** The word with its one placeholder filled in, e.g. {@code text(SUMMARY_TITLE, "date", "1 May 2025")}. */
    String text(String word, String placeholder, String value) {
        return text(word).replace("{" + placeholder + "}", value);
    }

    /** {@code items} as one list, "A, B and C", the last joined by the word for "and"; one item alone as itself. */
    String list(List<String> items) {
        return items.size() == 1 ? items.getFirst() : text(AND, "list", String.join(", ", items.subList(0,
                items.size() - 1)), "last", items.getLast());
    }

    /** The word with its two placeholders filled in. */
    String text(String word, String placeholder, String value, String other, String otherValue) {
        return text(word, Map.of(placeholder, value, other, otherValue));
    }

    /**
     * The word with each of its placeholders {@code values} names filled in, by name, in one pass: a value holding
     * braces, as a plan's own label may, is not filled in again.
     */
    String text(String word, Map<String, String> values) {
        return PLACEHOLDER.matcher(text(word)).replaceAll(found -> Matcher.quoteReplacement(values.getOrDefault(
                found.group().substring(1, found.group().length() - 1), found.group())));
    }

    /** The placeholders of {@code text}, such as {@code {date}}, in the order it has them. */
    private static Set<String> placeholders(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    Map<String, String> replacements() {
        return replacements;
    }
}
