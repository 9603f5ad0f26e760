package io.github.actionplan.testkit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds a report's strings in the text extracted from a rendered file, in order, after
 * {@link TextNormalisation}; where they are not all there, says which string is wrong and where.
 *
 * <p>Why not simply the first string not found after the one before it: a renderer that changes
 * one string ("At risk" written "AT RISK") still shows it elsewhere, later (in the legend), so a
 * search that takes the first match after the one before jumps there, and the string it then
 * blames is the next, correct one, which is behind it. So where the strings are not all found, the
 * kit aligns them with the text leaving out as few as it can, matching each as early as the rest
 * allows; the first string left out is the one changed or dropped where it belongs, and the text
 * in its place shows what the renderer wrote instead.
 */
final class StringsInOrder {

    /** The most strings an alignment leaves out; beyond that, the first not found in order is named. */
    private static final int MOST_LEFT_OUT = 400;
    /** Characters of the extracted text shown on each side of a place. */
    private static final int CONTEXT = 40;
    /** The longest part of the text shown between two strings. */
    private static final int LONGEST_GAP = 300;

    private final List<String> expected;
    private final List<String> lookedFor;
    private final String[] wanted;
    private final Text text;
    private final Map<String, int[]> occurrences = new HashMap<>();
    /** Each string's places an alignment may take it at, worked out when first asked for ({@link #placesOf}). */
    private final int[][] places;
    /** How many strings before one are looked at for an occurrence that holds it. */
    private static final int HOLDERS = 64;
    /** The fewest characters, white space left out, of a string whose occurrence holds another. */
    private static final int SHORTEST_HOLDER = 16;

    private StringsInOrder(List<String> expected, String extracted, UnaryOperator<String> normaliseExpected) {
        this.expected = expected;
        this.lookedFor = expected.stream().map(normaliseExpected).toList();
        this.wanted = lookedFor.stream().map(TextNormalisation::normalise).toArray(String[]::new);
        this.text = new Text(extracted);
        this.places = new int[wanted.length][];
    }

    /**
     * Where {@code expected} strings are not all found in {@code extracted}, in order, after
     * normalisation: which are missing or out of place, where they belong and what the text has
     * there, each as written.
     */
    static Optional<String> firstMissing(List<String> expected, String extracted,
            UnaryOperator<String> normaliseExpected) {
        return new StringsInOrder(expected, extracted, normaliseExpected).describe();
    }

    private Optional<String> describe() {
        int from = 0;
        int notFound = -1;
        int before = -1;
        for (int i = 0; i < wanted.length && notFound < 0; i++) {
            if (wanted[i].isEmpty()) {
                continue;
            }
            int at = text.normal.indexOf(wanted[i], from);
            if (at < 0) {
                notFound = i;
            } else {
                from = at + wanted[i].length();
                before = i;
            }
        }
        if (notFound < 0) {
            return Optional.empty();
        }
        List<int[]> layers = layers();
        if (layers == null) {
            // Too much is missing to align: name the first string not found after the one before it.
            return Optional.of(message(notFound, notFound, before, from, -1, text.normal.length(), -1));
        }
        return Optional.of(firstLeftOut(layers));
    }

    /**
     * {@code layers.get(s)[i]}: the latest place in the normalised text where strings {@code i}
     * onwards can start, in order, leaving out at most {@code s} of them; -1 where they cannot.
     * The last layer is the first whose strings can all be placed. Null if that needs more than
     * {@link #MOST_LEFT_OUT} left out.
     */
    private List<int[]> layers() {
        int n = wanted.length;
        List<int[]> layers = new ArrayList<>();
        int[] fewer = null;
        for (int s = 0; s <= MOST_LEFT_OUT; s++) {
            int[] latest = new int[n + 1];
            latest[n] = text.normal.length();
            for (int i = n - 1; i >= 0; i--) {
                if (wanted[i].isEmpty()) {
                    latest[i] = latest[i + 1];
                    continue;
                }
                int best = latest[i + 1] < 0 ? -1 : lastStartEndingBy(i, latest[i + 1]);
                latest[i] = fewer == null ? best : Math.max(best, fewer[i + 1]);
            }
            layers.add(latest);
            if (latest[0] >= 0) {
                return layers;
            }
            fewer = latest;
        }
        return null;
    }

