package io.github.actionplan.workbook;

import io.github.actionplan.internal.Spacing;
import io.github.actionplan.internal.Typos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Owner names a tracker writes in several ways for one owner: "HoP" or "Prevention" for "Head of Prevention". Each
 * name a plan holds is an owner of its own, so a tracker's variants would each get a workbook; onboarding names them.
 */
final class OwnerNames {

    /** Words an owner's name may have that say nothing of who it is, and that a short form may leave out. */
    private static final Set<String> LINKING = Set.of("of", "and", "the", "for", "&");
    /** The fewest letters of a short form that leaves a word out: "HR" is no short form of "Head of Response". */
    private static final int SHORTEST_SKIPPING = 3;
    /**
     * The most letters of one word a short form keeps: "Prot" of "Protection"; "Operations" is no short form of
     * "Operational Support" (run 71 #8).
     */
    private static final int LONGEST_PART = 5;
    /** An '&amp;' and the spaces around it, which a short form may have ("H &amp; S"). */
    private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");

    private OwnerNames() {}

    /**
     * Of {@code names}, each that is most likely another written short, with the ones it most likely is, in the
     * order given: one whose words are all among another's ("Prevention", "Head of Prevention"), or one word that
     * is the other's words shortened, each to its first letters ("HoP", "HoProt", "ICT" for "Information and
     * Communications Technology"), or the other's words with some cut short ("Head of Prev."). Two names of the same
     * words in another order are one written twice, and the later is named; in another case or spacing alone, they
     * are left to the plan's validation, which names them.
     */
    static Map<String, List<String>> likelySame(Collection<String> names) {
        List<String> all = List.copyOf(names);
        Map<String, List<String>> same = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            List<String> meant = new ArrayList<>();
            for (int j = 0; j < all.size(); j++) {
                if (i != j && isShortFor(all.get(i), all.get(j), j < i)) {
                    meant.add(all.get(j));
                }
            }
            if (!meant.isEmpty()) {
                same.put(all.get(i), meant);
            }
        }
        return same;
    }

    /**
     * Whether {@code typed}, a name the plan does not have, most likely means {@code known}, one it has: a letter or
     * two mistyped, written short ("POD" for "People and Organisational Development"), or its words linked otherwise
     * ("Finance &amp; Estates" for "Finance and Estates").
     */
    static boolean likelyMeant(String typed, String known) {
        return Typos.mistypedName(Spacing.folded(typed), Spacing.folded(known)) || isShortFor(typed, known, true);
    }

    /** Whether {@code name} is {@code other} written short; of two of the same words, only the later is. */
    static boolean isShortFor(String name, String other, boolean otherFirst) {
        List<String> words = words(name);
        List<String> others = words(other);
        List<String> meaning = words.stream().filter(w -> !LINKING.contains(w)).toList();
        List<String> othersMeaning = others.stream().filter(w -> !LINKING.contains(w)).toList();
        if (meaning.isEmpty() || othersMeaning.isEmpty()) {
            return false;
        }
        if (Spacing.folded(name).equals(Spacing.folded(other))) {
            return false; // one name in another case or spacing, which the plan's validation tells
        }
        if (Set.copyOf(meaning).equals(Set.copyOf(othersMeaning))) {
            return otherFirst;
        }
        if (othersMeaning.containsAll(meaning) || cutShort(meaning, othersMeaning)) {
            return true;
        }
        // One word, or letters linked by '&' ("P&OD", "H & S"), the '&' standing for an "and".
        return others.size() > 1 && AMPERSAND.matcher(name.strip()).replaceAll("&").chars().noneMatch(
                Character::isWhitespace) && abbreviates(String.join("", words), others, 0, 0, false);
    }

    /**
     * Whether {@code words} are {@code others}, in order, some cut short to their first letters, at least
     * {@value #SHORTEST_SKIPPING} of them: "Head of Prev." for "Head of Prevention".
     */
    private static boolean cutShort(List<String> words, List<String> others) {
        if (words.size() != others.size() || words.size() < 2) { // one word a prefix of another: "HoP", "HoProt"
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!others.get(i).startsWith(words.get(i)) || words.get(i).length() < SHORTEST_SKIPPING
                    && !words.get(i).equals(others.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code short} from {@code at} is the words from {@code word} each shortened to its first letters, in
     * order, a linking word ("of") to none where the short form is long enough not to be another's by chance.
     */
    private static boolean abbreviates(String shortForm, List<String> words, int at, int word, boolean skipped) {
        if (word == words.size()) {
            return at == shortForm.length() && (!skipped || shortForm.length() >= SHORTEST_SKIPPING);
        }
        String next = words.get(word);
        if (LINKING.contains(next) && abbreviates(shortForm, words, at, word + 1, true)) {
            return true;
        }
        if (next.equals("and") && shortForm.startsWith("&", at) && abbreviates(shortForm, words, at + 1, word + 1,
                skipped)) {
            return true;
        }
        for (int end = at + 1; end <= shortForm.length() && end - at <= Math.min(next.length(), LONGEST_PART); end++) {
            if (!next.startsWith(shortForm.substring(at, end))) {
                return false;
            }
            if (abbreviates(shortForm, words, end, word + 1, skipped)) {
                return true;
            }
        }
        return false;
    }

    /** A name's words, in lower case: its runs of letters and digits, and "&". */
    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&]+|(?=&)|(?<=&)"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
