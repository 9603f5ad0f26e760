package io.github.actionplan.model;

import io.github.actionplan.internal.Quote;
import java.util.Optional;

/** Structural checks shared by the value types' {@code @Value.Check} methods. */
final class Checks {
    private Checks() {}

    static void notBlank(String item, String attribute, String value) {
        if (value.isBlank()) {
            throw new IllegalStateException(item + " " + attribute + " must not be blank");
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
        if (value.isPresent() && value.get().isBlank()) {
            notBlank(kind + " " + Quote.single(name), attribute, value.get());
        }
    }

    /** A name of an item is one line: no C0 or C1 control character. */
    static void oneLine(String item, String attribute, String value) {
        for (int i = 0; i < value.length(); i++) { // a loop, not a stream: every id and ref is checked
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                throw new IllegalStateException(item + " " + attribute + " holds a control character");
            }
        }
    }
}
