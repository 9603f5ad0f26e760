package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.actionplan.validation.InvalidPlanException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text that is not JSON, beyond the invalid-document suite: each is one problem at the path, line and
 * character column where the text stops being JSON, in plain words decided from what the parser met there, not
 * from Jackson's message: what was found, and what belongs there; an object or array left open is named by where
 * it opened, as a line and column; a word or number that is not JSON is quoted and placed where it starts.
 */
class SyntaxErrorTest {

    private static final String VALUE = "write a string in double quotes, a number, true, false, null, an object or an"
            + " array";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[1,]               | /1: invalid JSON: found ']' where a value should be; remove the comma before ']' (line 1, column 4)",
            "]                  | /: invalid JSON: found ']' where a value should be; VALUE (line 1, column 1)",
            "{\"a\" 1}          | /a: invalid JSON: found '1' after a field name; put ':' between a field name and its value (line 1, column 6)",
            "{\"a\": }          | /a: invalid JSON: found '}' where a value should be; VALUE (line 1, column 7)",
            "{\"a\": NaN}       | /a: invalid JSON: 'NaN' is not a JSON number: Python writes NaN for a figure that is none (one missing in pandas) and Infinity for one divided by zero; leave the field out where there is no figure, or write a number (line 1, column 7)",
            "{\"a\": -Infinity} | /a: invalid JSON: '-Infinity' is not a JSON number: Python writes NaN for a figure that is none (one missing in pandas) and Infinity for one divided by zero; leave the field out where there is no figure, or write a number (line 1, column 7)",
            "{\"a\": nan}       | /a: invalid JSON: 'nan' is not a JSON number: Python writes NaN for a figure that is none (one missing in pandas) and Infinity for one divided by zero; leave the field out where there is no figure, or write a number (line 1, column 7)",
            "{\"a\": 1.}        | /a: invalid JSON: '1.' is not a JSON number; write one such as 7, -7, 0.5 or 2e3: no '+', and a digit either side of a '.' (line 1, column 7)",
            "{\"a\": +1}        | /a: invalid JSON: '+1' is not a JSON number; write one such as 7, -7, 0.5 or 2e3: no '+', and a digit either side of a '.' (line 1, column 7)",
            "{\"a\": -007.5}    | /a: invalid JSON: a number starts with a zero; write -7.5, not -007.5 (line 1, column 7)",
            "{a: 1}             | /: invalid JSON: found 'a' where a field name should be; put field names in double quotes (line 1, column 2)",
            "`{\"a\": 'x'}`     | /a: invalid JSON: found \"'\" where a value should be; put strings in double quotes (line 1, column 7)",
            "{\"a\": [1 2]}     | /a/1: invalid JSON: found '2' after an array item; separate items with ',' and close the array with ']' (line 1, column 10)",
            "{\"a\": 1 \"b\": 2} | /a: invalid JSON: found '\"' after a field's value; separate fields with ',' and close the object with '}' (line 1, column 9)",
            "{\"a\": 1]         | /a: invalid JSON: found ']' where the object opened at line 1, column 1 should be closed with '}' (line 1, column 8)",
            "{\"a\": [1}        | /a/0: invalid JSON: found '}' where the array opened at line 1, column 7 should be closed with ']' (line 1, column 9)",
            "{\"a\": \"x\"      | /: invalid JSON: the document ends before the object opened at line 1, column 1 is closed; add the missing '}' (line 1, column 10)",
            "[                  | /: invalid JSON: the document ends before the array opened at line 1, column 1 is closed; add the missing ']' (line 1, column 2)",
            "`[1, `             | /: invalid JSON: the document ends before the array opened at line 1, column 1 is closed; add the missing ']' (line 1, column 5)",
            "`{\"a\": 1, `      | /: invalid JSON: the document ends before the object opened at line 1, column 1 is closed; add the missing '}' (line 1, column 10)",
            "`{\"a\": {\"b\": 1, ` | /a: invalid JSON: the document ends before the object opened at line 1, column 7 is closed; add the missing '}' (line 1, column 16)",
            "`{\"a\": [1, `     | /a: invalid JSON: the document ends before the array opened at line 1, column 7 is closed; add the missing ']' (line 1, column 11)",
            "`{ \"schemaVersion\": 1, \"title\": \"x\", ` | /: invalid JSON: the document ends before the object opened at line 1, column 1 is closed; add the missing '}' (line 1, column 37)",
            "{\"a\": \"x       | /a: invalid JSON: the document ends inside a string; close the string with '\"' (line 1, column 9)",
            "{\"ab             | /: invalid JSON: the document ends inside a field name; close the name with '\"' (line 1, column 5)",
            "{\"a\": é}         | /a: invalid JSON: 'é' is not a JSON value; VALUE (line 1, column 7)",
            "{\"a\":1,,}        | /a: invalid JSON: found ',' where a field name should be; put field names in double quotes (line 1, column 8)",
            "{\"a\":1,}         | /a: invalid JSON: found '}' where a field name should be; remove the comma before '}' (line 1, column 8)",
            "{\"a\": 1 /* c */} | /a: invalid JSON: found '/', which starts a comment; JSON has no comments (line 1, column 9)",
            "{\"a\": \"\\q\"}    | /a: invalid JSON: '\\q' in a string is not one of JSON's escapes (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX); write a backslash itself as \\\\ (line 1, column 9)",
            "nul                | /: invalid JSON: 'nul' is not a JSON value; VALUE (line 1, column 1)",
            "{\"a\": \u201Cx\u201D} | /a: invalid JSON: found '\u201C', a curly quote; CURLY (line 1, column 7)",
            "{\u201Ca\u201D: 1}   | /: invalid JSON: found '\u201C', a curly quote; CURLY (line 1, column 2)",
            "{\"a\": \u2018x\u2019} | /a: invalid JSON: found '\u2018', a curly quote; CURLY (line 1, column 7)"})
    void whatWasFoundAndWhatBelongsThereIsSaidWhereTheTextStopsBeingJson(String json, String problem) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e.problems()).singleElement().hasToString(problem.replace("VALUE", VALUE).replace("CURLY",
                "JSON quotes strings and field names with the straight double quote '\"'"));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0001, 1", "001E, 1", "001F, 1"})
    void aControlCharacterOutsideAStringIsNamedByItsCodeWhereItStands(String hex, int column) {
        String json = Character.toString(Integer.parseInt(hex, 16)) + "{\"a\": 1}";

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e.problems()).singleElement().hasToString("/: invalid JSON: found U+" + hex + " where a value"
                + " should be; " + VALUE + " (line 1, column " + column + ")");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource(delimiter = '|', value = {
            "0009 | a string holds the control character U+0009; write it escaped, as \\t",
            "0001 | a string holds the control character U+0001; write it escaped, as \\u0001",
            "000A | a string is not closed before the end of its line; close it with '\"', or write a line break"
                    + " inside a string as \\n",
            "000D | a string is not closed before the end of its line; close it with '\"', or write a line break"
                    + " inside a string as \\n"})
    void aControlCharacterInAStringIsToldHowToWriteIt(String hex, String problem) {
        String json = "{\"a\": \"x" + Character.toString(Integer.parseInt(hex, 16)) + "y\"}";

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e.problems()).singleElement().hasToString("/a: invalid JSON: " + problem + " (line 1, column 9)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(JsonReadFeature.class)
    void everyLeniencyJacksonOffersIsRefused(JsonReadFeature leniency) {
        String json = LENIENT.get(leniency);
        assertThat(json).as("what %s lets through: a Jackson upgrade brought a leniency to try", leniency)
                .isNotNull();

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e).as(json).isNotNull();
        assertThat(e.problems()).singleElement().asString().contains(": invalid JSON: ");
    }

    /** Text each of Jackson's read features would accept, which JSON does not. */
    private static final Map<JsonReadFeature, String> LENIENT = Map.ofEntries(
            Map.entry(JsonReadFeature.ALLOW_JAVA_COMMENTS, "{\"a\": 1 /* c */}"),
            Map.entry(JsonReadFeature.ALLOW_YAML_COMMENTS, "{\"a\": 1 # c\n}"),
            Map.entry(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, "{\"a\": \"\\q\"}"),
            Map.entry(JsonReadFeature.ALLOW_SINGLE_QUOTES, "{'a': 1}"),
            Map.entry(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, "{\"a\": \"x\ty\"}"),
            Map.entry(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, "{a: 1}"),
            Map.entry(JsonReadFeature.ALLOW_RS_CONTROL_CHAR, "\u001E{\"a\": 1}"),
            Map.entry(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, "{\"a\": .5}"),
            Map.entry(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS, "{\"a\": +1}"),
            Map.entry(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, "{\"a\": 01}"),
            Map.entry(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, "{\"a\": NaN}"),
            Map.entry(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS, "{\"a\": 1.}"),
            Map.entry(JsonReadFeature.ALLOW_MISSING_VALUES, "[1,,2]"),
            Map.entry(JsonReadFeature.ALLOW_TRAILING_COMMA, "{\"a\": 1,}"));
}
