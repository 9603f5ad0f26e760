package io.github.actionplan.model;

/** Structural checks shared by the value types' {@code @Value.Check} methods. */
final class Checks {
    private Checks() {}

    static void notBlank(String item, String attribute, String value) {
        if (value.isBlank()) {
            throw new IllegalStateException(item + " " + attribute + " must not be blank");
        }
    }
}
