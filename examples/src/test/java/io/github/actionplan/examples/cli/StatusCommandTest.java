package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.summary.PlanSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A plan with no reporting date, one timescale nobody can read, and one "Ongoing". */
    static final String UNDATED_PLAN = """
            {
              "schemaVersion": 1,
              "title": "Improvement plan",
              "organisation": "Example Fire and Rescue Service",
              "source": { "body": "HMICFRS", "title": "Inspection report" },
              "recommendations": [
                { "ref": "AFI 1", "kind": "AREA_FOR_IMPROVEMENT", "text": "Do better.", "progress": 20,
                  "deadline": "Soon" },
                { "ref": "AFI 2", "kind": "AREA_FOR_IMPROVEMENT", "text": "Do more.", "deadline": "Ongoing" },
                { "ref": "AFI 3", "kind": "AREA_FOR_IMPROVEMENT", "text": "Do it sooner.", "progress": 40,
                  "deadline": "2025-07-31" }
              ]
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aPlansControlAndDirectionCharactersAreShownByTheirCodesNotActedOnByTheTerminal() throws IOException {
        // Trial 50 F1: a title's escape sequences cleared the screen and set the window's title; a carriage return
        // wrote over the line; a direction override reordered it.
        Path plan = folder.resolve("plan.json");
        Files.writeString(plan, UNDATED_PLAN.replace("Improvement plan", "Plan \\u001b[2J\\u001b]0;pwned\\u0007 title")
                .replace("Example Fire and Rescue Service", "Org\\rOVERWRITTEN \\u202egnp.exe")
                .replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,"
                        + " \"statusLabels\": {\"OFF_TRACK\": \"Late\\u202e\"},"));

        Cli.Result text = Cli.run("status", plan.toString(), "--as-of", "2025-08-31");
        Cli.Result json = Cli.run("status", plan.toString(), "--as-of", "2025-08-31", "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Plan <U+001B>[2J<U+001B>]0;pwned<U+0007> title",
                "Org<U+000D>OVERWRITTEN <U+202E>gnp.exe").doesNotContain("\u001b", "\r", "\u202e", "\u0007");
        assertThat(json.out()).doesNotContain("\u001b", "\r", "\u202e", "<U+");
        assertThat(JSON.readTree(json.out()).findValuesAsText("label")).contains("Late\u202e");
    }

    @Test
    void aReportingDateBeforeThePlansPeriodIsWarnedOfAndOneAfterItWhereItTurnsAStatusOrIsQuartersAfter()
            throws IOException {
        // Trial 56 F2: a Q2 plan as of 30 June showed Q2's progress and updates as that date's, without a word.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result before = Cli.run("status", plan, "--as-of", "2025-03-31");
        Cli.Result after = Cli.run("status", plan, "--as-of", "2025-07-01");
        Cli.Result in = Cli.run("status", plan, "--as-of", "2025-05-31");

        assertThat(before.exitCode()).isZero();
        assertThat(before.errLines()).containsExactly(plan + ": warning: --as-of 31 Mar 2025 is before the period the"
                + " plan reports on, Q1 2025/26 (April-June 2025): its progress and updates are of that period, and"
                + " would be shown as of 31 Mar 2025; report on an earlier quarter from that quarter's plan file");
        assertThat(after.err()).as("a report as of the day of the meeting it goes to").isEmpty();
        assertThat(in.err()).isEmpty();
        // Run 63, 4: a date after it that turns a status is warned of, as validate warns of such a plan.
        String dueAtTheEnd = Cli.write(folder, "due-at-the-end.json", java.nio.file.Files.readString(Path.of(plan))
                .replace("\"due\": \"Nov 2024\"", "\"due\": \"June 2025\""));
        assertThat(Cli.run("status", dueAtTheEnd, "--as-of", "2025-07-01").errLines()).containsExactly(dueAtTheEnd
                + ": warning: --as-of: the reporting date 1 Jul 2025 is after Q1 2025/26 (April-June 2025) ends, on"
                + " 30 Jun 2025, and statuses at it are not those at the period's end: Area for improvement 5 is Off"
                + " track (At risk at 30 Jun 2025); give 30 Jun 2025 as the reporting date to report the period as it"
                + " ended");
        assertThat(Cli.run("status", plan, "--as-of", "2026-07-01").errLines()).singleElement().asString()
                .contains("is after Q1 2025/26 (April-June 2025) ends, on 30 Jun 2025, in Q2 2026/27, 5 quarters"
                        + " after");
        // Trial 59 F7: a plan naming no period reports on its date's quarter, and is warned of as well.
        String undated = Cli.write(folder, "no-period.json", java.nio.file.Files.readString(Path.of(plan))
                .replaceFirst("\"period\": \"Q1 2025/26\",\\s*", ""));
        assertThat(Cli.run("status", undated, "--as-of", "1900-04-01").errLines()).singleElement().asString()
                .startsWith(undated + ": warning: --as-of 1 Apr 1900 is before the period the plan reports on, Q1"
                        + " 2025/26 (April-June 2025)");
    }

    @Test
    void derbyshireAsJsonCountsThreeOnTrackFifteenOffTrackTwoCompleteNoneAtRisk() throws IOException {
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode status = JSON.readTree(result.out());
        assertThat(status.isObject()).isTrue();
        assertThat(fieldNames(status)).containsExactly("asOf", "counts", "overallProgress", "unreported",
                "recommendations");
        assertThat(status.get("asOf").asText()).isEqualTo("2023-11-01");
        JsonNode counts = status.get("counts");
        assertThat(fieldNames(counts)).containsExactly("COMPLETE", "ON_TRACK", "AT_RISK", "OFF_TRACK");
        assertThat(counts.get("ON_TRACK").asInt()).isEqualTo(3);
        assertThat(counts.get("OFF_TRACK").asInt()).isEqualTo(15);
        assertThat(counts.get("COMPLETE").asInt()).isEqualTo(2);
        assertThat(counts.get("AT_RISK").asInt()).isZero();
        assertThat(counts.get("AT_RISK").isInt()).isTrue();
        assertThat(status.get("recommendations")).hasSize(20);
    }

    @Test
    void theOverallProgressSaysHowManyItemsItCountsAtZeroForHavingNoneReported() throws IOException {
        // Run 86 #4: Merseyside's bare "overall progress 20%" is one item's 100% among four that give none.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result text = Cli.run("status", plan);
        JsonNode json = JSON.readTree(Cli.run("status", plan, "--json").out());

        assertThat(text.outLines()).element(1).isEqualTo("Status at 30 Jun 2025: 5 areas for improvement, overall"
                + " progress 20% (4 of 5 with none reported, counted as 0%)");
        assertThat(json.get("overallProgress").asInt()).isEqualTo(20);
        assertThat(json.get("unreported").asInt()).isEqualTo(4);
        // Of every item, said plainly (run 88 #5: "none with none reported").
        String noneReported = Cli.write(folder, "none-reported.json", java.nio.file.Files.readString(Path.of(plan))
                .replace("\"progress\": 100,", ""));
        assertThat(Cli.run("status", noneReported).outLines()).element(1).asString()
                .endsWith(" (none reported, counted as 0%)");
    }

    @Test
    void aPlanOfNoItemsHasNoOverallProgress() throws IOException {
        // Run 86 #9: "overall progress 0%" was a figure for nothing.
        String plan = Cli.write(folder, "empty.json", java.nio.file.Files.readString(Path.of(Cli.seed(folder,
                "derbyshire-2023-11-01.json"))).replaceFirst("(?s)\"recommendations\"\\s*:\\s*\\[.*\\]",
                "\"recommendations\": []"));

        Cli.Result text = Cli.run("status", plan);
        JsonNode json = JSON.readTree(Cli.run("status", plan, "--json").out());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.outLines()).element(1).isEqualTo("Status at 1 Nov 2023: 0 items");
        assertThat(json.get("overallProgress").isNull()).isTrue();
        assertThat(json.get("unreported").asInt()).isZero();
        // Among several plans, in words: a lone "-" is passed over by a screen reader (run 101 #2)
        assertThat(Cli.run("status", plan, Cli.seed(folder, "merseyside-2025-q1.json")).outLines())
                .filteredOn(line -> line.contains("Area For Improvement Summary Report")).singleElement().asString()
                .endsWith("  no items");
    }

    @Test
    void jsonFiguresAreCoresAsDisplayed() throws IOException {
        Path plan = Path.of(Cli.seed(folder, "derbyshire-2023-11-01.json"));
        PlanSummary expected = PlanSummary.of(PlanJson.read(plan), LocalDate.of(2023, 11, 1), Assessor.standard());

        JsonNode status = JSON.readTree(Cli.run("status", plan.toString(), "--json").out());

        assertThat(status.get("overallProgress").asInt()).isEqualTo(expected.overallProgress().rounded());
        JsonNode first = status.get("recommendations").get(0);
        assertThat(fieldNames(first)).containsExactly("ref", "status", "label", "brag", "progress", "due", "reason",
                "ownerAssessment", "disagreesWithOwner", "subActions");
        assertThat(first.get("brag").asText()).isEqualTo("Red");
        assertThat(fieldNames(first.get("ownerAssessment"))).startsWith("status", "label", "brag");
        assertThat(first.get("ref").asText()).isEqualTo("Rec 17");
        assertThat(first.get("status").asText()).isEqualTo("OFF_TRACK");
        assertThat(first.get("label").asText()).isEqualTo("Open - Actions on going off track");
        assertThat(first.get("progress").asInt()).isEqualTo(87);
        assertThat(first.get("due").asText()).isEqualTo("2023-03-30");
        assertThat(first.get("reason").asText()).isEqualTo("deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%");
        for (int i = 0; i < 20; i++) {
            var r = expected.assessment().recommendations().get(i);
            JsonNode item = status.get("recommendations").get(i);
            assertThat(item.get("ref").asText()).isEqualTo(r.recommendation().ref());
            assertThat(item.get("status").asText()).isEqualTo(r.status().name());
            assertThat(item.get("progress").asInt()).isEqualTo(r.progress().rounded());
            assertThat(item.get("reason").asText()).isEqualTo(r.reason());
        }
    }

    @Test
    void jsonGivesEachSubActionsStatusAndTheOwnersOwnAssessmentAsReportsShowThem() throws IOException {
        // A tool of another language needs them: due dates and statuses are worked out only in Java.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        PlanSummary expected = PlanSummary.of(PlanJson.read(plan), LocalDate.of(2025, 6, 30), Assessor.standard());

        JsonNode status = JSON.readTree(Cli.run("status", plan.toString(), "--json").out());

        for (int i = 0; i < expected.assessment().recommendations().size(); i++) {
            var r = expected.assessment().recommendations().get(i);
            JsonNode item = status.get("recommendations").get(i);
            assertThat(item.get("brag").asText()).isEqualTo(r.status().brag().displayName());
            assertThat(item.get("disagreesWithOwner").asBoolean()).isEqualTo(r.disagreesWithOwner());
            assertThat(item.has("ownerAssessment")).isEqualTo(r.ownerAssessment().isPresent());
            r.ownerAssessment().ifPresent(owner -> assertThat(item.get("ownerAssessment").get("status").asText())
                    .isEqualTo(owner.status().name()));
            assertThat(item.get("subActions")).hasSize(r.subActions().size());
            for (int j = 0; j < r.subActions().size(); j++) {
                JsonNode sub = item.get("subActions").get(j);
                assertThat(fieldNames(sub)).containsExactly("id", "status", "label", "brag", "progress", "due",
                        "reason");
                assertThat(sub.get("id").asText()).isEqualTo(r.recommendation().subActions().get(j).id());
                assertThat(sub.get("status").asText()).isEqualTo(r.subActions().get(j).status().name());
                assertThat(sub.get("reason").asText()).isEqualTo(r.subActions().get(j).reason());
                // Run 136 #3: one with no timescale is due when its recommendation is, as its reason says.
                assertThat(sub.get("due").isNull() ? null : sub.get("due").asText()).isEqualTo(r.subActionDueDate(j)
                        .map(Object::toString).orElse(null));
            }
        }
        assertThat(status.get("recommendations").findValues("subActions")).anyMatch(subs -> !subs.isEmpty());
        // Derbyshire's 17.1 has no timescale of its own: due with Rec 17, 30 Mar 2023.
        JsonNode derbyshire = JSON.readTree(Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"),
                "--json").out());
        assertThat(derbyshire.get("recommendations").get(0).get("subActions").get(0).get("due").asText())
                .isEqualTo("2023-03-30");
    }

    @Test
    void aRecommendationWithNoDueDateHasDueNull() throws IOException {
        Cli.Result result = Cli.run("status", Cli.write(folder, "undated.json", UNDATED_PLAN), "--json");

        JsonNode items = JSON.readTree(result.out()).get("recommendations");
        assertThat(items.get(1).get("due").isNull()).isTrue();
        assertThat(items.get(1).get("reason").asText()).isEqualTo("ongoing, no due date, with no progress"
                + " reported");
        assertThat(items.get(1).get("progress").isNull()).isTrue();
        assertThat(items.get(2).get("due").asText()).isEqualTo("2025-07-31");
    }

    @Test
    void aReasonQuotingATimescaleOnSeveralLinesIsPrintedOnItsItemsOneLine() throws IOException {
        // Trial 39 F11: a tracker's timescale of several lines split an item's row of the table over four lines.
        Cli.Result result = Cli.run("status", Cli.write(folder, "undated.json", UNDATED_PLAN.replace("\"Soon\"",
                "\"Aug 2024\\nJune 2024\"")));

        assertThat(result.outLines()).filteredOn(line -> line.startsWith("AFI 1")).singleElement().asString()
                .contains("no due date in 'Aug 2024 / June 2024'");
    }

    @Test
    void aPlanWithoutAReportingDateIsAssessedToday() throws IOException {
        Cli.Result result = Cli.run("status", Cli.write(folder, "undated.json", UNDATED_PLAN), "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode status = JSON.readTree(result.out());
        assertThat(status.get("asOf").asText()).isEqualTo("2025-08-15");
        assertThat(status.get("recommendations").get(2).get("status").asText()).isEqualTo("OFF_TRACK");
    }

    @Test
    void asOfOverridesThePlansReportingDate() throws IOException {
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--as-of", "2023-03-01",
                "--json");

        JsonNode status = JSON.readTree(result.out());
        assertThat(status.get("asOf").asText()).isEqualTo("2023-03-01");
        assertThat(status.get("counts").get("OFF_TRACK").asInt()).isZero();
    }

    @Test
    void warningsGoToStandardErrorAndTheJsonStaysClean() throws IOException {
        String plan = Cli.write(folder, "undated.json", UNDATED_PLAN);

        Cli.Result result = Cli.run("status", plan, "--json");

        assertThat(JSON.readTree(result.out()).isObject()).isTrue();
        assertThat(result.errLines()).containsExactly(plan + ": warning: /recommendations/0/deadline: 'Soon' is not a"
                + " timescale actionplan understands, so it has no due date; write a date ('1 June 2023'), a month"
                + " ('Dec 2024'), a financial year ('2024/25'), a quarter ('Q2 2024/25'), 'With immediate effect' or"
                + " 'Ongoing' (line 8, column 19)");
    }

    @Test
    void textShowsTheCountsThenOneLinePerRecommendation() {
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"));

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.subList(0, 7)).containsExactly(
                "Derbyshire Fire & Rescue Service: HMICFRS Area For Improvement Summary Report",
                "Status at 1 Nov 2023: 20 recommendations, overall progress 45%",
                "  Open - Actions on going on track     3",
                "  At risk                              0",
                "  Open - Actions on going off track   15",
                "  Completed - Actions done             2",
                "");
        assertThat(lines).hasSize(27);
        assertThat(lines.get(7)).isEqualTo("Rec 17             Open - Actions on going off track   87%  30 Mar 2023"
                + "  deadline 30 Mar 2023 passed 216 days before 1 Nov 2023 at 87%");
        assertThat(lines).contains("Rec 20             Completed - Actions done           100%  1 Jun 2023 "
                + "  progress is 100%");
        assertThat(lines).contains("Rec 9              Open - Actions on going on track    85%  1 Jan 2024 "
                + "  due 1 Jan 2024, in 61 days at 85%");
    }

    @Test
    void textSaysWhereAnItemsOwnerRatesItOtherwiseThanTheRuleForThePeriodWorseOrBetter() throws IOException {
        var derbyshire = PlanJson.read(Path.of(Cli.seed(folder, "derbyshire-2023-11-01.json")));
        Path rated = folder.resolve("rated.json");
        var period = io.github.actionplan.model.ReportingPeriod.parse("Q3 2023/24");
        PlanJson.write(derbyshire.withRecommendations(derbyshire.recommendations().stream().map(r -> switch (r.ref()) {
            case "Rec 12" -> r.withAssessment(io.github.actionplan.model.OwnerAssessment.of(
                    io.github.actionplan.model.Status.AT_RISK, period));
            case "Rec 9" -> r.withAssessment(io.github.actionplan.model.OwnerAssessment.of(
                    io.github.actionplan.model.Status.COMPLETE, period));
            default -> r;
        }).toList()), rated);

        List<String> lines = Cli.run("status", rated.toString()).outLines();

        assertThat(lines).contains("Rec 12             Open - Actions on going on track     0%  1 Mar 2024 "
                + "  due 1 Mar 2024, in 121 days at 0%; its owner rates it At risk");
        // as the action plan's status cell notes it: an owner's Complete at 85% is worth a look too
        assertThat(lines).contains("Rec 9              Open - Actions on going on track    85%  1 Jan 2024 "
                + "  due 1 Jan 2024, in 61 days at 85%; its owner rates it Completed - Actions done");
        assertThat(lines).filteredOn(line -> line.contains("its owner rates it")).hasSize(2);
    }

    @Test
    void textSaysInWordsWhereThereIsNoDueDateOrProgressReported() {
        // Run 98 #12: a lone "-" is silent in a screen reader at its usual punctuation level.
        Cli.Result result = Cli.run("status", Cli.write(folder, "undated.json", UNDATED_PLAN));

        assertThat(result.outLines()).contains("AFI 2  On track   not reported  no due date  ongoing, no due date, with"
                + " no progress reported");
    }

    @Test
    void theRuleAndRollUpChosenDecideTheStatuses() throws IOException {
        String plan = Cli.seed(folder, "derbyshire-2023-11-01.json");
        PlanSummary expected = PlanSummary.of(PlanJson.read(Path.of(plan)), LocalDate.of(2023, 11, 1),
                Assessor.of(io.github.actionplan.rules.ScheduleStatusRule.standard(),
                        io.github.actionplan.rules.RollUp.MAJORITY));

        Cli.Result result = Cli.run("status", plan, "--json", "--rule", "schedule", "--roll-up", "majority");

        assertThat(result.exitCode()).isZero();
        JsonNode counts = JSON.readTree(result.out()).get("counts");
        for (io.github.actionplan.model.Status status : io.github.actionplan.model.Status.values()) {
            assertThat(counts.get(status.name()).asInt()).as(status.name()).isEqualTo(expected.counts().count(status));
        }
        assertThat(JSON.readTree(result.out()).get("recommendations").get(0).get("reason").asText())
                .isEqualTo(expected.assessment().recommendations().getFirst().reason());
    }

    @Test
    void anUnknownRollUpIsAUsageErrorNamingTheRollUps() {
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--roll-up", "worst");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo("Invalid value for option '--roll-up': 'worst' is not a"
                + " roll-up; choose recommendation, worst-sub-action, majority");
    }

    @Test
    void aLabelWrittenOverTwoLinesIsShownOnOneAndTheTableKeepsItsLines() throws IOException {
        // Run 109 #9: "Oddi ar y\ntrywydd" broke the table across lines.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        io.github.actionplan.model.ActionPlan welsh = PlanJson.read(plan);
        PlanJson.write(io.github.actionplan.model.ActionPlan.builder().from(welsh).statusLabels(
                io.github.actionplan.model.StatusLabels.builder().putCustom(
                        io.github.actionplan.model.Status.OFF_TRACK, "Oddi ar y\ntrywydd").build()).build(), plan);

        Cli.Result result = Cli.run("status", plan.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("  Oddi ar y trywydd"))
                .noneSatisfy(line -> assertThat(line).isEqualTo("trywydd"))
                .filteredOn(line -> line.matches("[0-9]+ .*")).isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotEndWith("Oddi ar y"));
    }

    @Test
    void aBadAsOfIsAUsageError() {
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--as-of", "2023-13-01");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "Invalid value for option '--as-of': '2023-13-01' is not a date: there is no month 13; write"
                        + " year-month-day, such as 2023-11-01",
                "Try 'actionplan status --help' for more information.");
    }

    /** One item completed on 15 Nov 2024, reported at 31 Dec 2024. */
    static final String COMPLETED_PLAN = """
            {
              "schemaVersion": 1,
              "title": "Improvement plan",
              "organisation": "Example Fire and Rescue Service",
              "source": { "body": "HMICFRS", "title": "Inspection report" },
              "asOf": "2024-12-31",
              "recommendations": [
                { "ref": "AFI 1", "kind": "AREA_FOR_IMPROVEMENT", "text": "Do better.", "progress": 100,
                  "completedOn": "2024-11-15", "deadline": "2024-12-31" }
              ]
            }
            """;

    @Test
    void anAsOfBeforeRecordedCompletionIsAUsageErrorNamingTheWorkAndTheEarliestDate() {
        String plan = Cli.write(folder, "completed.json", COMPLETED_PLAN);

        Cli.Result status = Cli.run("status", plan, "--as-of", "2024-09-30");
        Cli.Result render = Cli.run("render", plan, "--as-of", "2024-09-30", "--format", "html", "--out",
                folder.resolve("reports").toString());

        for (Cli.Result result : List.of(status, render)) {
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.errLines()).first().isEqualTo(plan + ": cannot assess at 30 Sep 2024: work recorded as"
                    + " completed after that date was not complete on it (AFI 1 on 15 Nov 2024); assess at 15 Nov 2024"
                    + " or later, or assess the plan as it stood on 30 Sep 2024; give --as-of 2024-11-15 or later");
        }
        assertThat(Cli.run("status", plan, "--as-of", "2024-11-15").exitCode()).isZero();
    }

    @Test
    void aDateInAnotherFormIsAUsageErrorToo() {
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--as-of", "1/11/2023");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo(
                "Invalid value for option '--as-of': '1/11/2023' is not a date as a plan writes one; write it"
                        + " year-month-day, 2023-11-01");
    }

    @Test
    void aDateInTheRightFormThatDoesNotExistIsToldWhyAsThePlanReaderTellsIt() {
        // Run 108 #1: it was told to be written as YYYY-MM-DD, as it was.
        Cli.Result result = Cli.run("status", Cli.seed(folder, "derbyshire-2023-11-01.json"), "--as-of", "2025-02-30");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo(
                "Invalid value for option '--as-of': '2025-02-30' is not a date: February 2025 has 28 days");
    }

    @Test
    void aDateNoPlanCanReportOnIsAUsageErrorOfEveryCommandTakingOne() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String message = "Invalid value for option '--as-of': '1899-12-31' is not a date from 1900-04-01 to"
                + " 9999-03-31, the financial quarters a plan can name";

        for (String[] command : List.of(new String[] {"status", plan}, new String[] {"workbook", plan, "--period",
                "Q2 2025/26", "--out", folder.resolve("w.xlsx").toString()}, new String[] {"import", plan,
                folder.resolve("w.xlsx").toString()}, new String[] {"render", plan, "--out", folder.toString()})) {
            List<String> arguments = new ArrayList<>(List.of(command));
            arguments.addAll(List.of("--as-of=1899-12-31"));
            Cli.Result result = Cli.run(arguments.toArray(String[]::new));

            assertThat(result.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(result.errLines()).as(command[0]).first().isEqualTo(message);
        }
        assertThat(Files.exists(folder.resolve("w.xlsx"))).isFalse();
    }

    @Test
    void aMissingPlanArgumentIsAUsageError() {
        Cli.Result result = Cli.run("status");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("Missing required parameter: 'PLAN.json'",
                "Try 'actionplan status --help' for more information.");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
