package io.github.actionplan.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void theReadmeShowsTheQuickStartExactlyAsTested() throws IOException {
        String source = Files.readString(ROOT.resolve(
                "examples/src/main/java/io/github/actionplan/examples/quickstart/QuickStart.java"));
        String snippet = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        String readme = Files.readString(ROOT.resolve("README.md"));
        // A reader pastes the block into a file of their own: it must say where each type comes from.
        String imports = String.join("\n", source.lines().filter(line -> line.startsWith("import ")).toList());

        assertThat(readme).contains(dedent(snippet)).contains("```java\n" + imports + "\n\n");
    }

    private static String dedent(String code) {
        return String.join("\n", Arrays.stream(code.split("\n", -1))
                .map(line -> line.startsWith("        ") ? line.substring(8) : line).toList());
    }
}
