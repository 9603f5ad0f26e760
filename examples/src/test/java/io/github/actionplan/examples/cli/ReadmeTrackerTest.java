package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Onboard an existing tracker" runs as written: its command, with the files it
 * writes put in a temporary folder, prints exactly the output the README shows.
 */
class ReadmeTrackerTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final String SECTION = "### Onboard an existing tracker";

    @Test
    void theReadmesTrackerCommandPrintsWhatTheReadmeShows(@TempDir Path folder) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf(SECTION));
        String command = block(section, "```sh\n");
        String afterCommand = section.substring(section.indexOf(command) + command.length() + "```".length());
        String shown = block(afterCommand, "```\n");

        List<String> args = new ArrayList<>(List.of(command.strip().split(" +")));
        assertThat(args.remove(0)).isEqualTo("actionplan");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i > 0 && List.of("--out", "--save-mapping").contains(args.get(i - 1))) {
                args.set(i, folder.resolve(arg).toString());
            } else if (arg.endsWith(".xlsx")) {
                args.set(i, ROOT.resolve(arg).toString());
            }
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replace(folder + java.io.File.separator, "")).isEqualTo(shown);
        assertThat(PlanJson.read(folder.resolve("merseyside.json")).recommendations()).hasSize(5);
        assertThat(folder.resolve("merseyside-mapping.json")).isNotEmptyFile();
    }

    /** The text of the first fenced block opened by {@code fence} in {@code text}. */
    private static String block(String text, String fence) {
        int start = text.indexOf(fence) + fence.length();
        return text.substring(start, text.indexOf("```", start));
    }
}
