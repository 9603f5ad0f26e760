package io.github.actionplan.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.actionplan.internal.Quote;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in words a plan's author can act on: what is wrong and how to put it
 * right, without Jackson's internals ("enable JsonReadFeature...", token names, "[Source: ...]").
 */
final class SyntaxMessages {

    private static final Pattern UNCLOSED = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)\\]\\).*",
            Pattern.DOTALL);
    private static final Pattern WRONG_CLOSE = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*?line: (\\d+), column: (\\d+)\\]\\).*",
            Pattern.DOTALL);
    private static final Pattern CONTROL_CHARACTER = Pattern.compile(
            "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern UNRECOGNISED_TOKEN = Pattern.compile(
            "Unrecognized token '(.*?)': was expecting.*", Pattern.DOTALL);
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile(
            "Non-standard token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile(
            "Unexpected character \\((?:'(.)' )?\\(?(?:CTRL-CHAR, )?code (\\d+)\\)?\\)?\\): (.*)", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:for \\w+ starting at |start marker at )?\\[Source:.*?\\]\\)?");
    private static final Pattern JACKSON_ADVICE = Pattern.compile("\\s*[;:(]?\\s*(?:enable|to allow|\\(?not recognized as one since).*",
            Pattern.DOTALL);

    private static final String VALUES =
            "a string in double quotes, a number, true, false, null, an object or an array";

    private SyntaxMessages() {}

    /** The exception's problem, in plain words, without its position (the caller gives that). */
    static String plain(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).strip();
        Matcher m;
        if ((m = UNCLOSED.matcher(message)).matches()) {
            boolean object = m.group(1).equals("Object");
            return "the document ends before the " + (object ? "object" : "array") + " opened at line " + m.group(2)
                    + ", column " + m.group(3) + " is closed; add the missing '" + (object ? "}" : "]") + "'";
        }
        if (message.startsWith("Unexpected end-of-input in VALUE_STRING")) {
            return "the document ends inside a string; close the string with '\"'";
        }
        if (message.startsWith("Unexpected end-of-input in field name")) {
            return "the document ends inside a field name; close the name with '\"'";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the document ends too early; the plan is not complete";
        }
        if ((m = WRONG_CLOSE.matcher(message)).matches()) {
            return "found '" + m.group(1) + "' where the " + m.group(3).toLowerCase(Locale.ROOT) + " opened at line "
                    + m.group(4) + ", column " + m.group(5) + " should be closed with '" + m.group(2) + "'";
        }
        if ((m = CONTROL_CHARACTER.matcher(message)).matches()) {
            int code = Integer.parseInt(m.group(1));
            if (code == '\n' || code == '\r') {
                return "a string is not closed before the end of its line; close it with '\"', or write a line"
                        + " break inside a string as \\n";
            }
            return "a string holds the control character " + codePoint(code) + "; write it escaped, as "
                    + (code == '\t' ? "\\t" : String.format(Locale.ROOT, "\\u%04x", code));
        }
        if ((m = UNRECOGNISED_TOKEN.matcher(message)).matches()) {
            return Quote.single(m.group(1)) + " is not a JSON value; write " + VALUES;
        }
        if ((m = NON_STANDARD_TOKEN.matcher(message)).matches()) {
            return Quote.single(m.group(1)) + " is not a JSON value; write " + VALUES;
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
            return "a number starts with a zero; write 7, not 07";
        }
        if ((m = UNEXPECTED_CHARACTER.matcher(message)).matches()) {
            int code = Integer.parseInt(m.group(2));
            String found = code < 0x20 || m.group(1) == null ? codePoint(code) : "'" + m.group(1) + "'";
            return unexpected(found, code, m.group(3));
        }
        return clean(message);
    }

    /** The token Jackson could not read, as written, for errors that name one. */
    static Optional<String> badToken(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).strip();
        Matcher m = UNRECOGNISED_TOKEN.matcher(message);
        if (!m.matches()) {
            m = NON_STANDARD_TOKEN.matcher(message);
        }
        // Jackson shortens a long token with "...".
        return m.matches() ? Optional.of(m.group(1).replaceFirst("\\.\\.\\.$", "")).filter(t -> !t.isEmpty())
                : Optional.empty();
    }

    private static String unexpected(String found, int code, String expecting) {
        if (expecting.startsWith("maybe a (non-standard) comment")) {
            return "found " + found + ", which starts a comment; JSON has no comments";
        }
        if (expecting.startsWith("was expecting double-quote to start field name")) {
            if (code == '}') {
                return "found '}' where a field name should be; remove the comma before '}'";
            }
            if (code == '\'') {
                return "found \"'\" where a field name should be; put field names in double quotes";
            }
            return "found " + found + " where a field name should be; put field names in double quotes";
        }
        if (expecting.startsWith("was expecting a colon")) {
            return "found " + found + " after a field name; put ':' between a field name and its value";
        }
        if (expecting.startsWith("was expecting comma to separate Object entries")) {
            return "found " + found + " after a field's value; separate fields with ',' and close the object"
                    + " with '}'";
        }
        if (expecting.startsWith("was expecting comma to separate Array entries")) {
            return "found " + found + " after an array item; separate items with ',' and close the array with ']'";
        }
        if (expecting.startsWith("expected a value") || expecting.startsWith("expected a valid value")) {
            if (code == ']') {
                return "found ']' where a value should be; remove the comma before ']'";
            }
            if (code == '\'') {
                return "found \"'\" where a value should be; put strings in double quotes";
            }
            return "found " + found + " where a value should be; write " + VALUES;
        }
        return "found " + found + ": " + clean(expecting);
    }

    private static String codePoint(int code) {
        return String.format(Locale.ROOT, "U+%04X", code);
    }

    /** A message we have no words for: Jackson's, without its source description or advice to programmers. */
    private static String clean(String message) {
        String clean = SOURCE.matcher(message).replaceAll("");
        clean = JACKSON_ADVICE.matcher(clean).replaceFirst("");
        return clean.isBlank() ? message : clean;
    }
}
