package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import io.github.actionplan.testkit.ContractFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --since}, {@code render --report portfolio}, {@code --due-within}, and {@code status} with them. */
class CommitteeReportsCommandTest {

    @TempDir
    Path folder;

    private String lastQuarter() throws IOException {
        ActionPlan now = PlanJson.read(Path.of(Cli.seed(folder, "merseyside-2025-q1.json")));
        ActionPlan then = ActionPlan.builder().from(ContractFixtures.previousQuarter(now))
                .asOf(ContractFixtures.PREVIOUS_QUARTER_AS_OF).build();
        Path file = folder.resolve("merseyside-2024-q4.json");
        PlanJson.write(then, file);
        return file.toString();
    }

    @Test
    void sinceAnEarlierSnapshotAddsTheProgressReport() throws IOException {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--since", lastQuarter(), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                out.resolve("merseyside-2025-q1-summary.md").toString(),
                out.resolve("merseyside-2025-q1-action-plan.md").toString(),
                out.resolve("merseyside-2025-q1-exceptions.md").toString(),
                out.resolve("merseyside-2025-q1-owners.md").toString(),
                out.resolve("merseyside-2025-q1-progress.md").toString());
        assertThat(out.resolve("merseyside-2025-q1-progress.md")).content(StandardCharsets.UTF_8)
                .contains("Progress since 31 March 2025", "| Removed | 1 |", "| New | 1 |");
    }

    @Test
    void theProgressReportWithoutAnEarlierSnapshotIsAUsageError() {
        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"),
                "--report", "progress", "--out", folder.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo(
                "--report progress needs --since OLD.json: the earlier snapshot of the plan to compare with");
    }

    @Test
    void sinceGivenTheLaterPlanIsAUsageErrorInBothCommandsNotABackwardsReport() throws IOException {
        String earlier = lastQuarter();
        String later = Cli.seed(folder, "merseyside-2025-q1.json");
        Path out = folder.resolve("reports");

        Cli.Result render = Cli.run(Cli.MARKDOWN_ONLY, "render", earlier, "--since", later, "--out", out.toString());
        Cli.Result status = Cli.run("status", earlier, "--since", later);

        for (Cli.Result result : new Cli.Result[] {render, status}) {
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errLines()).first().isEqualTo("--since " + later + " is as of 30 Jun 2025, after the"
                    + " plan's reporting date, 31 Mar 2025: --since takes the earlier plan, the one before this"
                    + " quarter's import; give the two the other way round");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void sinceGivenAnotherServicesPlanIsAUsageErrorInBothCommandsNotAReportOfEveryItemClosedAndNew()
            throws IOException {
        String merseyside = Cli.seed(folder, "merseyside-2025-q1.json");
        String derbyshire = Cli.seed(folder, "derbyshire-2023-11-01.json");
        Path out = folder.resolve("reports");

        Cli.Result render = Cli.run(Cli.MARKDOWN_ONLY, "render", merseyside, "--since", derbyshire, "--out",
                out.toString());
        Cli.Result status = Cli.run("status", merseyside, "--since", derbyshire);

        for (Cli.Result result : new Cli.Result[] {render, status}) {
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errLines()).first().isEqualTo("--since " + derbyshire + ": the earlier snapshot is"
                    + " Derbyshire Fire & Rescue Service's plan and the later Merseyside Fire and Rescue Service's,"
                    + " with no recommendation in common: every item would be reported removed or new; compare two"
                    + " snapshots of one plan");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void sinceWithSeveralPlansIsAUsageErrorInBothCommands() throws IOException {
        String since = lastQuarter();
        String a = Cli.seed(folder, "derbyshire-2023-11-01.json");
        String b = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result render = Cli.run(Cli.MARKDOWN_ONLY, "render", a, b, "--since", since, "--out", folder.toString());
        Cli.Result status = Cli.run("status", a, b, "--since", since);

        for (Cli.Result result : new Cli.Result[] {render, status}) {
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errLines()).first().isEqualTo(
                    "--since compares one plan with its earlier snapshot; give one PLAN.json with it, not 2");
        }
    }

    @Test
    void severalPlansMakeAPortfolioAtTheLatestOfTheirDates() {
        Path out = folder.resolve("reports");

        Cli.Result result = Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                Cli.seed(folder, "merseyside-2025-q1.json"), "--report", "portfolio", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(out.resolve("portfolio.md").toString());
        assertThat(out.resolve("portfolio.md")).content(StandardCharsets.UTF_8)
                .contains("# Action plans of Derbyshire Fire \\& Rescue Service and Merseyside Fire and Rescue Service",
                        "2 plans, as of 30 June 2025", "Exceptions across plans");
    }

    @Test
    void theOwnersReportLooksAsFarAheadAsAsked() {
        Path out = folder.resolve("reports");

        Cli.run(Cli.MARKDOWN_ONLY, "render", Cli.seed(folder, "merseyside-2025-q1.json"), "--report", "owners",
                "--due-within", "30", "--out", out.toString());

        assertThat(out.resolve("merseyside-2025-q1-owners.md")).content(StandardCharsets.UTF_8)
                .contains("due within 30 days");
    }

    @Test
    void statusSinceAnEarlierSnapshotPrintsTheMovements() throws IOException {
        String since = lastQuarter();
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result text = Cli.run("status", plan, "--since", since);
        JsonNode json = new ObjectMapper().readTree(Cli.run("status", plan, "--since", since, "--json").out());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Since the earlier snapshot: ", "1 new", "1 removed", "  Closed 1: removed");
        assertThat(json.get("since").get("movements").get("NEW").asInt()).isEqualTo(1);
        assertThat(json.get("since").get("movements").get("REMOVED").asInt()).isEqualTo(1);
        assertThat(json.get("since").get("items")).isNotEmpty();
    }

    @Test
    void anEarlierSnapshotsWarningsAreCountedNotListedAgain() throws IOException {
        // Trial 49 F5: each warning the plan and its earlier snapshot shared was printed twice by every --since.
        ActionPlan seed = PlanJson.read(Path.of(Cli.seed(folder, "derbyshire-2023-11-01.json")));
        var first = seed.recommendations().getFirst();
        ActionPlan now = seed.withRecommendation(first.withSubActions(first.subActions().stream().map(s -> SubAction
                .builder().from(s).due(Timescale.parse("Dec 2030")).build()).toList()));
        Path plan = folder.resolve("now.json");
        Path since = folder.resolve("then.json"); // a snapshot of the plan as it is: nothing moved, the warning shared
        PlanJson.write(now, plan);
        PlanJson.write(now, since);

        Cli.Result result = Cli.run("status", plan.toString(), "--since", since.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).filteredOn(line -> line.contains("'Dec 2030'")).hasSize(2)
                .allMatch(line -> line.startsWith(plan + ": warning: /recommendations/0/subActions/"));
        assertThat(result.errLines()).contains(since + ": 2 warnings of the earlier plan, not listed here;"
                + " they are listed by: actionplan validate " + since);
    }

    @Test
    void statusSinceGivesTheDatesWhereAnItemMovedWithItsDueDate() throws IOException {
        Since since = statusSince("5", "5.9", s -> s.withRevisedDue(Timescale.parse("Mar 2026")));

        assertThat(since.text().outLines()).contains("  5: rescheduled, Off track -> On track, due 30 Nov 2024 -> 31"
                + " Mar 2026");
        JsonNode five = since.json().get("items").get(4);
        assertThat(five.get("ref").asText()).isEqualTo("5");
        assertThat(five.get("dueBefore").asText()).isEqualTo("2024-11-30");
        assertThat(five.get("dueAfter").asText()).isEqualTo("2026-03-31");
    }

    @Test
    void statusSinceNamesAnItemWhoseDueDateMovedThoughItsStatusDidNot() throws IOException {
        Since since = statusSince("2", "2.2", s -> s.withRevisedDue(Timescale.parse("Feb 2025")));

        assertThat(since.text().outLines()).contains("  2: unchanged, Off track -> Off track, due 31 Jan 2025 -> 28"
                + " Feb 2025", "Due dates moved later: 1 of 5, ref 2");
        assertThat(since.json().get("dueDatesMovedLater")).extracting(JsonNode::asText).containsExactly("2");
    }

    @Test
    void statusSinceNamesTheSubActionsCompletedThoughNoRecommendationMoved() throws IOException {
        // Trial 56 F4: four actions delivered in a quarter read "0 improved", and nothing said what was done.
        Since since = statusSince("2", "2.3", s -> s.withCompletion(LocalDate.of(2025, 6, 30)));

        assertThat(since.text().outLines()).contains("Sub-actions completed: 1 (2.3)");
        assertThat(since.json().get("subActionsCompleted")).extracting(JsonNode::asText).containsExactly("2.3");
    }

    /** What {@code status --since} the Merseyside seed says, as text and as JSON's since object. */
    private record Since(Cli.Result text, JsonNode json) {}

    /** {@code status --since} the Merseyside seed of the seed with its sub-action {@code id} changed. */
    private Since statusSince(String ref, String id, UnaryOperator<SubAction> change)
            throws IOException {
        Path seed = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        ActionPlan then = PlanJson.read(seed);
        Path plan = folder.resolve("changed.json");
        PlanJson.write(then.withRecommendations(then.recommendations().stream().map(r -> r.ref().equals(ref)
                ? r.withSubActions(r.subActions().stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList())
                : r).toList()), plan);
        return new Since(Cli.run("status", plan.toString(), "--since", seed.toString()), new ObjectMapper().readTree(
                Cli.run("status", plan.toString(), "--since", seed.toString(), "--json").out()).get("since"));
    }

    @Test
    void statusSinceNamesEachStatusInThePlansOwnWordsAsItsTableDoes() throws IOException {
        ActionPlan now = PlanJson.read(Path.of(Cli.seed(folder, "derbyshire-2023-11-01.json")));
        Path then = folder.resolve("derbyshire-earlier.json");
        PlanJson.write(ContractFixtures.previousQuarter(now), then);

        Cli.Result text = Cli.run("status", folder.resolve("derbyshire-2023-11-01.json").toString(), "--since",
                then.toString());

        assertThat(text.exitCode()).as(text.err()).isZero();
        List<String> moved = text.outLines().subList(text.outLines().indexOf("") + 1, text.outLines().size()).stream()
                .filter(line -> line.contains(" -> ")).toList();
        assertThat(moved).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                ".*: \\w+, (Open - Actions on going on track|At risk|Open - Actions on going off track"
                        + "|Completed - Actions done) -> (Open - Actions on going on track|At risk"
                        + "|Open - Actions on going off track|Completed - Actions done)"));
    }

    @Test
    void statusOfSeveralPlansPrintsEachAndTheirTotal() throws IOException {
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                Cli.seed(folder, "merseyside-2025-q1.json"), "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(json.get("plans")).hasSize(2);
        int total = 0;
        for (JsonNode count : json.get("counts")) {
            total += count.asInt();
        }
        assertThat(total).isEqualTo(25);
    }
}
