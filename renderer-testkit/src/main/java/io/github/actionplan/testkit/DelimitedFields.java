package io.github.actionplan.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a CSV or TSV file as a spreadsheet opening it reads them (RFC 4180): separated by the separator, a
 * record to a line, a field in double quotes holding separators, line breaks and doubled quotes as its text.
 */
final class DelimitedFields {

    private DelimitedFields() {}

    /** Every field of {@code text}, in order, each as its text, quotes undone. */
    static List<String> of(String text, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
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
            } else if (c == '"' && !started) {
                quoted = true;
                started = true;
            } else if (c == separator || c == '\n' || c == '\r') {
                if (started || c == separator) {
                    fields.add(field.toString());
                }
                field.setLength(0);
                started = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
                started = true;
            }
        }
        if (started) {
            fields.add(field.toString());
        }
        return fields;
    }
}
