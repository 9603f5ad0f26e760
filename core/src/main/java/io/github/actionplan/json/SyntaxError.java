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
import java.util.Set;

/**
 * A syntax error in words a plan's author can act on: what was found and what belongs there. Jackson
 * says only that the text stops being JSON; this reads on from the last token Jackson accepted, as a
 * parser would, so none of Jackson's messages is parsed and an upgrade cannot change ours.
 */
final class SyntaxError {

    private enum Expect { VALUE, NAME, COLON, SEPARATOR }

    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private final byte[] text;
    private final JsonStreamContext container;
    private int at;

    private SyntaxError(byte[] text, JsonStreamContext container, int at) {
        this.text = text;
        this.container = container;
        this.at = at;
    }

    /** The problem where {@code json} stopped reading {@code text} with {@code e}, at its path, line and column. */
    static Problem at(JsonParser json, JsonProcessingException e, byte[] text) {
        JsonToken last = json.currentToken();
        int start = last == null ? bom(text) : (int) json.currentTokenLocation().getByteOffset();
        SyntaxError error = new SyntaxError(text, json.getParsingContext(), start);
        // A close marker that does not match is where Jackson stopped, not a token it took.
        boolean refusedClose = last != null && last.isStructEnd() && e.getLocation() != null
                && e.getLocation().getByteOffset() == start;
        String message = error.explain(last, !refusedClose);
        return PlanText.at(Problem.error(json.getParsingContext().pathAsPointer().toString(), "invalid JSON: "
                + message), text, Math.min(error.at, text.length));
    }

    /** What was found after the token {@code last} (or at the start) that JSON does not allow there. */
    private String explain(JsonToken last, boolean skipLast) {
        Expect expect = Expect.VALUE;
        if (last != null && skipLast) {
            boolean string = last == JsonToken.FIELD_NAME || last == JsonToken.VALUE_STRING;
            String skipped = string ? string(last == JsonToken.FIELD_NAME) : "";
            if (!skipped.isEmpty()) {
                return skipped;
            }
            at += string ? 0 : last.isScalarValue() ? run().length() : 1;
            expect = last == JsonToken.FIELD_NAME ? Expect.COLON : last == JsonToken.START_OBJECT ? Expect.NAME
                    : last == JsonToken.START_ARRAY ? Expect.VALUE : Expect.SEPARATOR;
        } else if (last != null) {
            expect = Expect.SEPARATOR;
        }
        boolean afterComma = false;
        for (int c = space(); ; c = space()) {
            if (c < 0) {
                return container.inRoot() ? PlanSchema.say("syntax.end") : PlanSchema.say("syntax.unclosed", kind(),
                        start().getLineNr(), start().getColumnNr(), close());
            }
            if (c == '/' || c == '#') {
                return PlanSchema.say("syntax.comment", found());
            }
            if (expect == Expect.SEPARATOR) {
                if (c != ',') {
                    return c == '}' || c == ']' ? PlanSchema.say("syntax.close", found(), kind(), start().getLineNr(),
                            start().getColumnNr(), close()) : PlanSchema.say("syntax.separator." + kind(), found());
                }
                at++;
                afterComma = true;
                expect = container.inObject() ? Expect.NAME : Expect.VALUE;
            } else if (expect == Expect.NAME) {
                if (c != '"') {
                    return PlanSchema.say(c == '}' && afterComma ? "syntax.name.comma" : "syntax.name", found());
                }
                String wrong = string(true);
                if (!wrong.isEmpty()) {
                    return wrong;
                }
                expect = Expect.COLON;
            } else if (expect == Expect.COLON) {
                if (c != ':') {
                    return PlanSchema.say("syntax.colon", found());
                }
                at++;
                expect = Expect.VALUE;
            } else {
                String wrong = c == '"' ? string(false) : c == '-' || c < 0x80 && Character.isLetterOrDigit(c) ? scalar()
                        : PlanSchema.say(c == ']' && afterComma ? "syntax.value.comma" : c == '\'' ? "syntax.value.quote"
                                : "syntax.value", found());
                if (!wrong.isEmpty()) {
                    return wrong;
                }
                expect = Expect.SEPARATOR;
            }
        }
    }

    /** Reads the string starting at the quote here; what is wrong with it, or "" if nothing. */
    private String string(boolean name) {
        for (at++; at < text.length; at++) {
            int c = text[at];
            if (c == '"') {
                at++;
                return "";
            } else if (c == '\\') {
                at++;
            } else if (c >= 0 && c < 0x20) {
                return c == '\n' || c == '\r' ? PlanSchema.say("syntax.string.line") : PlanSchema.say(
                        "syntax.string.control", codePoint(c), c == '\t' ? "\\t" : String.format(Locale.ROOT,
                                "\\u%04x", c));
            }
        }
        return PlanSchema.say(name ? "syntax.end.name" : "syntax.end.string");
    }

    /** Reads the number or literal here; what is wrong with it, or "" if nothing. */
    private String scalar() {
        int start = at;
        String scalar = run();
        at = start;
        if (scalar.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?") || LITERALS.contains(scalar)) {
            at += scalar.length();
            return "";
        }
        return scalar.matches("-?0[0-9].*") ? PlanSchema.say("syntax.zero") : PlanSchema.say(
                Character.isLetter(scalar.charAt(0)) ? "syntax.token" : "syntax.number", Quote.single(scalar));
    }

    /** The letters, digits and number signs from here, as a token ends. */
    private String run() {
        int end = at;
        while (end < text.length && text[end] > 0 && (Character.isLetterOrDigit(text[end]) || "+-._$".indexOf(text[end]) >= 0)) {
            end++;
        }
        return new String(text, at, end - at, StandardCharsets.UTF_8);
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
        return Character.isISOControl(c) ? codePoint(c) : c == '\'' ? "\"'\"" : "'" + Character.toString(c) + "'";
    }

    private String kind() {
        return container.inObject() ? "object" : "array";
    }

    private String close() {
        return container.inObject() ? "}" : "]";
    }

    private JsonLocation start() {
        return container.startLocation(ContentReference.unknown());
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** Past a UTF-8 byte order mark, which Jackson skips. */
    private static int bom(byte[] text) {
        return text.length >= 3 && (text[0] & 0xff) == 0xEF && (text[1] & 0xff) == 0xBB ? 3 : 0;
    }
}
