package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionPlanCommandTest {

    @Test
    void versionIsTheProjectVersion() {
        Cli.Result result = Cli.run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("actionplan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void scratch() {
        for (String[] args : new String[][] {{}, {"rendr"}, {"--help"}, {"render", "--help"}, {"status", "x.json", "--verbose"}, {"--verbose", "status", "x.json"}, {"status", "x.json"}, {"status", "--as-of", "2023-13-01", "x.json"}, {"validate"}}) {
            Cli.Result r = Cli.run(args);
            System.out.println("=== " + String.join(" ", args) + " -> " + r.exitCode() + "\n--out:\n" + r.out() + "--err:\n" + r.err());
        }
    }
}
