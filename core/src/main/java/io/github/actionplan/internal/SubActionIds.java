package io.github.actionplan.internal;

/** How sub-actions are numbered where a plan does not give them ids: the recommendation's number, a dot, a count. */
public final class SubActionIds {

    private SubActionIds() {}

    /**
     * The number a recommendation's sub-action ids start with: the last run of digits (0 to 9) in its ref
     * ({@code "17"} for {@code "Rec 17"}, {@code "3"} for {@code "AFI 2023-3"}), or the whole ref where it has none.
     */
    public static String base(String ref) {
        int end = ref.length();
        while (end > 0 && !isDigit(ref.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isDigit(ref.charAt(start - 1))) {
            start--;
        }
        return start == end ? ref : ref.substring(start, end);
    }

    /** Whether {@code c} is one of the digits 0 to 9, as sub-action ids are numbered. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
