package io.github.actionplan.json;

import static io.github.actionplan.json.JsonTree.at;
import static io.github.actionplan.json.PlanSchema.say;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.validation.Problem;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why Jackson stopped reading a plan's text, in the bundle's words, decided from facts rather than from Jackson's
 * message (which an upgrade may reword): the exception's class, the parser's place (in an object, an array or
 * neither; where that opened; the last token) and the text where it stopped. Everything before that place is JSON,
 * so the character found there, and the one before it, say what was expected.
 */
final class Syntax {

    /** A number or literal as JSON writes it: one the parser stopped just after was not at fault. */
    private static final Pattern SCALAR = Pattern.compile(
            "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?|true|false|null");

    private static final String CURLY_QUOTES = "\u201C\u201D\u2018\u2019";

    private Syntax() {}

    /** The problem {@code e} is, at the path, line and column where {@code json} stopped reading {@code text}. */
    static Problem problem(Exception e, JsonParser json, String text, PlanReader.Limits limits) {
        JsonStreamContext in = json.getParsingContext();
        String path = in.pathAsPointer().toString();
        if (in.getNestingDepth() > limits.maxDepth()) { // its path is as deep: the start of it says where
            return at(Problem.error(path.length() > 200 ? path.substring(0, path.lastIndexOf('/', 100)) + "/…"
                    : path, say("limit.depth", limits.maxDepth())), json.currentLocation(), 0);
        }
        if (e instanceof StreamConstraintsException && json.currentToken() == JsonToken.VALUE_STRING) {
            return at(Problem.error(path, say("limit.string", limits.maxStringLength())), json.currentTokenLocation(),
                    0);
        }
        JsonLocation stopped = e instanceof JacksonException j && j.getLocation() != null ? j.getLocation()
                : json.currentLocation();
        int at = Math.clamp(stopped.getCharOffset(), 0, text.length());
        if (e instanceof StreamConstraintsException && at > 0 && text.charAt(at - 1) == '"') {
            // The parser's path names the field before the one too long: the object holding it is where it is.
            String object = in.inObject() && in.getCurrentName() != null ? in.pathAsPointer().head().toString() : path;
            return at(Problem.error(object, say("limit.name", json.streamReadConstraints().getMaxNameLength())),
                    stopped, 0);
        }
        int start = at;
        while (start > 0 && !delimits(text.charAt(start - 1))) { // a literal or number is refused once read whole
            start--;
        }
        if (!(e instanceof StreamReadException)) { // a number past Jackson's length or BigDecimal's exponent
            return at(Problem.error(path, say("limit.number", Quote.single(token(text, start)),
                    json.streamReadConstraints().getMaxNumberLength())), stopped, at - start);
        }
        if (at > 0 && text.charAt(at - 1) < ' ' && !isSpace(text.charAt(at - 1))) {
            start = at - 1; // a control character outside a string is refused once passed
        } else if (SCALAR.matcher(token(text, start)).matches()) {
            start = at; // the value before was whole: what follows it is at fault
        }
        if (e instanceof JsonEOFException || start == text.length()) { // nothing is at fault but the end
            JsonToken token = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
            boolean open = token != JsonToken.VALUE_STRING && token != JsonToken.FIELD_NAME && !in.inRoot();
            return at(Problem.error(open ? in.getParent().pathAsPointer().toString() : path, say("syntax", open
                    ? opened("syntax.open", in, "") : token == JsonToken.VALUE_STRING ? say("syntax.end.string")
                    : token == JsonToken.FIELD_NAME ? say("syntax.end.name") : say("syntax.end"))), stopped, 0);
        }
        if (inString(text, at)) {
            char c = text.charAt(at);
            String message = c == '\n' || c == '\r' ? say("syntax.line") : c < ' ' ? say("syntax.control", found(c),
                    c == '\t' ? "\\t" : String.format(Locale.ROOT, "\\u%04x", (int) c))
                    : say("syntax.escape", Quote.single(text.substring(Math.max(0, text.lastIndexOf('\\', at)),
                            at + 1)));
            return at(Problem.error(path, say("syntax", message)), stopped, 0);
        }
        return at(Problem.error(path, say("syntax", message(text, start, json, in))), stopped, at - start);
    }

    /** What is wrong with the text from {@code start}, where the parser, in {@code in}, stopped. */
    private static String message(String text, int start, JsonParser json, JsonStreamContext in) {
        String token = token(text, start);
        int c = start < text.length() ? text.codePointAt(start) : ' ';
        int before = start;
        while (before > 0 && isSpace(text.charAt(before - 1))) {
            before--;
        }
        char prev = before > 0 ? text.charAt(before - 1) : '['; // the root takes a value, as an array does
        if (c == '/') {
            return say("syntax.comment", found(c));
        }
        if (CURLY_QUOTES.indexOf(c) >= 0) { // a plan edited in a word processor, which curls quotes as it goes
            return say("syntax.curly", found(c));
        }
        if (in.inObject() && (prev == '{' || prev == ',')) {
            return say(c == '}' ? "syntax.name.comma" : "syntax.name", found(c));
        }
        if (in.inObject() && prev != ':') {
            return json.currentToken() == JsonToken.FIELD_NAME ? say("syntax.colon", found(c))
                    : c == ']' ? opened("syntax.close", in, found(c)) : say("syntax.object", found(c));
        }
        if (in.inArray() && prev != '[' && prev != ',') {
            return c == '}' ? opened("syntax.close", in, found(c)) : say("syntax.array", found(c));
        }
        if (c == '\'' || token.isEmpty()) {
            return say(c == '\'' ? "syntax.value.quote" : c == ']' && prev == ',' ? "syntax.value.comma"
                    : "syntax.value", found(c));
        }
        if (token.matches("-?0[0-9].*")) {
            return say("syntax.zero", Quote.shown(token), token.replaceFirst("0+(?=[0-9])", ""));
        }
        if (token.matches("(?i)[-+]?(nan|inf|infinity)")) { // Python's and pandas', whose fix is a number or none
            return say("syntax.nan", Quote.single(token));
        }
        return say("-+.0123456789".indexOf(c) >= 0 ? "syntax.number" : "syntax.token", Quote.single(token));
    }

    /** The message {@code key} for the object or array {@code in}: its kind, where it opened, what closes it. */
    private static String opened(String key, JsonStreamContext in, String found) {
        JsonLocation opened = in.startLocation(ContentReference.redacted());
        return say(key, in.inObject() ? "object" : "array", opened.getLineNr(), opened.getColumnNr(),
                in.inObject() ? "'}'" : "']'", found);
    }

    /**
     * Whether {@code at} is inside a string: strings end on their line, so the quotes before it on its line, other
     * than escaped ones, are odd in number.
     */
    private static boolean inString(String text, int at) {
        boolean in = false;
        for (int i = text.lastIndexOf('\n', at - 1) + 1; i < at; i++) {
            in ^= text.charAt(i) == '"';
            i += in && text.charAt(i) == '\\' ? 1 : 0;
        }
        return in && at < text.length();
    }

    /** The text from {@code start} to the next delimiter: a literal, number or other word. */
    private static String token(String text, int start) {
        int end = start;
        while (end < text.length() && !delimits(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** A character as a message shows it: {@code '}'}, {@code "'"} or {@code U+0001}. */
    private static String found(int c) {
        return c == '\'' ? "\"'\"" : Character.isISOControl(c) || Character.isSpaceChar(c)
                ? Quote.code(c) : "'" + Character.toString(c) + "'";
    }

    private static boolean delimits(char c) {
        return c <= ' ' || "{}[],:\"".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
