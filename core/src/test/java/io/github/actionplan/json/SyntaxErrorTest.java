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
 * character column where the text stops being JSON, in Jackson's words: what it found there, and what it
 * expected; an object or array left open is named by where it opened, as a line and column.
 */
class SyntaxErrorTest {

    private static final String VALUE = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[1,]               | /1: invalid JSON: Unexpected character (']' (code 93)): expected a valid value VALUE (line 1, column 4)",
            "{\"a\" 1}          | /a: invalid JSON: Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value (line 1, column 6)",
            "{\"a\": }          | /a: invalid JSON: Unexpected character ('}' (code 125)): expected a valid value VALUE (line 1, column 7)",
            "{\"a\": NaN}       | /a: invalid JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow (line 1, column 10)",
            "{\"a\": 1.}        | /a: invalid JSON: Unexpected character ('}' (code 125)) in numeric value: Decimal point not followed by a digit (line 1, column 8)",
            "{a: 1}             | /: invalid JSON: Unexpected character ('a' (code 97)): was expecting double-quote to start field name (line 1, column 2)",
            "`{\"a\": 'x'}`     | /a: invalid JSON: Unexpected character (''' (code 39)): expected a valid value VALUE (line 1, column 7)",
            "{\"a\": [1 2]}     | /a/1: invalid JSON: Unexpected character ('2' (code 50)): was expecting comma to separate Array entries (line 1, column 10)",
            "{\"a\": 1]         | /a: invalid JSON: Unexpected close marker ']': expected '}' (for Object starting at line 1, column 1) (line 1, column 8)",
            "{\"a\": \"x\"      | /a: invalid JSON: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1) (line 1, column 10)",
            "[                  | /: invalid JSON: Unexpected end-of-input: expected close marker for Array (start marker at line 1, column 1) (line 1, column 2)",
            "{\"a\": é}         | /a: invalid JSON: Unrecognized token 'é': was expecting VALUE (line 1, column 8)",
            "{\"a\":1,,}        | /a: invalid JSON: Unexpected character (',' (code 44)): was expecting double-quote to start field name (line 1, column 8)",
            "nul                | /: invalid JSON: Unrecognized token 'nul': was expecting VALUE (line 1, column 4)"})
    void whatWasFoundAndWhatBelongsThereIsSaidWhereTheTextStopsBeingJson(String json, String problem) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e.problems()).singleElement().hasToString(problem.replace("VALUE", VALUE));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0001, code 1", "001F, code 31"})
    void aControlCharacterOutsideAStringIsNamedByItsCode(String hex, String code) {
        String json = "{\"a\": " + Character.toString(Integer.parseInt(hex, 16)) + "}";

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("/a: invalid JSON: Illegal character ((CTRL-CHAR, " + code + "))")
                .endsWith("(line 1, column 8)"));
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