    /** The alignment that takes each string as early as the rest allows, described at its first string left out. */
    private String firstLeftOut(List<int[]> layers) {
        int n = wanted.length;
        int[] start = new int[n];
        Arrays.fill(start, -1);
        boolean[] leftOut = new boolean[n];
        int budget = layers.size() - 1;
        int cursor = 0;
        for (int i = 0; i < n; i++) {
            if (wanted[i].isEmpty()) {
                continue;
            }
            int at = firstStartFrom(i, cursor);
            if (at >= 0 && layers.get(budget)[i + 1] >= at + wanted[i].length()) {
                start[i] = at;
                cursor = at + wanted[i].length();
            } else {
                leftOut[i] = true;
                budget--;
            }
        }
        int first = 0;
        while (!leftOut[first]) {
            first++;
        }
        int last = first;
        for (int i = first + 1; i < n && (leftOut[i] || wanted[i].isEmpty()); i++) {
            if (leftOut[i]) {
                last = i;
            }
        }
        int before = first - 1;
        while (before >= 0 && start[before] < 0) {
            before--;
        }
        int after = last + 1;
        while (after < n && start[after] < 0) {
            after++;
        }
        int placeStart = before < 0 ? 0 : start[before] + wanted[before].length();
        int placeEnd = after < n ? start[after] : text.normal.length();
        return message(first, last, before, placeStart, after < n ? after : -1, placeEnd, layers.size() - 1);
    }

