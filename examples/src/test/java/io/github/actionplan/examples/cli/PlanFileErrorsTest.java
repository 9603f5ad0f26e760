package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.validation.InvalidPlanException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan file that does not exist, is a folder, is not UTF-8, is empty or is not JSON gets one
 * clear line and exit code 1, from every command that reads plans, and never a stack trace.
 */
class PlanFileErrorsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void aMissingFile(String command) {
        String file = folder.resolve("missing.json").toString();
        assertOneLine(command, file, file + ": no such file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void aFolder(String command) throws IOException {
        String plans = Files.createDirectory(folder.resolve("plans")).toString();
        assertOneLine(command, plans, plans + ": is a folder, not a plan file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void aFileThatIsNotUtf8(String command) throws IOException {
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("{\n  \"title\": \"Caf".getBytes(StandardCharsets.US_ASCII));
        latin1.write(0xE9); // é in ISO-8859-1
        latin1.writeBytes("\"\n}\n".getBytes(StandardCharsets.US_ASCII));
        String file = Files.write(folder.resolve("latin1.json"), latin1.toByteArray()).toString();

        assertOneLine(command, file,
                file + ": the plan is not UTF-8 text (byte 0xe9); save it as UTF-8 (line 2, column 16)");
    }

    @Test
    void aMergeConflictGitLeftAtTheTopIsToldAsOneNotAsAFileThatIsNoJsonObject() throws IOException {
        // Run 93 #11: told "is not a JSON object (it starts with "<<<<<<< HEAD")".
        String file = Files.writeString(folder.resolve("merged.json"), "<<<<<<< HEAD\n{\"title\": \"Ours\"\n=======\n"
                + "{\"title\": \"Theirs\"\n>>>>>>> q2\n}\n").toString();

        Cli.Result result = run("validate", file, folder.resolve("out"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out() + result.err()).contains(file + ": /: a merge conflict that git left in the file"
                + " starts here").contains("(line 1, column 1)").doesNotContain("is not a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void aUtf16File(String command) throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = "{}".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        String file = Files.write(folder.resolve("utf16.json"), bytes).toString();

        assertOneLine(command, file,
                file + ": the plan is UTF-16 text; actionplan reads UTF-8 only: save it as UTF-8 (line 1, column 1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void anOverlongUtf8FormGetsTheLibrarysAnswer(String command) throws IOException {
        ByteArrayOutputStream overlong = new ByteArrayOutputStream();
        overlong.writeBytes("{\n  \"title\": \"a".getBytes(StandardCharsets.US_ASCII));
        overlong.write(0xC0); // "/" in two bytes, which UTF-8 forbids
        overlong.write(0xAF);
        overlong.writeBytes("b\"\n}\n".getBytes(StandardCharsets.US_ASCII));
        String file = Files.write(folder.resolve("overlong.json"), overlong.toByteArray()).toString();
        InvalidPlanException library = catchThrowableOfType(InvalidPlanException.class,
                () -> PlanJson.read(Path.of(file)));

        assertOneLine(command, file, file + ": the plan is not UTF-8 text (byte 0xc0); save it as UTF-8 (line 2,"
                + " column 14)");
        assertThat(library.problems()).singleElement().hasToString("/: the plan is not UTF-8 text (byte 0xc0);"
                + " save it as UTF-8 (line 2, column 14)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void anEmptyFile(String command) throws IOException {
        String file = Files.write(folder.resolve("empty.json"), new byte[0]).toString();
        assertOneLine(command, file, file + ": the file is empty; an action plan is a JSON object starting with '{'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void aFileOfWhiteSpaceOnly(String command) throws IOException {
        String file = Files.writeString(folder.resolve("blank.json"), "\uFEFF  \n\t\n").toString();
        assertOneLine(command, file, file + ": the file is empty; an action plan is a JSON object starting with '{'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void aFileThatIsNotJson(String command) throws IOException {
        String file = Files.writeString(folder.resolve("notes.txt"), "Hello, this is not a plan.\n{}\n").toString();
        assertOneLine(command, file, file + ": is not a JSON object (it starts with \"Hello, this is not a...\");"
                + " an action plan is a JSON object starting with '{'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void aJsonArray(String command) throws IOException {
        String file = Files.writeString(folder.resolve("array.json"), "[1, 2]").toString();
        assertOneLine(command, file, file + ": is not a JSON object (it starts with \"[1, 2]\");"
                + " an action plan is a JSON object starting with '{'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status"})
    void everyPlanGivenThatCannotBeReadIsToldNotTheFirstAlone(String command) throws IOException {
        // Trial 36 F4: as validate tells them.
        String broken = Cli.write(folder, "broken.json", ValidateCommandTest.BROKEN_PLAN);
        String good = Cli.seed(folder, "merseyside-2025-q1.json");
        String array = Files.writeString(folder.resolve("array.json"), "[1, 2]").toString();
        Path out = folder.resolve("out");

        Cli.Result result = run(command, broken, out, good, array);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                broken + ": /colour: unknown field 'colour'; the allowed fields are schemaVersion, title, organisation,"
                        + " language, source, asOf, period, statusLabels, recommendations (line 6, column 13)",
                broken + ": /recommendations/0/progress: 120 is not a percentage;"
                        + " write a number from 0 to 100, such as 50 (line 8, column 89)",
                broken + ": not a valid action plan (2 errors)",
                array + ": is not a JSON object (it starts with \"[1, 2]\"); an action plan is a JSON object starting"
                        + " with '{'");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status"})
    void anInvalidPlanPrintsEveryProblemAndWritesNothing(String command) {
        String file = Cli.write(folder, "broken.json", ValidateCommandTest.BROKEN_PLAN);
        Path out = folder.resolve("out");

        Cli.Result result = run(command, file, out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                file + ": /colour: unknown field 'colour'; the allowed fields are schemaVersion, title, organisation,"
                        + " language, source, asOf, period, statusLabels, recommendations (line 6, column 13)",
                file + ": /recommendations/0/progress: 120 is not a percentage;"
                        + " write a number from 0 to 100, such as 50 (line 8, column 89)",
                file + ": not a valid action plan (2 errors)");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status", "validate"})
    void verboseAddsTheStackTrace(String command) {
        String file = folder.resolve("missing.json").toString();

        Cli.Result result = run(command, file, folder.resolve("out"), "--verbose");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).first().isEqualTo(file + ": no such file");
        assertThat(result.err()).contains("java.nio.file.NoSuchFileException", "\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "status"})
    void aPlanWithAUtf8ByteOrderMarkIsRead(String command) throws IOException {
        String json = Files.readString(Path.of(Cli.seed(folder, "merseyside-2025-q1.json")));
        String file = Files.writeString(folder.resolve("bom.json"), "\uFEFF" + json).toString();

        Cli.Result result = run(command, file, folder.resolve("out"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }

    private void assertOneLine(String command, String file, String line) {
        Path out = folder.resolve("out");
        Cli.Result result = run(command, file, out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(line);
        assertThat(result.err()).doesNotContain("\tat ", "Exception");
        assertThat(result.outLines()).isEqualTo(command.equals("validate") ? List.of(file + ": not read") : List.of());
        assertThat(out).doesNotExist();
    }

    private static Cli.Result run(String command, String file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(command, file));
        if (command.equals("render")) {
            args.addAll(List.of("--out", out.toString()));
        }
        args.addAll(List.of(more));
        return Cli.run(Cli.MARKDOWN_ONLY, args.toArray(String[]::new));
    }
}
