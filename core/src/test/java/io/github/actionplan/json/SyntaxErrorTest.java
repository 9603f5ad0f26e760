package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.actionplan.validation.InvalidPlanException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void everyReadFeatureOfJacksonIsALeniencyWhichTheReaderTurnsOff() {
        // JsonTree turns every one off: a feature that made Jackson stricter would need turning on instead.
        assertThat(Arrays.stream(JsonReadFeature.values()).map(Enum::name)).allMatch(name -> name.startsWith("ALLOW_"));
    }
}