    /**
     * Strings {@code first} to {@code last} are not where they belong: between string
     * {@code before} (or the start) and string {@code after} (or the end), which is the normalised
     * text from {@code placeStart} to {@code placeEnd}. {@code leftOut} strings are missing or out of
     * place in all, -1 if too many to count.
     */
    private String message(int first, int last, int before, int placeStart, int after, int placeEnd, int leftOut) {
        List<Integer> strings = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (!wanted[i].isEmpty()) {
                strings.add(i);
            }
        }
        int[] found = occurrences(wanted[first]);
        int earlier = -1;
        int later = -1;
        for (int at : found) {
            if (at < placeStart) {
                earlier = at;
            } else if (later < 0) {
                later = at;
            }
        }
        boolean nowhere = strings.stream().allMatch(i -> occurrences(wanted[i]).length == 0);
        boolean one = strings.size() == 1;
        String what = one ? "string " + (first + 1) : "strings " + (first + 1) + " to " + (last + 1);
        String verb = nowhere ? (one ? "is missing" : "are missing")
                : found.length > 0 && later < 0 ? (one ? "is out of order" : "are out of order")
                : one ? "is not where it belongs" : "are not where they belong";
        StringBuilder m = new StringBuilder();
        m.append(what).append(" of ").append(expected.size()).append(' ').append(verb)
                .append(" in the extracted text:\n");
        m.append("  expected:  ");
        if (one) {
            m.append(quote(lookedFor.get(first), 300));
            if (!lookedFor.get(first).equals(expected.get(first))) {
                m.append(" (the report's ").append(quote(expected.get(first), 300)).append(')');
            }
        } else {
            m.append(String.join(", ", strings.stream().limit(6).map(i -> quote(lookedFor.get(i), 60)).toList()));
            if (strings.size() > 6) {
                m.append(", and ").append(strings.size() - 6).append(" more");
            }
        }
        m.append('\n');
        m.append("  where ").append(one ? "it belongs" : "they belong").append(", after ")
                .append(before < 0 ? "the start" : "string " + (before + 1) + " " + quote(lookedFor.get(before), 60))
                .append(" and before ")
                .append(after < 0 ? "the end" : "string " + (after + 1) + " " + quote(lookedFor.get(after), 60))
                .append(", the text has [[this]] (line ").append(text.line(placeStart)).append("): ")
                .append(text.around(placeStart, placeEnd))
                .append('\n');
        if (one) {
            difference(first, placeStart, placeEnd).ifPresent(m::append);
        }
        String name = one ? "it" : "string " + (first + 1);
        m.append("  elsewhere: ");
        if (found.length == 0) {
            m.append(one ? "it is" : name + " is").append(" nowhere in the extracted text");
        } else if (later < 0) {
            m.append(name).append(" is found only earlier, line ").append(text.line(earlier)).append(": ")
                    .append(text.around(earlier, earlier + wanted[first].length()))
                    .append("; the renderer may write it before strings it should follow");
        } else {
            m.append(name).append(earlier < 0 ? " is found only later" : " is found earlier and later")
                    .append(", line ").append(text.line(later)).append(": ")
                    .append(text.around(later, later + wanted[first].length()))
                    .append("; taken from there, the strings after it would be missing");
        }
        m.append('\n');
        if (later >= 0) {
            m.append("  Is ").append(quote(lookedFor.get(first), 60)).append(" missing or changed where it belongs?\n");
        }
        m.append("  In all, ").append(leftOut < 0 ? "over " + MOST_LEFT_OUT : String.valueOf(leftOut))
                .append(" of the ")
                .append(expected.size()).append(" strings ").append(leftOut == 1 ? "is" : "are")
                .append(" missing or out of place.\n");
        return m.toString();
    }

    /**
     * Where the text at the place of string {@code first} is that string with a difference inside it (cut short,
     * or a character mis-encoded): the first character that differs, its index in the string and its code points
     * expected and found, and what a replacement character or mojibake there says. The excerpts around a place
     * leave out its middle when long, which is where such a difference usually is.
     */
    private Optional<String> difference(int first, int placeStart, int placeEnd) {
        String want = wanted[first];
        // Where the string starts at its place: the candidate that agrees with it longest.
        int start = -1;
        int common = 0;
        String head = want.substring(0, cut(want, Math.min(want.length(), 8)));
        List<Integer> candidates = new ArrayList<>(List.of(placeStart));
        for (int at = text.normal.indexOf(head, placeStart); at >= 0 && at < placeEnd;
                at = text.normal.indexOf(head, at + 1)) {
            candidates.add(at);
        }
        for (int candidate : candidates) {
            int same = 0;
            while (same < want.length() && candidate + same < text.normal.length()
                    && want.charAt(same) == text.normal.charAt(candidate + same)) {
                same++;
            }
            if (same > 0 && Character.isHighSurrogate(want.charAt(same - 1))) {
                same--; // a character of two chars that differs in its second is the character that differs
            }
            if (same > common) {
                common = same;
                start = candidate;
            }
        }
        // Too short an agreement is a neighbour's text that happens to start alike, not this string changed; eight
        // characters ("FP2024/25" before a mis-encoded dash) are this string.
        if (start < 0 || common == want.length() || common < Math.min(8, Math.max(4, want.length() / 4))) {
            return Optional.empty();
        }
        Text expectedText = new Text(lookedFor.get(first));
        int found = start + common;
        // The characters from the last that agree up to the first that does not, on each side, white space that
        // is layout (a space, a line break) left out, as it is when matching; a no-break space is kept.
        int[] expectedPart = unspaced(expectedText.written, common == 0 ? 0 : expectedText.at[common - 1] + 1,
                expectedText.at[common]);
        int[] foundPart = found >= text.normal.length() ? new int[0]
                : unspaced(text.written, found == 0 ? 0 : text.at[found - 1] + 1, text.at[found]);
        int i = 0;
        while (i < expectedPart.length - 1 && i < foundPart.length
                && expectedText.written.codePointAt(expectedPart[i]) == text.written.codePointAt(foundPart[i])) {
            i++;
        }
        int index = expectedPart[i];
        int expectedCode = expectedText.written.codePointAt(index);
        StringBuilder m = new StringBuilder("  first difference: at index ").append(index)
                .append(" of the expected string, after ")
                .append(quote(expectedText.written.substring(cut(expectedText.written, Math.max(0, index - 30)),
                        index), 40))
                .append(": ").append(codePoint(expectedCode)).append(" expected, ");
        if (i >= foundPart.length) {
            return Optional.of(m.append("the text ends\n").toString());
        }
        int foundCode = text.written.codePointAt(foundPart[i]);
        m.append(codePoint(foundCode)).append(" found\n");
        if (foundCode == 0xFFFD) {
            m.append("  U+FFFD is what a UTF-8 decoder puts for bytes that are not UTF-8: the output is probably not"
                    + " UTF-8 (write text through an OutputStreamWriter with StandardCharsets.UTF_8), or extractText"
                    + " does not read it as UTF-8.\n");
        } else if (foundCode == '?' && expectedCode > 0x7F) {
            m.append("  A '?' for a character outside ASCII is what an encoder writes for a character its charset"
                    + " lacks: the output is probably not UTF-8 (write text through an OutputStreamWriter with"
                    + " StandardCharsets.UTF_8).\n");
        } else if (mojibake(text.written.substring(foundPart[i]), expectedCode)) {
            m.append("  What is found there is the UTF-8 bytes of ").append(codePoint(expectedCode))
                    .append(" read as ISO-8859-1 or windows-1252 (mojibake): the output is probably not written, or"
                    + " not read by extractText, as UTF-8.\n");
        }
        return Optional.of(m.toString());
    }

    /**
     * Where each character of {@code text} from {@code from} to {@code last} (inclusive) starts, less the white space
     * that is layout.
     */
    private static int[] unspaced(String text, int from, int last) {
        List<Integer> at = new ArrayList<>();
        for (int i = from; i <= last && i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!Character.isWhitespace(text.codePointAt(i))) {
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** "U+00A0 (NO-BREAK SPACE)". */
    static String codePoint(int code) {
        String name = Character.getName(code);
        return String.format(java.util.Locale.ROOT, "U+%04X", code) + (name == null ? "" : " (" + name + ")");
    }

    /** Whether {@code found} starts with the UTF-8 bytes of {@code expected} read as ISO-8859-1 or windows-1252. */
    private static boolean mojibake(String found, int expected) {
        byte[] utf8 = new String(Character.toChars(expected)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (utf8.length < 2) {
            return false;
        }
        for (String charset : List.of("ISO-8859-1", "windows-1252")) {
            if (found.startsWith(new String(utf8, java.nio.charset.Charset.forName(charset)))) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code string} starts in the normalised text, every place in order. */
    private int[] occurrences(String string) {
        return occurrences.computeIfAbsent(string, s -> {
            List<Integer> places = new ArrayList<>();
            for (int at = text.normal.indexOf(s); at >= 0; at = text.normal.indexOf(s, at + 1)) {
                places.add(at);
            }
            return places.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /**
     * Where string {@code s} may be taken in an alignment: where it occurs, but inside an occurrence of a longer one of
     * the {@value #HOLDERS} strings before it. A renderer writes that one, then its own; taken inside, the key facts'
     * organisation and date were found in the subtitle "Derbyshire Fire &amp; Rescue Service, as of 1 November 2023",
     * and the subtitle, which was there, was blamed for the key facts a renderer had left out (run 140 #2).
     */
    private int[] placesOf(int s) {
        if (places[s] == null) {
            places[s] = Arrays.stream(occurrences(wanted[s])).filter(at -> !held(s, at)).toArray();
        }
        return places[s];
    }

    /** Whether string {@code s} at {@code at} lies inside an occurrence of a longer string of the few before it. */
    private boolean held(int s, int at) {
        for (int h = Math.max(0, s - HOLDERS); h < s; h++) {
            // A short one is found by chance across the ends of two strings, white space being left out: "20" in
            // "2" and "01 Jun 2023" (run 141 #1). A sentence is not.
            if (wanted[h].length() <= wanted[s].length() || wanted[h].length() < SHORTEST_HOLDER) {
                continue;
            }
            int[] starts = occurrences(wanted[h]);
            int k = Arrays.binarySearch(starts, at);
            k = k >= 0 ? k : -k - 2; // its last start at or before this one, whose end is the latest of those
            if (k >= 0 && starts[k] + wanted[h].length() >= at + wanted[s].length()) {
                return true;
            }
        }
        return false;
    }

    /** The first place string {@code s} starts at or after {@code from}, or -1 (see {@link #placesOf}). */
    private int firstStartFrom(int s, int from) {
        int[] places = placesOf(s);
        int i = Arrays.binarySearch(places, from);
        i = i >= 0 ? i : -i - 1;
        return i < places.length ? places[i] : -1;
    }

    /** The last place string {@code s} starts and ends at or before {@code end}, or -1 (see {@link #placesOf}). */
    private int lastStartEndingBy(int s, int end) {
        int[] places = placesOf(s);
        int latest = end - wanted[s].length();
        int i = Arrays.binarySearch(places, latest);
        i = i >= 0 ? i : -i - 2;
        return i >= 0 ? places[i] : -1;
    }

    /** {@code string} in quotes, abbreviated to about {@code length} characters, its invisible characters shown. */
    static String quote(String string, int length) {
        String shown = string.length() <= length ? string
                : string.substring(0, cut(string, length - 20)) + "... (" + string.length() + " characters)";
        return '"' + visible(shown) + '"';
    }

    /** {@code text} with line breaks, tabs, control and format characters as escapes: a message keeps its lines. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** {@code at}, moved back so as not to split a surrogate pair. */
    private static int cut(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    /** The extracted text as written (in NFC), and without white space, as the kit matches it. */
    private static final class Text {
        final String written;
        final String normal;
        /** For each character of {@link #normal}, and one past its end, its index in {@link #written}. */
        final int[] at;

        Text(String extracted) {
            written = Normalizer.normalize(extracted, Normalizer.Form.NFC);
            StringBuilder normalised = new StringBuilder(written.length());
            int[] map = new int[written.length() + 1];
            int k = 0;
            for (int i = 0; i < written.length(); ) {
                int c = written.codePointAt(i);
                int size = Character.charCount(c);
                if (!TextNormalisation.isSpace(c)) {
                    for (int j = 0; j < size; j++) {
                        map[k++] = i + j;
                    }
                    normalised.appendCodePoint(c);
                }
                i += size;
            }
            map[k] = written.length();
            normal = normalised.toString();
            at = Arrays.copyOf(map, k + 1);
        }

        /** The line, from 1, of the written text where normalised index {@code index} is. */
        int line(int index) {
            int end = at[index];
            int line = 1;
            for (int i = 0; i < end; i++) {
                if (written.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        /**
         * The written text from normalised {@code from} to {@code to}, in quotes between a little of
         * what comes before and after, its middle left out if long.
         */
        String around(int from, int to) {
            int start = at[from];
            int end = to <= from ? start : at[to - 1] + 1;
            if (end < written.length() && Character.isLowSurrogate(written.charAt(end))) {
                end++;
            }
            int contextStart = cut(written, Math.max(0, start - CONTEXT));
            int contextEnd = cut(written, Math.min(written.length(), end + CONTEXT));
            String middle = written.substring(start, end);
            if (middle.length() > LONGEST_GAP) {
                int half = LONGEST_GAP / 2;
                middle = middle.substring(0, cut(middle, half)) + "[... " + (middle.length() - 2 * half)
                        + " characters ...]" + middle.substring(cut(middle, middle.length() - half));
            }
            return '"' + (contextStart > 0 ? "..." : "") + visible(written.substring(contextStart, start))
                    + "[[" + visible(middle) + "]]" + visible(written.substring(end, contextEnd))
                    + (contextEnd < written.length() ? "..." : "") + '"';
        }
    }
}
