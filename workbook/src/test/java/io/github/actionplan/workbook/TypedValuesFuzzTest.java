package io.github.actionplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.validation.PlanValidator;
import io.github.actionplan.validation.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded fuzz test of what owners type: workbooks with values typed into their fill-in cells at random,
 * from what people type (percentages in every form, dates in UK, ISO and other orders, months, timescales, yes and
 * no, ratings, text with lines, bullets, lists nested deep, formula-like text) and what they should not. Each is
 * imported into a plan or refused with every problem at a cell; an imported plan reads back as written, with no
 * error core's checks find: the import never gives a plan that cannot be read again.
 */
class TypedValuesFuzzTest {

    /** Fixed, so every run types the same values; printed, so a failure can be replayed. */
    private static final long SEED = 20261202L;
    private static final int WORKBOOKS = 200;
    private static final int MOST_CELLS = 3;

    private static final List<Object> VALUES = List.of("50", "50%", "50 %", "0.5", 0.5, 0.25, 100, 100.0, 0, 120,
            -5, "abc", "", " ", "31/08/2025", "31/8/25", "2025-09-15", "15 Sep 2025", "32/13/2025", "09/31/2025",
            "31.08.2025", 45900, "Mar 2026", "Mar-26", "TBC", "Ongoing", "Q4 2025/26", "2026/27", "With immediate effect",
            "yes", "no", "Y", "n", "Blue", "B", "Amber", "g", "purple", "Completed", "=SUM(A1)",
            "Survey done.\nResults shared.", "Progress:\n• one\n• two\nNext: three", "- - - - - - - - - - deep",
            "1. first\n2. second", "*emphasis* and **strong**", "x".repeat(5_000), "National Fire Chiefs Council");

    /** What belongs in each column, typed three times in four; any value the rest. */
    private static final Map<UpdateColumn, List<Object>> PLAUSIBLE = Map.of(
            UpdateColumn.PROGRESS, List.of("50", "50%", "0.5", 0.25, 100, 75, "100 %"),
            UpdateColumn.COMPLETED_ON, List.of("31/08/2025", "31/8/25", "2025-09-15", "15 Sep 2025", 45900),
            UpdateColumn.NEW_TIMESCALE, List.of("Mar 2026", "Mar-26", "31/03/26", "Q4 2025/26", "2026/27", "Ongoing"),
            UpdateColumn.NEW_OWNER, List.of("Head of Prevention", "Community Safety", " Protection ", "a\nb",
                    "- - - - - - - - - - deep"),
            UpdateColumn.BLOCKED, List.of("yes", "no", "Y", "n"),
            UpdateColumn.BLOCKED_BY, List.of("National Fire Chiefs Council", "Finance", "- - - - - - - - - - deep"),
            UpdateColumn.BRAG, List.of("Blue", "B", "Amber", "g", "Red"),
            UpdateColumn.UPDATE, List.of("Survey done.\nResults shared.", "Progress:\n• one\n• two\nNext: three",
                    "1. first\n2. second", "*emphasis* and **strong**", "- - - - - - - - - - deep",
                    "x".repeat(5_000)));

    private static final List<UpdateColumn> FILLED_IN = List.copyOf(new java.util.TreeSet<>(PLAUSIBLE.keySet()));

    /** What belongs in each column of the New sub-actions sheet; a cell is left blank one time in four. */
    private static final Map<UpdateColumn, List<Object>> NEW_WORK = Map.of(
            UpdateColumn.REF, List.of("2", "5", "3", " 4 ", 2, "9", "Rec 2"),
            UpdateColumn.SUB_ACTION, List.of("Run the survey again", "Train managers:\n• appraisals\n• absence",
                    "- - - - - - - - - - deep",
                    "Internal audit review of processes.", "=HYPERLINK(\"x\")", "x".repeat(5_000), " "),
            UpdateColumn.OWNER, List.of("Head of Communications", "People and Organisational Development", "a\nb",
                    "- - - - - - - - - - deep"),
            UpdateColumn.TIMESCALE, List.of("Mar 2026", "31/03/2026", "Ongoing", "Jan 2025", "TBC", 46112),
            UpdateColumn.PROGRESS, List.of(20, "50%", 100, 0.5, 150),
            UpdateColumn.COMPLETED_ON, List.of("15/09/2025", "31/12/2025", 45900),
            UpdateColumn.UPDATE, List.of("Drafted.", "Progress:\n• one\n• two", "- - - - - - - - - - deep"));

