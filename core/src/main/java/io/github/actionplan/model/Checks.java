package io.github.actionplan.model;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import java.time.LocalDate;
import java.util.Optional;

/** Structural checks shared by the value types' {@code @Value.Check} methods. */
final class Checks {
    private Checks() {}

    static void notBlank(String item, String attribute, String value) {
        if (Spacing.isBlank(value)) {
            throw new IllegalStateException(item + " " + attribute + " must not be blank");
        }
    }

    /**
     * Checks a reference (a ref, an id): one line, as {@link #oneLine(String, String, String)}, and no space at its
     * start or end, as items are found by it as written: " R1 " would never be the "R1" a reader looks up.
     */
    static void reference(String item, String attribute, String value) {
        oneLine(item, attribute, value);
        visible(item + " " + attribute, value, "items are found by it as written");
        if (!value.isEmpty() && (Spacing.isSpace(value.codePointAt(0)) || Spacing.isSpace(value.codePointBefore(
                value.length())))) {
            throw new IllegalStateException(item + " " + attribute + " " + Quote.single(value) + " starts or ends with"
                    + " a space; write it without, as items are found by it as written");
        }
    }

    static void notBlank(String item, String attribute, Optional<String> value) {
        value.ifPresent(text -> notBlank(item, attribute, text));
    }

    /**
     * As {@link #notBlank(String, String, String)} for the item of {@code kind} named {@code name}, the message
     * built only when the value is blank: the checks run for every item a plan holds.
     */
    static void notBlank(String kind, String name, String attribute, Optional<String> value) {
        if (value.isPresent() && Spacing.isBlank(value.get())) {
            notBlank(kind + " " + Quote.single(name), attribute, value.get());
        }
    }

    /**
     * A date the plan format writes: a four-digit year, 0000 to 9999. {@link LocalDate} holds years far beyond, which
     * would be written as text ("+10000-01-01") that no reader takes back.
     */
    static void writable(String item, String attribute, Optional<LocalDate> date) {
        if (date.isPresent() && !isWritable(date.get())) {
            throw new IllegalStateException(item + " " + attribute + " " + date.get() + " is not a date of the years"
                    + " 0000 to 9999, which the plan format writes");
        }
    }

    /** As {@link #writable(String, String, Optional)} for the item of {@code kind} named {@code name}, lazily. */
    static void writable(String kind, String name, String attribute, Optional<LocalDate> date) {
        if (date.isPresent() && !isWritable(date.get())) {
            writable(kind + " " + Quote.single(name), attribute, date);
        }
    }

    static boolean isWritable(LocalDate date) {
        return date.getYear() >= 0 && date.getYear() <= 9999;
    }

    /**
     * {@code percent} as a {@link Percent}, refused naming {@code attribute} where it is outside 0-100: "progress 120
     * is not a percentage; write a number from 0 to 100, such as 50".
     */
    static Percent percent(String attribute, int percent) {
        try {
            return Percent.of(percent);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(attribute + " " + e.getMessage(), e);
        }
    }

    /**
     * A progress the plan format writes: at most 6 decimal places, as the reader takes. A {@link Percent} may have
     * more (a computed mean of 43.333...), which no reader would take back. The message is built only when refused.
     */
    static void writablePercent(String kind, String name, String attribute, Optional<Percent> progress) {
        if (progress.isPresent() && progress.get().value().scale() > 6) { // Percent strips trailing zeros
            throw new IllegalStateException(kind + " " + Quote.single(name) + " " + attribute + " "
                    + Quote.number(progress.get().value())
                    + " has more than the 6 decimal places a percentage may have; round a computed one first,"
                    + " as Percent.of(value.setScale(6, RoundingMode.HALF_UP))");
        }
    }

    /**
     * A name is one line: no C0 or C1 control character. Refs and ids name items; owners, authors and those a
     * sub-action waits on head groups, name update workbooks and are matched as keys, where a line break pasted from
     * a spreadsheet cell would split one name in two.
     */
    static void oneLine(String item, String attribute, String value) {
        if (!Spacing.isOneLine(value)) {
            throw new IllegalStateException(item + " " + attribute + " holds a line break or other control character");
        }
    }

    /** As {@link #oneLine(String, String, String)} for the item of {@code kind} named {@code name}, lazily. */
    static void oneLine(String kind, String name, String attribute, Optional<String> value) {
        if (value.isPresent() && !Spacing.isOneLine(value.get())) {
            throw new IllegalStateException(kind + " " + Quote.single(name) + " " + attribute + " "
                    + Quote.single(value.get()) + " holds a line break or other control character; a name is one line");
        }
        // Owners are matched by their names as written: "Protection" with a zero-width space is another owner.
        value.ifPresent(text -> visible(kind + " " + Quote.single(name) + " " + attribute, text,
                "a name is matched as written"));
    }

    /**
     * Refuses an invisible character in {@code value}, named by its code: {@code field}'s value then shows as another
     * does, and is not matched as it, {@code because}.
     */
    private static void visible(String field, String value, String because) {
        Spacing.invisible(value).ifPresent(c -> {
            throw new IllegalStateException(field + " " + Quote.single(value) + " holds an invisible character, "
                    + Quote.code(c) + "; write it without, as " + because + " and reports show it alike");
        });
    }
}
