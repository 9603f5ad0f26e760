package io.github.actionplan.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuickStartTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    @Test
    void theQuickStartPrintsTheOffTrackCountAndReasonsAndWritesEveryFormat(@TempDir Path folder) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            QuickStart.run(ROOT.resolve("examples/src/main/resources/plans/derbyshire-2023-11-01.json"), folder);
        } finally {
            System.setOut(original);
        }

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("15 off track");
        assertThat(lines.get(1)).isEqualTo("Rec 17: deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%");
        assertThat(lines).hasSize(16);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("summary.docx", "summary.xlsx", "summary.md");
        }
    }

    @Test
    void changingOneItemMovesThePlanOnAQuarterAndWritesItWithTheSubActionDoneAndTheUpdate(@TempDir Path folder)
            throws IOException {
        // Trial 46 F1: the README's snippet named a ref no shipped plan has, and its plan could not be written.
        Path out = folder.resolve("merseyside-2025-q2.json");

        ChangeOneItem.run(ROOT.resolve("examples/src/main/resources/plans/merseyside-2025-q1.json"), out);

        ActionPlan written = PlanJson.read(out);
        assertThat(written.asOf()).contains(LocalDate.of(2025, 9, 30));
        Recommendation afi2 = written.recommendation("2").orElseThrow();
        assertThat(afi2.subActions().getFirst().completedOn()).contains(LocalDate.of(2025, 9, 12));
        assertThat(afi2.latestUpdate().orElseThrow().text()).isEqualTo("Policy approved.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"QuickStart", "ChangeOneItem"})
    void theReadmeShowsTheExampleExactlyAsTested(String example) throws IOException {
        String source = Files.readString(ROOT.resolve(
                "examples/src/main/java/io/github/actionplan/examples/quickstart/" + example + ".java"));
        String snippet = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        String readme = Files.readString(ROOT.resolve("README.md"));
        // A reader pastes the block into a file of their own: it must say where each type comes from.
        String imports = String.join("\n", source.lines().filter(line -> line.startsWith("import ")).toList());

        assertThat(readme).contains("```java\n" + imports + "\n\n" + dedent(snippet) + "```");
    }

    private static String dedent(String code) {
        return String.join("\n", Arrays.stream(code.split("\n", -1))
                .map(line -> line.startsWith("        ") ? line.substring(8) : line).toList());
    }
}