    @TempDir
    Path folder;

    @Test
    void whatOwnersTypeIsImportedIntoAPlanThatReadsBackOrRefusedAtItsCells() throws Exception {
        ActionPlan merseyside = SeedPlans.merseyside();
        Path exported = folder.resolve("updates.xlsx");
        UpdateWorkbook.of(merseyside, ReportingPeriod.parse("Q2 2025/26")).write(exported);
        List<String[]> rows = new ArrayList<>();
        for (Recommendation recommendation : merseyside.recommendations()) {
            rows.add(new String[] {recommendation.ref(), ""});
            for (SubAction subAction : recommendation.subActions()) {
                rows.add(new String[] {recommendation.ref(), subAction.id()});
            }
        }
        Random random = new Random(SEED);
        // Its own, so that the Updates sheet is typed in as it was before the sheet of new work.
        Random newWork = new Random(SEED + 1);
        int imported = 0;
        for (int n = 0; n < WORKBOOKS; n++) {
            Path file = folder.resolve("typed-" + n + ".xlsx");
            List<String> typed = new ArrayList<>();
            try (Owner owner = Owner.open(exported)) {
                for (int c = 1 + random.nextInt(MOST_CELLS); c > 0; c--) {
                    String[] row = rows.get(random.nextInt(rows.size()));
                    UpdateColumn column = FILLED_IN.get(random.nextInt(FILLED_IN.size()));
                    List<Object> values = random.nextInt(4) < 3 ? PLAUSIBLE.get(column) : VALUES;
                    Object value = values.get(random.nextInt(values.size()));
                    if (value instanceof Number number) {
                        owner.type(row[0], row[1], column, number.doubleValue());
                    } else {
                        owner.type(row[0], row[1], column, (String) value);
                    }
                    typed.add(row[0] + "/" + row[1] + " " + column + " = " + shown(value));
                }
                for (int r = newWork.nextInt(3) == 0 ? 1 + newWork.nextInt(2) : 0; r > 0; r--) {
                    List<String> cells = new ArrayList<>();
                    for (UpdateColumn column : NewSubActionsSheet.COLUMNS) {
                        if (newWork.nextInt(4) > 0) {
                            List<Object> values = NEW_WORK.get(column);
                            Object value = values.get(newWork.nextInt(values.size()));
                            owner.typeNew(r, column, value);
                            cells.add(column + " = " + shown(value));
                        }
                    }
                    typed.add("new " + r + " " + cells);
                }
                owner.save(file);
            }
            String replay = "workbook " + n + " of seed " + SEED + ": " + typed;
            try {
                ActionPlan plan = UpdateImport.of(merseyside).read(file).plan();
                imported++;
                assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).as(replay).isEqualTo(plan);
                assertThat(PlanValidator.validate(plan)).as(replay).noneMatch(Problem::isError);
            } catch (InvalidWorkbookException e) {
                assertThat(e.errors()).as(replay).isNotEmpty().allSatisfy(problem -> assertThat(problem.cell()).as(replay)
                        .matches("(" + UpdateWorkbookWriter.UPDATES + "|'" + NewSubActionsSheet.NAME + "')!.*"));
            } catch (Exception e) { // a crash, or a plan that does not read back
                fail(replay, e);
            }
            Files.delete(file);
        }
        // Both ways are tried: typing at random, some workbooks hold only values the import takes.
        assertThat(imported).as("workbooks imported").isBetween(WORKBOOKS / 10, WORKBOOKS - WORKBOOKS / 10);
    }

    private static String shown(Object value) {
        String text = String.valueOf(value).replace("\n", "\\n");
        return text.length() <= 40 ? text : text.substring(0, 20) + "...";
    }
}
