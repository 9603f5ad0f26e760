package io.github.actionplan.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows a tracker import reads past on purpose (totals, notes, headings): every one counted, the first
 * {@link Problems#MOST} listed, then one line saying how many more, as problems are told, so that neither the list
 * nor the memory it takes grows with a tracker of thousands of such rows.
 */
final class SkippedRows {

    private final List<String> listed = new ArrayList<>();
    private long count;

    /** Counts {@code row}, e.g. {@code "'Action plan'!A31: a total row"}, and lists it if there is room. */
    void add(String row) {
        count++;
        if (listed.size() < Problems.MOST) {
            listed.add(row);
        }
    }

    /** How many rows were skipped, listed or not. */
    long count() {
        return count;
    }

    /** The rows listed, then, where more were skipped, {@code "9,000 more rows, not listed: the first 1,000 are"}. */
    List<String> listed() {
        if (count == listed.size()) {
            return List.copyOf(listed);
        }
        List<String> told = new ArrayList<>(listed);
        long more = count - listed.size();
        told.add(String.format(Locale.ROOT, "%,d more %s, not listed: the first %,d are", more,
                more == 1 ? "row" : "rows", listed.size()));
        return told;
    }
}
