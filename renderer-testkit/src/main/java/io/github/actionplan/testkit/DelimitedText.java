package io.github.actionplan.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV or TSV file read as a spreadsheet opening it reads it (RFC 4180): records a line each, fields split by the
 * separator, a field in double quotes holding separators, line breaks and doubled quotes as its text. For an
 * {@code extractText} of a CSV or TSV renderer, and the kit's own check that no field starts as a formula.
 *
 * <h2>Example Usage</h2>
 * <pre>{@code
 * protected String extractText(byte[] output) {
 *     return DelimitedText.rows(new String(output, StandardCharsets.UTF_8), ',').stream()
 *             .map(row -> String.join(" ", row)).collect(Collectors.joining("\n"));
 * }
 * }</pre>
 */
public final class DelimitedText {

    private DelimitedText() {}

    /**
     * The records of {@code text}, each its fields' texts, quotes undone; a blank line is no record.
     *
     * @param separator {@code ','} for CSV, {@code '\t'} for TSV
     */
    public static List<List<String>> rows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean begun = false; // the record has a field, or a separator
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                begun = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
                begun = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (begun || !field.isEmpty()) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                begun = false;
            } else {
                field.append(c);
            }
        }
        if (begun || !field.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
