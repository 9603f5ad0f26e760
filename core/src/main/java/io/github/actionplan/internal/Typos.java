package io.github.actionplan.internal;

/**
 * What counts as a typing slip: the one definition behind every "did you mean" actionplan tells, of an
 * owner typed in a workbook or a field named in a plan file.
 */
public final class Typos {

    private Typos() {}

    /**
     * Whether the name {@code typed} is {@code known} with a letter or two mistyped in one of its words, as
     * {@link #mistyped} tells of a word, its other words the same: "Protecton" for "Protection", "Comunity Safety"
     * for "Community Safety". Names that differ in a number or a short word alone ("Station 1" and "Station 2",
     * "Watch A" and "Watch B") name units of their own, not slips; so do titles of a few letters, "CFO", "DCFO" and
     * "ACFO", but for two letters swapped ("DFCO") or a digit for the letter it looks like ("DCF0", "1CT"). Words are
     * apart by single spaces: compare names folded to one case and their spacing collapsed.
     */
    public static boolean mistypedName(String typed, String known) {
        String[] words = typed.split(" ");
        String[] knownWords = known.split(" ");
        if (words.length != knownWords.length) {
            return false;
        }
        if (words.length == 1 && Math.max(typed.length(), known.length()) <= SHORT_TITLE) {
            return !typed.equals(known) && typed.length() == known.length() && (looksAlike(typed, known)
                    || swapped(typed, known));
        }
        int differs = -1;
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(knownWords[i])) {
                if (differs >= 0) {
                    return false;
                }
                differs = i;
            }
        }
        if (differs < 0) {
            return false;
        }
        String word = words[differs];
        String knownWord = knownWords[differs];
        return !word.replaceAll("\\d", "").equals(knownWord.replaceAll("\\d", "")) && mistyped(word, knownWord);
    }

    /** The most letters of a name of one word read as a title of initials ("DCFO"), not a word. */
    private static final int SHORT_TITLE = 4;

    /** A digit and a letter it looks like, in one case: typed for each other in a title ("DCF0", "1CT"). */
    private static final java.util.Set<String> LOOK_ALIKE = java.util.Set.of("0o", "1i", "1l", "5s", "8b");

    /** Whether {@code typed} is {@code known} with digits for letters they look like, or letters for digits. */
    private static boolean looksAlike(String typed, String known) {
        for (int i = 0; i < typed.length(); i++) {
            char a = typed.charAt(i);
            char b = known.charAt(i);
            if (a != b && !LOOK_ALIKE.contains("" + a + b) && !LOOK_ALIKE.contains("" + b + a)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code typed} is {@code known} with two letters next to each other swapped. */
    private static boolean swapped(String typed, String known) {
        int first = 0;
        while (first < typed.length() && typed.charAt(first) == known.charAt(first)) {
            first++;
        }
        return first + 1 < typed.length() && typed.charAt(first) == known.charAt(first + 1) && typed.charAt(first + 1)
                == known.charAt(first) && typed.substring(first + 2).equals(known.substring(first + 2));
    }

    /**
     * Whether {@code typed} is {@code known} with a letter or two mistyped: left out, added, changed or two swapped
     * (the optimal string alignment distance, at most 1 in words of up to 8 letters, 2 in longer ones). Words of
     * fewer than 4 letters are too short to tell a slip from another word. Case counts: compare folded text for a
     * slip whatever its case.
     */
    public static boolean mistyped(String typed, String known) {
        int allowed = known.length() <= 8 ? 1 : 2;
        if (Math.abs(typed.length() - known.length()) > allowed || known.length() < 4) {
            return false;
        }
        int[][] d = new int[typed.length() + 1][known.length() + 1];
        for (int i = 0; i <= typed.length(); i++) {
            for (int j = 0; j <= known.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = typed.charAt(i - 1) == known.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == known.charAt(j - 2)
                        && typed.charAt(i - 2) == known.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[typed.length()][known.length()] <= allowed;
    }
}
