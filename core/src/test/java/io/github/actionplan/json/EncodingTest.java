package io.github.actionplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The format is UTF-8 only, with an optional byte order mark: the reader decodes strictly, and
 * refuses every other encoding and every byte sequence UTF-8 forbids, with its line and column.
 */
class EncodingTest {

    private static final String PLAN = HostileInputTest.plan("", "");

    /** The plan with {@code bytes} written into the title, on line 3. */
    static byte[] withTitleBytes(int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = PLAN.split("HMICFRS Action Plan", 2);
        out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static InvalidPlanException refusal(byte[] bytes) {
        return catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.reader().read(new ByteArrayInputStream(bytes), "plan.json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "an overlong slash, C0 AF, 0xc0",
            "an overlong NUL, C0 80, 0xc0",
            "a three-byte overlong, E0 80 AF, 0xe0",
            "an encoded high surrogate, ED A0 80, 0xed",
            "an encoded low surrogate, ED BF BF, 0xed",
            "a code point above U+10FFFF, F4 90 80 80, 0xf4",
            "a five-byte form, F8 88 80 80 80, 0xf8",
            "a lone continuation byte, 80, 0x80",
            "a Latin-1 e acute, E9, 0xe9"})
    void bytesUtf8ForbidsAreRefusedWithTheirLineAndColumn(String what, String hex, String shown) {
        String[] digits = hex.split(" ");
        int[] bytes = new int[digits.length];
        for (int i = 0; i < digits.length; i++) {
            bytes[i] = Integer.parseInt(digits[i], 16);
        }
        InvalidPlanException e = refusal(withTitleBytes(bytes));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().hasToString("/: the plan is not UTF-8 text (byte " + shown
                + "); save it as UTF-8 (line 3, column 13)");
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsReadAsItselfAndAFaultBesideItIsStillFound() throws Exception {
        // U+FFFD is also how the JDK's decoding marks bytes that are not UTF-8, so the reader looks closer
        byte[] replacement = withTitleBytes(0xef, 0xbf, 0xbd);

        assertThat(PlanJson.reader().read(new ByteArrayInputStream(replacement), "plan.json").plan().title())
                .isEqualTo("\uFFFD");
        assertThat(refusal(withTitleBytes(0xef, 0xbf, 0xbd, 0xe9)).problems()).singleElement().hasToString(
                "/: the plan is not UTF-8 text (byte 0xe9); save it as UTF-8 (line 3, column 14)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16BE, UTF-16", "UTF-16LE, UTF-16", "UTF-32BE, UTF-32", "UTF-32LE, UTF-32"})
    void otherEncodingsAreRefusedByName(String charset, String name) {
        byte[] bom = "\uFEFF".getBytes(Charset.forName(charset));
        byte[] text = PLAN.getBytes(Charset.forName(charset));
        for (byte[] bytes : new byte[][] {concat(bom, text), text}) {
            InvalidPlanException e = refusal(bytes);
            assertThat(e).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .startsWith("the plan is " + name + " text").endsWith("actionplan reads UTF-8 only: save it as UTF-8"));
        }
    }

    @Test
    void eachMergeConflictGitLeftIsToldAtItsFirstMarkerNotAsAFieldNameWithoutQuotes() throws Exception {
        // Run 92 #3: told "put field names in double quotes", at the field before it, and the second not at all.
        String conflicted = PLAN.replace("\"title\": \"HMICFRS Action Plan\",", "\n<<<<<<< HEAD\n\"title\": \"Ours\",\n"
                + "=======\n\"title\": \"Theirs\",\n>>>>>>> q2\n") + "\n<<<<<<< HEAD\n=======\n>>>>>>> q2\n";

        assertThat(refusal(conflicted.getBytes(StandardCharsets.UTF_8)).problems()).extracting(Problem::toString)
                .hasSize(2).allMatch(p -> p.startsWith("/: a merge conflict that git left in the file starts here"
                        + " (<<<<<<<, then ======= and >>>>>>>): keep the lines meant of the two sides, delete the"
                        + " others and the three marker lines, and read it again (line "));
        // Run 95 #4: at the top of a file saved with a byte order mark, as Notepad saves one
        assertThat(refusal(("\uFEFF<<<<<<< HEAD\n" + PLAN + "=======\n{}\n>>>>>>> q2\n").getBytes(
                StandardCharsets.UTF_8)).problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("/: a merge conflict that git left in the file starts here").endsWith("(line 1, column 1)");
        // After '<' in a text and a marker inside a string, which the search for the marker passes by
        String afterAngles = PLAN.replace("\"title\": \"HMICFRS Action Plan\",", "\"title\": \"a <b> <<<<<<< c\",\n"
                + "<<<<<<< HEAD\n=======\n>>>>>>> q2\n");
        assertThat(refusal(afterAngles.getBytes(StandardCharsets.UTF_8)).problems()).extracting(Problem::toString)
                .singleElement().asString().startsWith("/: a merge conflict that git left in the file starts here");
    }

    @Test
    void aFileOfZeroBytesAloneIsToldAsWhatACrashLeavesNotAsUtf32() {
        // Run 92 #5: a write a power cut left as NUL bytes was told to be saved as UTF-8.
        assertThat(refusal(new byte[4096]).problems()).singleElement().hasToString("/: the plan holds nothing but zero"
                + " bytes (4096), as a write cut short by a crash or a power cut leaves a file; give a copy of the plan"
                + " from before it, such as a backup (line 1, column 1)");
    }

    @Test
    void anExcelWorkbookGivenAsThePlanIsToldAsOneNotAsTextThatIsNotUtf8() throws Exception {
        // Trial 26 F7: a plan and a workbook given the wrong way round were told to save the workbook as UTF-8.
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            out.write(new byte[] {(byte) 0x80, 1, 2, 3});
        }

        assertThat(refusal(zip.toByteArray()).problems()).singleElement().hasToString("/: the plan is a zip file, such"
                + " as an Excel workbook or a Word document, not JSON text; give the plan's JSON file (line 1,"
                + " column 1)");
    }

    @Test
    void aUtf8ByteOrderMarkIsAllowed() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PLAN.getBytes(StandardCharsets.UTF_8));
        assertThat(PlanJson.reader().read(new ByteArrayInputStream(bytes), "plan.json").plan().title())
                .isEqualTo("HMICFRS Action Plan");
    }

    @Test
    void textWithALoneSurrogateIsRefusedNotTurnedIntoAQuestionMark() {
        String json = PLAN.replace("HMICFRS Action Plan", "HMICFRS \uD800 Plan");
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.fromJson(json));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().hasToString(
                "/: the text holds a lone surrogate (U+D800), which is not Unicode text (line 3, column 21)");
    }

    @Test
    void anEscapedLoneSurrogateIsRefusedAfterEscapedBackslashesAndAnEscapedPairIsRead() throws Exception {
        // In the JSON text: an escaped backslash, then half of a character, escaped.
        String half = PLAN.replace("HMICFRS Action Plan", "HMICFRS \\\\\\ud83d Plan");
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> PlanJson.fromJson(half));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().asString().contains("half of a character").contains("U+D83D");
        String pair = PLAN.replace("HMICFRS Action Plan", "HMICFRS \\\\\\ud83d\\ude92 Plan");
        assertThat(PlanJson.fromJson(pair).title()).isEqualTo("HMICFRS \\\ud83d\ude92 Plan");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
