package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands the command line suggests, each word reaching the command as one, pasted as printed. */
class SuggestedTest {

    @TempDir
    Path folder;

    @Test
    void plainWordsAreAsTheyAreAndOthersQuotedAsEveryShellTakesThem() {
        assertThat(Suggested.command("import", "q1.json", "/srv/plans/Tân-2025.xlsx"))
                .isEqualTo("actionplan import q1.json /srv/plans/Tân-2025.xlsx");
        assertThat(Suggested.word("Update workbook (2).xlsx")).isEqualTo("\"Update workbook (2).xlsx\"");
        assertThat(Suggested.word("C:\\Users\\ann\\OneDrive - Anyshire FRS\\q1.json"))
                .as("a Windows path, its backslashes kept")
                .isEqualTo("\"C:\\Users\\ann\\OneDrive - Anyshire FRS\\q1.json\"");
        assertThat(Suggested.word("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
        assertThat(Suggested.word("")).isEqualTo("\"\"");
        // Run 104 #4: read as an option, or by PowerShell (',' and '@'), cmd ('%', '^') or bash ('~')
        assertThat(Suggested.word("-x.json")).isEqualTo("./-x.json");
        assertThat(List.of("q1,q2.json", "@plan.json", "100%.json", "a^b.json", "~plan.json", "a=b.json"))
                .allSatisfy(word -> assertThat(Suggested.word(word)).isEqualTo("\"" + word + "\""));
    }

    @Test
    void eachWordReachesACommandAsOneThroughAPosixShell() throws Exception {
        List<String> words = List.of("OneDrive - Anyshire FRS/q1.json", "Update workbook (2).xlsx", "a \"b\" $c `d` !e",
                "it's", "back\\slash\\", "tab\there", "Tân *.xlsx");
        Path script = folder.resolve("words.sh");
        Files.writeString(script, "printf '%s\\n' " + String.join(" ", words.stream().map(Suggested::word).toList())
                + "\n", StandardCharsets.UTF_8);

        Process shell = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true).start();
        assertThat(shell.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(out).isEqualTo(String.join("\n", words) + "\n");
    }

    @Test
    void theImportAWorkbookCommandSuggestsIsQuotedWhereItsNamesHoldSpacesOrBrackets() throws IOException {
        // Run 102 #5: pasted as printed, "Update workbook (2).xlsx" was a syntax error in bash, three words in cmd.
        Path plans = Files.createDirectories(folder.resolve("OneDrive - Anyshire FRS"));
        String plan = Files.copy(Path.of(Cli.seed(folder, "merseyside-2025-q1.json")),
                plans.resolve("Action plan.json")).toString();
        String out = plans.resolve("Update workbook (2).xlsx").toString();

        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out", out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("Send it to the owners; read it back with: actionplan import \"" + plan
                + "\" \"" + out + "\" --out NEW.json");
    }
}
