package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.validation.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A syntax error in words a plan's author can act on: what was found, and what belongs there. Jackson
 * says only where the text stops being JSON; this reads on from the last token Jackson took, as a
 * parser does, so none of Jackson's messages is parsed and an upgrade cannot change ours.
 */
final class SyntaxError {

    private static final String NUMBER = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?|true|false|null";

    private final byte[] text;
    private int at;

    private SyntaxError(byte[] text, int at) {
        this.text = text;
        this.at = at;
    }

    /** The problem where {@code json} stopped reading {@code text} with {@code e}: its path, line and column. */
    static Problem at(JsonParser json, JsonProcessingException e, byte[] text) {
        JsonToken last = json.currentToken();
        JsonStreamContext in = json.getParsingContext();
        boolean bom = text.length > 2 && text[0] == (byte) 0xEF && text[1] == (byte) 0xBB && text[2] == (byte) 0xBF;
        int start = last == null ? (bom ? 3 : 0) : (int) json.currentTokenLocation().getByteOffset();
        // A close marker that does not match is where Jackson stopped, not a token it took.
        boolean refusedClose = last != null && last.isStructEnd() && e.getLocation() != null
                && e.getLocation().getByteOffset() == start;
        SyntaxError error = new SyntaxError(text, start);
        String message = error.explain(refusedClose ? null : last, refusedClose ? ',' : 'v', in);
        return PlanText.at(Problem.error(in.pathAsPointer().toString(), "invalid JSON: " + message), text,
                Math.min(error.at, text.length));
    }

    /**
     * What JSON does not allow after {@code last}, or where the reading is ({@code expect}: a value,
     * a field name, ':' or ','), read on from here.
     */
    private String explain(JsonToken last, char expect, JsonStreamContext in) {
        if (last == JsonToken.FIELD_NAME || last == JsonToken.VALUE_STRING) {
            String wrong = string(last == JsonToken.FIELD_NAME);
            if (!wrong.isEmpty()) {
                return wrong;
            }
        } else if (last != null) {
            at += last.isScalarValue() ? token().length() : 1;
        }
        if (last != null) {
            expect = last == JsonToken.FIELD_NAME ? ':' : last == JsonToken.START_OBJECT ? 'n'
                    : last == JsonToken.START_ARRAY ? 'v' : ',';
        }
        JsonLocation opened = in.startLocation(ContentReference.unknown());
        boolean afterComma = false;
        for (int c = space(); ; c = space()) {
            String key = c < 0 ? (in.inRoot() ? "syntax.end" : "syntax.unclosed")
                    : c == '/' || c == '#' ? "syntax.comment"
                    : expect == ',' ? (c == ',' ? "" : c == (in.inObject() ? '}' : ']') // refused after a comma
                            ? (in.inObject() ? "syntax.name.comma" : "syntax.value.comma")
                            : c == '}' || c == ']' ? "syntax.close" : "syntax.after.")
                    : expect == 'n' ? (c == '"' ? "" : c == '}' && afterComma ? "syntax.name.comma" : "syntax.name")
                    : expect == ':' ? (c == ':' ? "" : "syntax.colon")
                    : c == '"' || c == '-' || c < 0x80 && Character.isLetterOrDigit(c) ? ""
                    : c == ']' && afterComma ? "syntax.value.comma" : c == '\'' ? "syntax.value.quote" : "syntax.value";
            if (!key.isEmpty()) {
                String kind = in.inObject() ? "object" : "array";
                return PlanSchema.say(key.endsWith(".") ? key + kind : key, c < 0 ? "" : found(), kind,
                        opened.getLineNr(), opened.getColumnNr(), in.inObject() ? "}" : "]");
            }
            String wrong = "";
            if (expect == 'v' || expect == 'n') {
                wrong = c == '"' ? string(expect == 'n') : scalar();
            } else {
                at++;
            }
            if (!wrong.isEmpty()) {
                return wrong;
            }
            afterComma = expect == ',';
            expect = expect == 'n' ? ':' : expect == ':' ? 'v' : expect == 'v' ? ',' : in.inObject() ? 'n' : 'v';
        }
    }

    /** Reads the string whose quote is here; what is wrong with it, or "" if nothing. */
    private String string(boolean name) {
        for (at++; at < text.length; at++) {
            int c = text[at];
            if (c == '"') {
                at++;
                return "";
            } else if (c == '\\') {
                at++;
            } else if (c >= 0 && c < 0x20) {
                return PlanSchema.say(c == '\n' || c == '\r' ? "syntax.string.line" : "syntax.string.control",
                        String.format(Locale.ROOT, "U+%04X", c), c == '\t' ? "\\t" : String.format(Locale.ROOT,
                                "\\u%04x", c));
            }
        }
        return PlanSchema.say(name ? "syntax.end.name" : "syntax.end.string");
    }

    /** Reads the number or literal here; what is wrong with it, or "" if nothing. */
    private String scalar() {
        String scalar = token();
        if (!scalar.matches(NUMBER)) {
            return scalar.matches("-?0[0-9].*") ? PlanSchema.say("syntax.zero") : PlanSchema.say(
                    Character.isLetter(scalar.charAt(0)) ? "syntax.token" : "syntax.number", Quote.single(scalar));
        }
        at += scalar.length();
        return "";
    }

    /** The letters, digits and number signs from here, as a token ends. */
    private String token() {
        int end = at;
        while (end < text.length && text[end] > 0
                && (Character.isLetterOrDigit(text[end]) || "+-._$".indexOf(text[end]) >= 0)) {
            end++;
        }
        return new String(text, at, end - at, StandardCharsets.US_ASCII);
    }

    /** Skips white space; the byte there, or -1 at the end. */
    private int space() {
        while (at < text.length && " \t\r\n".indexOf(text[at]) >= 0) {
            at++;
        }
        return at < text.length ? text[at] & 0xff : -1;
    }

    /** The character here, as a message shows it. */
    private String found() {
        int c = new String(text, at, Math.min(4, text.length - at), StandardCharsets.UTF_8).codePointAt(0);
        return Character.isISOControl(c) ? String.format(Locale.ROOT, "U+%04X", c)
                : c == '\'' ? "\"'\"" : "'" + Character.toString(c) + "'";
    }
}
