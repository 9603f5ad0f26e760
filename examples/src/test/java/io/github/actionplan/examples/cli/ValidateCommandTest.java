package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /**
     * A plan with an unknown field and a progress of 120%; its deadline "Soon", which earns a warning,
     * is looked at once the plan's structure is sound.
     */
    static final String BROKEN_PLAN = """
            {
              "schemaVersion": 1,
              "title": "Broken plan",
              "organisation": "Example Fire and Rescue Service",
              "source": { "body": "HMICFRS", "title": "Inspection report" },
              "colour": "red",
              "recommendations": [
                { "ref": "AFI 1", "kind": "AREA_FOR_IMPROVEMENT", "text": "Do better.", "progress": 120,
                  "deadline": "Soon" }
              ]
            }
            """;

    @TempDir
    Path folder;

    @Test
    void theSeedPlansAreValid() {
        String derbyshire = Cli.seed(folder, "derbyshire-2023-11-01.json");
        String merseyside = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result result = Cli.run("validate", derbyshire, merseyside);

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(derbyshire + ": valid", merseyside + ": valid");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anEmptyFileNameIsAUsageErrorNotTheCurrentFolder() {
        for (String[] args : List.of(new String[] {"validate", ""}, new String[] {"render", "plan.json", "--out", ""},
                new String[] {"status", "plan.json", "--since", " "})) {
            Cli.Result result = Cli.run(args);

            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).contains("an empty name; give a file or folder");
        }
    }

    @Test
    void anEndlessInputIsReadNoFurtherThanThePlanSizeLimit() {
        // A device or a pipe has no size to judge it by: read whole, /dev/zero would fill any heap.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

        Cli.Result result = Cli.run("validate", "/dev/zero");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("/dev/zero: /: the document is longer than the 16777216 bytes allowed");
    }

    @Test
    void printsEveryProblemOfABrokenPlanWithItsPathAndExitsOne() {
        String plan = Cli.write(folder, "broken.json", BROKEN_PLAN);

        Cli.Result result = Cli.run("validate", plan);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                plan + ": /colour: unknown field 'colour'; the allowed fields are schemaVersion, title, organisation,"
                        + " language, source, asOf, period, statusLabels, recommendations (line 6, column 13)",
                plan + ": /recommendations/0/progress: 120 is not a percentage;"
                        + " write a number from 0 to 100, such as 50 (line 8, column 89)");
        assertThat(result.outLines()).containsExactly(plan + ": invalid (2 errors)");
    }

    @Test
    void aPlanOfMoreErrorsThanAreListedIsCountedWithEveryErrorFound() {
        String fields = IntStream.range(0, 3_000).mapToObj(i -> "\"x" + i + "\": 1, ")
                .collect(Collectors.joining());
        String plan = Cli.write(folder, "flood.json", BROKEN_PLAN.replace("\"colour\"", fields + "\"colour\""));

        Cli.Result result = Cli.run("validate", plan);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1_001).last().asString().startsWith(plan + ": /: 2,001 more problems"
                + " like those above are not listed: the first 1,000 are");
        assertThat(result.outLines()).containsExactly(plan + ": invalid (3,001 errors)");
    }

    @Test
    void warningsAreMarkedAndDoNotFailTheCheck() {
        String plan = Cli.write(folder, "undated.json", StatusCommandTest.UNDATED_PLAN);

        Cli.Result result = Cli.run("validate", plan);

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith(plan + ": warning: /recommendations/0/deadline: 'Soon' is not a timescale");
        assertThat(result.outLines()).containsExactly(plan + ": valid (1 warning)");
    }

    @Test
    void withStrictAPlanWithWarningsFailsTheCheck() {
        String undated = Cli.write(folder, "undated.json", StatusCommandTest.UNDATED_PLAN);
        String seed = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result result = Cli.run("validate", "--strict", seed, undated);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith(undated + ": warning: /recommendations/0/deadline: 'Soon' is not a timescale");
        assertThat(result.outLines()).containsExactly(seed + ": valid", undated + ": invalid with --strict (1 warning)");
    }

    @Test
    void checksEveryPlanGivenAndFailsIfAnyFails() {
        String good = Cli.seed(folder, "merseyside-2025-q1.json");
        String broken = Cli.write(folder, "broken.json", BROKEN_PLAN);
        String missing = folder.resolve("missing.json").toString();

        Cli.Result result = Cli.run("validate", good, broken, missing);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(good + ": valid", broken + ": invalid (2 errors)",
                missing + ": not read");
        assertThat(result.errLines()).hasSize(3).last().isEqualTo(missing + ": no such file");
    }

    @Test
    void aSyntaxErrorIsOneProblemWithItsPlace() {
        String plan = Cli.write(folder, "syntax.json", "{\n  \"title\": \"x\",\n  \"organisation\": \n}\n");

        Cli.Result result = Cli.run("validate", plan);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(plan + ": /organisation: invalid JSON: found '}' where a value"
                + " should be; write a string in double quotes, a number, true, false, null, an object or an array"
                + " (line 4, column 1)");
        assertThat(result.outLines()).containsExactly(plan + ": invalid (1 error)");
    }

    @Test
    void noPlanIsAUsageError() {
        Cli.Result result = Cli.run("validate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("Missing required parameter: 'PLAN.json'",
                "Try 'actionplan validate --help' for more information.");
    }
}
