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
 * Text that is not JSON, beyond the invalid-document suite: each says what was found and what belongs
 * there, at the path and the character where the text stops being JSON, in words that do not come
 * from Jackson's messages.
 */
class SyntaxErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[1,]               | /1: invalid JSON: found ']' where a value should be; remove the comma before ']' (line 1, column 4)",
            "{\"a\" 1}          | /a: invalid JSON: found '1' after a field name; put ':' between a field name and its value (line 1, column 6)",
            "{\"a\": }          | /a: invalid JSON: found '}' where a value should be; write a string in double quotes, a number, true, false, null, an object or an array (line 1, column 7)",
            "{\"a\": NaN}       | /a: invalid JSON: 'NaN' is not a JSON value; write a string in double quotes, a number, true, false, null, an object or an array (line 1, column 7)",
            "{\"a\": 1.}        | /a: invalid JSON: '1.' is not a number; write a number such as 7, 62.5 or 1e3 (line 1, column 7)",
            "{a: 1}             | /: invalid JSON: found 'a' where a field name should be; put field names in double quotes (line 1, column 2)",
            "`{\"a\": 'x'}`     | /a: invalid JSON: found \"'\" where a value should be; put strings in double quotes (line 1, column 7)",
            "{\"a\": [1 2]}     | /a/1: invalid JSON: found '2' after an array item; separate items with ',' and close the array with ']' (line 1, column 10)",
            "{\"a\": 1]         | /a: invalid JSON: found ']' where the object opened at line 1, column 1 should be closed with '}' (line 1, column 8)",
            "{\"a\": \"x\"      | /a: invalid JSON: the document ends before the object opened at line 1, column 1 is closed; add the missing '}' (line 1, column 10)",
            "[                  | /: invalid JSON: the document ends before the array opened at line 1, column 1 is closed; add the missing ']' (line 1, column 2)",
            "{\"a\": é}         | /a: invalid JSON: found 'é' where a value should be; write a string in double quotes, a number, true, false, null, an object or an array (line 1, column 7)",
            "{\"a\":1,,}        | /a: invalid JSON: found ',' where a field name should be; put field names in double quotes (line 1, column 8)",
            "nul                | /: invalid JSON: 'nul' is not a JSON value; write a string in double quotes, a number, true, false, null, an object or an array (line 1, column 1)"})
    void whatWasFoundAndWhatBelongsThereIsSaidWhereTheTextStopsBeingJson(String json, String problem) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e.problems()).singleElement().hasToString(problem);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0001, found U+0001 where a value should be", "001F, found U+001F where a value should be"})
    void aControlCharacterOutsideAStringIsNamedByItsCodePoint(String hex, String found) {
        String json = "{\"a\": " + Character.toString(Integer.parseInt(hex, 16)) + "}";

        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.reader().read(json));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains(found));
    }

    @Test
    void everyReadFeatureOfJacksonIsALeniencyWhichTheReaderTurnsOff() {
        // JsonTree turns every one off: a feature that made Jackson stricter would need turning on instead.
        assertThat(Arrays.stream(JsonReadFeature.values()).map(Enum::name)).allMatch(name -> name.startsWith("ALLOW_"));
    }
}
