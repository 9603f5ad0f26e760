package io.github.actionplan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code actionplan workbook} and {@code actionplan import}: the quarterly round trip on the command line. */
class WorkbookCommandsTest {

    /** The column letters of the Updates sheet an owner types in. */
    // The Updates sheet's headers, which the import finds its columns by.
    static final String PROGRESS = "Progress % now";
    private static final String COMPLETED_ON = "Completed on";
    static final String UPDATE = "Update for this period";

    @TempDir
    Path folder;

    private String exported(String plan) {
        String out = folder.resolve("updates.xlsx").toString();
        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out", out);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return out;
    }

    /** A copy of {@code workbook}, as an owner is sent one. */
    private String copyOf(String workbook, String name) throws IOException {
        return Files.copy(Path.of(workbook), folder.resolve(name)).toString();
    }

    /** Types {@code value} into the cell of sub-action {@code id}'s row, as an owner in Excel. */
    static void fill(String file, String id, String header, Object value) throws IOException {
        fill(file, null, id, header, value);
    }

    /** Fills the {@code header} cell of sub-action {@code id}'s rows ("" for a recommendation's own) of {@code ref}. */
    private static void fill(String file, String ref, String id, String header, Object value) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            XSSFSheet sheet = workbook.getSheet("Updates");
            int column = -1;
            for (Cell cell : sheet.getRow(1)) {
                column = cell.toString().equals(header) ? cell.getColumnIndex() : column;
            }
            assertThat(column).as("the column " + header).isNotNegative();
            for (Row row : sheet) {
                Cell idCell = row.getCell(1);
                if (idCell != null && idCell.toString().equals(id)
                        && (ref == null || row.getCell(0) != null && row.getCell(0).toString().equals(ref))) {
                    CellStyle style = row.getCell(column).getCellStyle();
                    row.removeCell(row.getCell(column));
                    Cell cell = row.createCell(column);
                    cell.setCellStyle(style);
                    if (value instanceof String s) {
                        cell.setCellValue(s);
                    } else {
                        cell.setCellValue(((Number) value).doubleValue());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(Path.of(file))) {
                workbook.write(out);
            }
        }
    }

    @Test
    void aWorkbookForAQuarterThatSkipsTheNextIsWrittenWithAWarningNamingTheQuarterSkipped() {
        // Trial 25 F1: a Q3 workbook written from the Q1 plan by a slip went out with no word.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result skipping = Cli.run("workbook", plan, "--period", "Q3 2025/26", "--out",
                folder.resolve("q3.xlsx").toString());
        Cli.Result next = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out",
                folder.resolve("q2.xlsx").toString());

        assertThat(skipping.exitCode()).isZero();
        assertThat(skipping.errLines()).containsExactly("warning: the plan reports on Q1 2025/26, and a workbook for"
                + " Q3 2025/26 asks nothing of Q2 2025/26; if the owners are to report on Q2 2025/26, give --period"
                + " \"Q2 2025/26\"");
        assertThat(next.err()).isEmpty();
    }

    @Test
    void anImportThatWarnsWritesNothingAndFailsWithStrictForAScriptToStopAt() throws IOException {
        // Trial 23 F4: last quarter's copy, or a quarter skipped, imported with a warning a script could not see.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String q3 = folder.resolve("q3.xlsx").toString();
        assertThat(Cli.run("workbook", plan, "--period", "Q3 2025/26", "--out", q3).exitCode()).isZero();
        fill(q3, "2.1", PROGRESS, 50);
        Path out = folder.resolve("q3.json");

        Cli.Result strict = Cli.run("import", plan, q3, "--out", out.toString(), "--strict");

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.errLines()).hasSize(2).last().isEqualTo(q3 + ": 1 warning above, taken as an error with"
                + " --strict; nothing written");
        assertThat(strict.errLines().getFirst()).contains("warning: written for Q3 2025/26, while the plan reported"
                + " on Q1 2025/26");
        assertThat(out).doesNotExist();
        assertThat(Cli.run("import", plan, q3, "--out", out.toString()).exitCode()).isZero();
        assertThat(out).exists();
    }

    @Test
    void aReturnDateBeforeThePeriodIsAUsageErrorNamingTheOption() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");

        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--return-by", "2025-01-01",
                "--out", folder.resolve("updates.xlsx").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().getFirst()).startsWith("--return-by 2025-01-01: 1 Jan 2025 is before Q2 2025/26"
                + " begins");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void aReturnDateBeforeThePeriodEndsIsWarnedOfAndTheWorkbookWritten() {
        // Trial 56 F8: owners asked on 1 Aug for where their work stood on 30 Sep.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Path out = folder.resolve("updates.xlsx");

        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--return-by", "2025-08-01",
                "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly("warning: --return-by 1 Aug 2025 is before Q2 2025/26 ends, on"
                + " 30 Sep 2025, so owners are asked by then for where their work stands at its end; unless updates"
                + " are collected early, give a date after it");
        assertThat(out).exists();
    }

    @Test
    void aReportingDateAfterThePeriodEndsThatChangesAStatusIsWarnedOfAndTheWorkbookWritten() throws IOException {
        // Trial 56 F7: 1 April for Q4, a slip for 31 March, turned an item due on the quarter's last day off track.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        Files.writeString(plan, Files.readString(plan).replace("\"due\": \"Nov 2024\"", "\"due\": \"Sep 2025\""));
        Path out = folder.resolve("updates.xlsx");

        Cli.Result late = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--as-of", "2025-10-01",
                "--out", out.toString());

        assertThat(late.exitCode()).isZero();
        assertThat(late.errLines()).containsExactly("warning: --as-of: the reporting date 1 Oct 2025 is after Q2"
                + " 2025/26 (July-September 2025) ends, on 30 Sep 2025, and statuses at it are not those at the"
                + " period's end: Area for improvement 5 is Off track (At risk at 30 Sep 2025); give 30 Sep 2025 as"
                + " the reporting date to report the period as it ended");
        assertThat(out).exists();
        assertThat(Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--as-of", "2025-09-30",
                "--out", out.toString(), "--replace").err()).isEmpty();
    }

    @Test
    void workbookWritesTheUpdateWorkbookAndSaysHowToReadItBack() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String out = folder.resolve("updates.xlsx").toString();
        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--return-by", "2025-10-10",
                "--out", out);
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                "Wrote " + out + ": the update workbook for Q2 2025/26 (July-September 2025), 5 areas for"
                        + " improvement and 24 sub-actions, statuses at 30 Sep 2025.",
                "Send it to the owners; read it back with: actionplan import " + plan + " " + out + " --out NEW.json",
                "Where each owner fills in a copy of it, give every copy: actionplan import " + plan + " COPY.xlsx..."
                        + " --out NEW.json");
        assertThat(Path.of(out)).exists();
    }

    @Test
    void returnToNamesWhomTheInstructionsAskForTheCopyBackAndANameOnTwoLinesIsAUsageError() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Path out = folder.resolve("updates.xlsx");
        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--return-to", "Performance team,"
                + " performance@example.gov.uk", "--return-by", "2025-10-10", "--out", out.toString());
        assertThat(result.exitCode()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> texts = new java.util.ArrayList<>();
            book.getSheet("Instructions").forEach(row -> row.forEach(cell -> texts.add(cell.getStringCellValue())));
            assertThat(texts).contains("Please return this workbook to Performance team, performance@example.gov.uk"
                    + " by 10 Oct 2025.");
        }

        Cli.Result twoLines = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--return-to", "Performance\nteam",
                "--out", folder.resolve("other.xlsx").toString());
        assertThat(twoLines.exitCode()).isEqualTo(2);
        assertThat(twoLines.errLines().getFirst()).startsWith("--return-to: whom to return the workbook to is a name,"
                + " a team or a mailbox on one line");
    }

    @Test
    void anOwnersCopyIsToldByWhatTheyFillInAndANameEndingInSTakesAnApostropheAlone() throws IOException {
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        ActionPlan seed = PlanJson.read(plan);
        PlanJson.write(seed.withRecommendations(seed.recommendations().stream().map(r -> switch (r.ref()) {
            case "1" -> Recommendation.builder().from(r).owner("Corporate Communications").build();
            case "2" -> r.withSubActions(r.subActions().stream().map(s -> s.id().equals("2.1")
                    ? SubAction.builder().from(s).owner("Professional Standards").build() : s).toList());
            default -> r;
        }).toList()), plan);
        Path communications = folder.resolve("communications.xlsx");
        Path standards = folder.resolve("standards.xlsx");

        Cli.Result theirs = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner",
                "Corporate Communications", "--out", communications.toString());
        Cli.Result others = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner",
                "Professional Standards", "--out", standards.toString());

        assertThat(theirs.exitCode()).as(theirs.err()).isZero();
        // Trial 35 F9: recommendation 1 is complete, and so its sub-action: nothing of theirs is to fill in.
        // Run 81 #10: not "nothing to fill in", as its rows keep their cells for a closing update; run 82 #5: and
        // not "no open work to report on" alone, before "Send it to" them, but what the cells are there for.
        assertThat(theirs.outLines()).first().asString().endsWith(" of Corporate Communications' items: no open"
                + " work, 1 area for improvement and 1 sub-action complete, their cells there for a closing update, a"
                + " completion day or a lower figure reopening the work, statuses at 30 Sep 2025.");
        // recommendation 2 is People and Organisational Development's, its row there, greyed, for reference
        assertThat(others.outLines()).first().asString().endsWith(" of Professional Standards' items: 1 sub-action"
                + " to fill in, among rows for 1 area for improvement and 1 sub-action, statuses at 30 Sep 2025.");
    }

    @Test
    void anOwnerTypedWithoutTheAccentsWindowsDropsIsTakenAsThePlansOneOwnerSoNamedAndSaid() throws IOException {
        // Run 102 #6: Windows gives a program its arguments in the PC's code page, which has no ŵ: "Tŵr" typed
        // arrived as "Twr", or "T?r", and matched no owner.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        ActionPlan seed = PlanJson.read(plan);
        PlanJson.write(seed.withRecommendations(seed.recommendations().stream().map(r -> r.ref().equals("1")
                ? Recommendation.builder().from(r).owner("Rheolwr Gorsaf Tŵr").build() : r).toList()), plan);

        for (String typed : List.of("Rheolwr Gorsaf Twr", "rheolwr gorsaf t?r")) { // and see below
            Path copy = folder.resolve(typed.replace('?', '-') + ".xlsx");
            Cli.Result result = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner", typed,
                    "--out", copy.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.errLines()).containsExactly("--owner: '" + typed + "' taken as 'Rheolwr Gorsaf Tŵr',"
                    + " the plan's one owner so named but for accents, case and dashes");
            assertThat(result.outLines()).first().asString().contains(" of Rheolwr Gorsaf Tŵr's items: ");
            assertThat(result.outLines()).element(1).asString().startsWith("Send it to Rheolwr Gorsaf Tŵr; ");
        }
        // Letters no accent is split from (run 104 #8)
        PlanJson.write(PlanJson.read(plan).withRecommendations(PlanJson.read(plan).recommendations().stream().map(r
                -> r.ref().equals("2") ? Recommendation.builder().from(r).owner("Łódź Ærø Liaison").build() : r)
                .toList()), plan);
        Cli.Result polish = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner",
                "Lodz Aero Liaison", "--out", folder.resolve("lodz.xlsx").toString());
        assertThat(polish.exitCode()).as(polish.err()).isZero();
        assertThat(polish.errLines()).containsExactly("--owner: 'Lodz Aero Liaison' taken as 'Łódź Ærø Liaison', the"
                + " plan's one owner so named but for accents, case and dashes");
        // A hyphen for the plan's en dash (run 110 #6)
        PlanJson.write(PlanJson.read(plan).withRecommendations(PlanJson.read(plan).recommendations().stream().map(r
                -> r.ref().equals("3") ? Recommendation.builder().from(r).owner("Cymraeg \u2013 Siân").build() : r)
                .toList()), plan);
        Cli.Result dashed = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner",
                "Cymraeg - Sian", "--out", folder.resolve("dash.xlsx").toString());
        assertThat(dashed.exitCode()).as(dashed.err()).isZero();
        assertThat(dashed.errLines()).containsExactly("--owner: 'Cymraeg - Sian' taken as 'Cymraeg \u2013 Siân', the"
                + " plan's one owner so named but for accents, case and dashes");
        // A "?" for such a letter, as Windows' code page gives one (run 105 #2)
        Cli.Result marked = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner",
                "?od? ?r? Liaison", "--out", folder.resolve("lodz2.xlsx").toString());
        assertThat(marked.exitCode()).as(marked.err()).isZero();
        // Where two owners are so named, or none, it is told as before
        PlanJson.write(PlanJson.read(plan).withRecommendations(PlanJson.read(plan).recommendations().stream().map(r
                -> r.ref().equals("2") ? Recommendation.builder().from(r).owner("Rheolwr Gorsaf Tŷr").build() : r)
                .toList()), plan);
        Cli.Result none = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner", "Twr",
                "--out", folder.resolve("refused.xlsx").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no recommendation or sub-action of the plan has the owner 'Twr'");
        // Run 113 #2: two so named were told as none
        Cli.Result two = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner",
                "rheolwr gorsaf t?r", "--out", folder.resolve("refused.xlsx").toString());
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("--owner: 'rheolwr gorsaf t?r' names 2 of the plan's owners but for accents,"
                + " case and dashes, 'Rheolwr Gorsaf Tŵr' and 'Rheolwr Gorsaf Tŷr': give one as the plan names them");
        // Run 113 #2: of two alike but for a dash, the one alike but for case is taken
        PlanJson.write(PlanJson.read(plan).withRecommendations(PlanJson.read(plan).recommendations().stream().map(r
                -> r.ref().equals("4") ? Recommendation.builder().from(r).owner("Cymraeg - Siân").build() : r)
                .toList()), plan);
        Cli.Result cased = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner",
                "CYMRAEG - SIÂN", "--out", folder.resolve("cased.xlsx").toString());
        assertThat(cased.exitCode()).as(cased.err()).isZero();
        // after validate's warning that the plan names the two alike but for their dash
        assertThat(cased.errLines()).last().isEqualTo("--owner: 'CYMRAEG - SIÂN' taken as 'Cymraeg - Siân', the"
                + " plan's one owner so named but for accents, case and dashes");
    }

    @Test
    void anOwnersSubActionsLeftOpenInARecommendationCompletedWhileItTracksItsPartsAreCountedToFillIn()
            throws IOException {
        // Trial 49 F3: counted complete, while their rows in the same copy said off track and asked for news.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        ActionPlan seed = PlanJson.read(plan);
        Recommendation first = seed.recommendations().getFirst();
        PlanJson.write(seed.withRecommendation(first.withSubActions(List.of(SubAction.builder().from(first
                .subActions().getFirst()).progress(100).build(), SubAction.builder().id("1.2")
                .description("Train the enforcement team").build()))), plan);

        Cli.Result result = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--owner", "Protection",
                "--out", folder.resolve("protection.xlsx").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).first().asString().endsWith(" of Protection's items: 1 sub-action to fill in,"
                + " and 1 area for improvement and 1 sub-action complete, statuses at 30 Sep 2025.");
    }

    @Test
    void aLinkWhereAnOwnersCopyGoesIsToldEvenWithReplaceAndNothingIsWritten() throws IOException {
        // Trial 50 F2: with --replace, a link placed in the folder turned the plan itself into an owner's copy.
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        byte[] before = Files.readAllBytes(plan);
        Path out = Files.createDirectories(folder.resolve("owners"));
        Path link = Files.createSymbolicLink(out.resolve("people-and-organisational-development.xlsx"), plan);

        Cli.Result result = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--each-owner", "--out",
                out.toString(), "--replace");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(link + ": is a symbolic link to " + plan + ", which a file"
                + " named in a folder is never written through, as it would write over the file the link names;"
                + " remove the link, or give another folder", "nothing written");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(link);
        }
    }

    @Test
    void aCopyForOneOwnerThatCannotBeWrittenIsToldWithTheCopiesWrittenBeforeItNotAsNothingWritten()
            throws IOException {
        // Trial 36 F5: on a full disk, 8 copies were written, then "...; nothing written".
        Path plan = Path.of(Cli.seed(folder, "merseyside-2025-q1.json"));
        ActionPlan seed = PlanJson.read(plan);
        PlanJson.write(seed.withRecommendations(seed.recommendations().stream().map(r -> r.ref().equals("2")
                ? Recommendation.builder().from(r).owner("Corporate Communications").build() : r).toList()), plan);
        Path out = folder.resolve("owners");
        Cli.Result first = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--each-owner", "--out",
                out.toString());
        assertThat(first.outLines()).filteredOn(line -> line.startsWith("Wrote ")).hasSize(2);
        Path second = Path.of(first.outLines().get(1).replaceFirst("^Wrote (.*?\\.xlsx): .*", "$1"));
        Files.delete(second);
        Files.createDirectory(second); // so that it cannot be written

        Cli.Result again = Cli.run("workbook", plan.toString(), "--period", "Q2 2025/26", "--each-owner", "--out",
                out.toString(), "--replace");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.outLines()).singleElement().asString().startsWith("Wrote ");
        assertThat(again.err()).contains(second + ": cannot be written: is a folder, not a file; give the name of a"
                + " file to write; the copy written before it, named above, is whole, and it was not written: once"
                + " the cause is mended, write them all again with --replace");
    }

    @Test
    void eachOwnerOfAPlanThatNamesNoneIsToldHowToGiveTheItemsTheirOwners() {
        String plan = Cli.seed(folder, "derbyshire-2023-11-01.json");
        Path out = folder.resolve("owners");

        Cli.Result result = Cli.run("workbook", plan, "--period", "Q3 2023/24", "--each-owner", "--out",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String copy = out.resolve("no-owner-given.xlsx").toString();
        assertThat(result.outLines()).last().isEqualTo("The plan names no owners, so its one copy is for 'No owner"
                + " given': give each item its owner in the New owner column, import it with: actionplan import " + plan
                + " " + copy + " --as-of 2023-11-01 --out NEW.json (at the plan's own date, so that naming owners"
                + " changes no status), and --each-owner on NEW.json then writes a copy for each owner");
        assertThat(result.outLines()).anyMatch(line -> line.contains(" of the items with no owner: "))
                .noneMatch(line -> line.contains("No owner given's"));
    }

    @Test
    void anOwnersItemsAreCountedInTheirOwnKindInAPlanOfSeveralKinds() throws IOException {
        // Run 95 #6: Protection's one recommendation, in a plan of areas for improvement besides, was "1 item".
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        ActionPlan seed = PlanJson.read(Path.of(plan));
        Recommendation first = seed.recommendations().getFirst();
        PlanJson.write(seed.withRecommendation(Recommendation.builder().from(first)
                .kind(RecommendationKind.RECOMMENDATION).build()), Path.of(plan));

        Cli.Result protection = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--owner", "Protection", "--out",
                folder.resolve("protection.xlsx").toString());
        Cli.Result people = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--owner",
                "People and Organisational Development", "--out", folder.resolve("people.xlsx").toString());

        assertThat(protection.out()).as(protection.err()).contains("of Protection's items: no open work, 1"
                + " recommendation and 1 sub-action complete");
        assertThat(people.out()).as(people.err()).contains("items: 4 areas for improvement and 23 sub-actions to fill"
                + " in");
    }

    @Test
    void eachOwnerGetsAWorkbookOfTheirOwnAndIsToldHowToReadThemBackTogether() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Path out = folder.resolve("owners");

        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--each-owner", "--out",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String people = out.resolve("people-and-organisational-development.xlsx").toString();
        // Protection's items, recommendation 1 and its sub-action, are complete: a copy would come back blank.
        assertThat(result.outLines()).containsExactly(
                "Wrote " + people + ": the update workbook for Q2 2025/26 (July-September 2025) of People and"
                        + " Organisational Development's items: 4 areas for improvement and 23 sub-actions to fill in.",
                "No copy for 'Protection': every item of theirs is complete; where 'Protection' should give a"
                        + " closing update or a completion day (work at 100% with no day, or completed in Q2 2025/26),"
                        + " write theirs with --owner.",
                "Send each owner theirs; read them back together with: actionplan import " + plan + " " + people
                        + " --out NEW.json");
        assertThat(out.resolve("protection.xlsx")).doesNotExist();
        fill(people, "2.1", PROGRESS, "50%");

        Cli.Result imported = Cli.run("import", plan, people);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.outLines()).contains("  1 progress change, 0 completion dates, 0 new timescales, "
                + "0 updates, 0 blocked changes,"
                + " 0 owner's BRAG changes");
        assertThat(imported.errLines()).isEmpty();
    }

    @Test
    void aWorkbookIsNotWrittenOverACopyAlreadyThereUnlessReplaceIsGiven() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Path owners = folder.resolve("owners");
        Cli.run("workbook", plan, "--period", "Q2 2025/26", "--each-owner", "--out", owners.toString());
        String people = owners.resolve("people-and-organisational-development.xlsx").toString();
        fill(people, "2.1", PROGRESS, "50%"); // the copy its owner sent back, saved where it was written
        byte[] filled = Files.readAllBytes(Path.of(people));
        String single = exported(plan);

        Cli.Result again = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--each-owner", "--out",
                owners.toString());
        Cli.Result singleAgain = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out", single);

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.errLines().getFirst()).isEqualTo("--out " + owners + ": " + people + " is already there,"
                + " and may be filled in by an owner; nothing written. Move it away, give another --out, or give"
                + " --replace to write over it");
        assertThat(Files.readAllBytes(Path.of(people))).isEqualTo(filled);
        assertThat(singleAgain.exitCode()).isEqualTo(2);
        assertThat(singleAgain.errLines().getFirst()).startsWith("--out " + single + ": " + single + " is already"
                + " there");
        Cli.Result replaced = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--each-owner", "--out",
                owners.toString(), "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(Files.readAllBytes(Path.of(people))).isNotEqualTo(filled);
    }

    @Test
    void anOwnersWorkbookIsNamedAfterThemOnceEachWhateverCharactersTheirNameHas() {
        Set<String> used = new HashSet<>();
        assertThat(List.of("People & OD", "People / OD", "Prévention (Wales)", "***", "../../etc", "?", "Con"))
                .extracting(owner -> WorkbookCommand.fileName(owner, used))
                .containsExactly("people-od", "people-od-2", "prévention-wales", "owner", "etc", "owner-2",
                        "con-owner");
        // Run 95: an owner stored with the accent apart, as a Mac types "Tân", was "diogelwch-ta-n"
        assertThat(WorkbookCommand.fileName("Diogelwch Ta\u0302n", used)).isEqualTo("diogelwch-tân");
        // Run 124 #4: long names cut at 60 characters differed by "-2" alone, given in plan order.
        String head = "Head of Prevention, Protection and Community Safety (Interim), Service Delivery Directorate,"
                + " Merseyside Fire and Rescue Service – ";
        assertThat(List.of(head + "Liverpool", head + "Wirral")).extracting(owner -> WorkbookCommand.fileName(owner,
                used)).containsExactly("head-of-prevention-protection--service-liverpool-c575",
                "head-of-prevention-protection--rescue-service-wirral-f0e5");
        // Run 127 #3: names differing in the middle alone were "-2" apart, in plan order.
        String welsh = "Pennaeth Atal, Amddiffyn a Diogelwch Cymunedol, Gwasanaeth Tân ac Achub %s Cymru, Rhanbarth y"
                + " Gorllewin";
        assertThat(List.of(welsh.formatted("De"), welsh.formatted("Gogledd"))).extracting(owner -> WorkbookCommand
                .fileName(owner, new HashSet<>())).containsExactly(
                "pennaeth-atal-amddiffyn-a--rhanbarth-y-gorllewin-2dab",
                "pennaeth-atal-amddiffyn-a--rhanbarth-y-gorllewin-9e26");
        // Run 127 #7: a cut through a letter outside the BMP left half of it, a name no file system takes.
        String mathematical = "X" + "\uD835\uDC07".repeat(40) + "Y".repeat(30);
        assertThat(WorkbookCommand.fileName(mathematical, used)).satisfies(name -> assertThat(name.codePoints()
                .filter(letter -> Character.getType(letter) == Character.SURROGATE)).isEmpty())
                .startsWith("x\uD835\uDC07").contains("--yyy");
    }

    @Test
    void anOwnerThePlanDoesNotHaveIsAUsageErrorNamingTheOwnersItHas() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String out = folder.resolve("estates.xlsx").toString();

        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--owner", "Estates", "--out", out);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo("--owner: no recommendation or sub-action of the plan has"
                + " the owner 'Estates'; its owners are 'Protection' and 'People and Organisational Development'");
        assertThat(Path.of(out)).doesNotExist();
        assertThat(Cli.run("workbook", plan, "--period", "Q2 2025/26", "--owner", "Protection", "--each-owner",
                "--out", folder.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void importPrintsWhatChangedAndWritesTheUpdatedPlanLeavingTheInputsAlone() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "2.1", PROGRESS, "50%");
        fill(workbook, "2.2", COMPLETED_ON, "31/08/2025");
        fill(workbook, "2.2", UPDATE, "Action plan agreed.");
        byte[] planBefore = Files.readAllBytes(Path.of(plan));
        byte[] workbookBefore = Files.readAllBytes(Path.of(workbook));
        String out = folder.resolve("merseyside-q2.json").toString();

        Cli.Result result = Cli.run("import", plan, workbook, "--out", out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                "Imported " + workbook + " for Q2 2025/26 (July-September 2025), reporting date 30 Sep 2025:",
                "  1 progress change, 1 completion date, 0 new timescales, 1 update, 0 blocked changes, 0 owner's BRAG"
                        + " changes",
                "Status changes since merseyside-2025-q1.json (30 Jun 2025): none",
                "Open areas for improvement awaiting an update for Q2 2025/26: 3",
                "  3  People and Organisational Development",
                "  4  People and Organisational Development",
                "  5  People and Organisational Development",
                "Wrote " + out);
        ActionPlan updated = PlanJson.read(Path.of(out));
        SubAction first = updated.recommendation("2").orElseThrow().subActions().get(0);
        assertThat(first.progress()).contains(Percent.of(50));
        assertThat(updated.recommendation("2").orElseThrow().subActions().get(1).completedOn())
                .contains(LocalDate.of(2025, 8, 31));
        assertThat(updated.period()).contains(ReportingPeriod.parse("Q2 2025/26"));
        assertThat(updated.asOf()).contains(LocalDate.of(2025, 9, 30));
        assertThat(Files.readAllBytes(Path.of(plan))).isEqualTo(planBefore);
        assertThat(Files.readAllBytes(Path.of(workbook))).isEqualTo(workbookBefore);
    }

    @Test
    void importListsTheOwnersChangedAndTheNextCopiesGoToThem() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "2.1", "New owner", "Community Safety");
        String out = folder.resolve("merseyside-q2.json").toString();

        Cli.Result result = Cli.run("import", plan, workbook, "--out", out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).containsSubsequence(
                "  0 progress changes, 0 completion dates, 0 new timescales, 0 updates, 0 blocked changes, 0 owner's"
                        + " BRAG changes",
                "Owners changed: 1",
                "  2 / 2.1  People and Organisational Development -> Community Safety",
                "Status changes since merseyside-2025-q1.json (30 Jun 2025): none");
        Cli.Result copies = Cli.run("workbook", out, "--period", "Q3 2025/26", "--each-owner", "--out",
                folder.resolve("q3").toString());
        assertThat(copies.exitCode()).as(copies.err()).isZero();
        assertThat(folder.resolve("q3").resolve("community-safety.xlsx")).exists();
    }

    @Test
    void importListsTheSubActionsOwnersAddedWithTheIdsItGaveThemAndWhenThoseAddedDoneWereCompleted()
            throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(Path.of(workbook))) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            XSSFSheet sheet = book.getSheet("New sub-actions");
            sheet.getRow(2).getCell(0).setCellValue("5");
            sheet.getRow(2).getCell(1).setCellValue("Publish the results\nto every station");
            sheet.getRow(2).getCell(3).setCellValue("Mar 2026");
            sheet.getRow(3).getCell(0).setCellValue("2");
            sheet.getRow(3).getCell(1).setCellValue("Run the staff survey again, with every station and team taking"
                    + " part");
            sheet.getRow(3).getCell(5).setCellValue("20/09/2025");
            try (OutputStream out = Files.newOutputStream(Path.of(workbook))) {
                book.write(out);
            }
        }
        String out = folder.resolve("merseyside-q2.json").toString();

        Cli.Result result = Cli.run("import", plan, workbook, "--out", out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).containsSubsequence(
                "  0 progress changes, 0 completion dates, 0 new timescales, 0 updates, 0 blocked changes, 0 owner's"
                        + " BRAG changes",
                "Sub-actions added: 2",
                // Added done: its completion is where it starts, not one of the completions counted above.
                // Shown whole, where messages shorten what they quote: this line is its only showing.
                "  2 / 2.5   Run the staff survey again, with every station and team taking part (completed 20 Sep"
                        + " 2025)",
                "  5 / 5.10  Publish the results",
                // 5 has no deadline of its own: it is due when its last sub-action is, the one added now.
                "Status changes since merseyside-2025-q1.json (30 Jun 2025): 1",
                "  5  Off track -> On track  no progress reported, due 30 Nov 2024 -> 31 Mar 2026");
        // About recommendation 5, as every problem on a New sub-actions row is: 5.10 is the id of this import's plan.
        assertThat(result.errLines()).containsExactly(workbook + ": warning: 'New sub-actions'!D3 (5): the"
                + " timescale 'Mar 2026' moves recommendation 5's due date from 30 Nov 2024 to 31 Mar 2026: with no"
                + " timescale of its own, it is due when its last sub-action is; if its work was not meant to take"
                + " longer, give this an earlier timescale");
        ActionPlan updated = PlanJson.read(Path.of(out));
        assertThat(updated.recommendation("5").orElseThrow().subActions().getLast().description())
                .contains("Publish the results\n\nto every station");
    }

    /** Merseyside with recommendation 3's sub-actions owned apart: 3.1 by a Station Manager, 3.2 (complete) not. */
    private Path withSubActionOwners() throws IOException {
        return withSubActions("3", s -> SubAction.builder().from(s).owner(s.id().equals("3.1") ? "Station Manager"
                : s.id().equals("3.2") ? "Head of Protection" : "People and Organisational Development")
                .progress(s.id().equals("3.2") ? 100 : 0).build(), "owned.json");
    }

    /** Merseyside with each sub-action of recommendation {@code ref} changed, written to {@code name}. */
    private Path withSubActions(String ref, UnaryOperator<SubAction> change, String name) throws IOException {
        ActionPlan merseyside = PlanJson.read(Path.of(Cli.seed(folder, "merseyside-2025-q1.json")));
        Path file = folder.resolve(name);
        PlanJson.write(merseyside.withRecommendations(merseyside.recommendations().stream().map(r -> !r.ref()
                .equals(ref) ? r : r.withSubActions(r.subActions().stream().map(change).toList())).toList()), file);
        return file;
    }

    @Test
    void whomToChaseNamesTheOwnersOfARecommendationsOpenSubActionsBesideItsOwn() throws IOException {
        Path file = withSubActionOwners();
        String workbook = exported(file.toString());
        fill(workbook, "2.1", PROGRESS, "50%");

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).containsSubsequence(
                "Open areas for improvement awaiting an update for Q2 2025/26: 4",
                "  2  People and Organisational Development (filled in 2.1, with no words)",
                "  3  People and Organisational Development; Station Manager");
    }

    @Test
    void whomToChaseNamesTheOwnerWhoGaveNoUpdateWhereAnotherOwnersSubActionGaveOne() throws IOException {
        Path file = withSubActionOwners();
        String workbook = exported(file.toString());
        fill(workbook, "3.1", UPDATE, "Visits booked for October.");

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).containsSubsequence(
                "Open areas for improvement awaiting an update for Q2 2025/26: 4",
                "  2  People and Organisational Development",
                "  3  People and Organisational Development - an update so far from 3.1");
    }

    @Test
    void whomToChaseSaysWhereTheOwnerRatedTheRecommendationButWroteNothing() throws IOException {
        // Trial 23 F5: an owner who sent a rating and no words was listed as one who sent nothing.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "3", "", "Owner's BRAG", "Amber");

        Cli.Result result = Cli.run("import", plan, workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  3  People and Organisational Development (rated Amber for it, with"
                + " no words)", "  4  People and Organisational Development");
    }

    @Test
    void whomToChaseSaysWhichRowsAnOwnerFilledInWithNoWords() throws IOException {
        // Trial 24 F6: an owner who sent their sub-action's progress and no words was listed as one who sent nothing.
        Path file = withSubActionOwners();
        String workbook = exported(file.toString());
        fill(workbook, "3.1", PROGRESS, 60);

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  3  People and Organisational Development; Station Manager (filled"
                + " in 3.1, with no words)");
    }

    @Test
    void whomToChaseSaysARowHandedOnWasFilledInByWhoseItWasNotItsNewOwner() throws IOException {
        // Trial 76 #3: the new owner of a row handed on in the copy was said to have filled it in, with no copy.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "2.1", PROGRESS, "30%");
        fill(workbook, "2.2", PROGRESS, "40%");
        fill(workbook, "2.2", "New owner", "Prevention");

        Cli.Result result = Cli.run("import", plan, workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  2  People and Organisational Development (filled in 2.1 and 2.2,"
                + " with no words); Prevention");
        // Nor is a row handed on that gave words said to be filled in with none: it gave the update so far, from the
        // one whose every row of it was, who is chased no more (run 121 #2: credited to the row's new owner).
        fill(workbook, "2.3", UPDATE, "Half the stations done.");
        fill(workbook, "2.3", "New owner", "Protection");
        assertThat(Cli.run("import", plan, workbook).outLines()).noneMatch(line -> line.startsWith("  2  "));
    }

    @Test
    void whomToChaseSaysARatingGivenOnARowHandedOnWasGivenByWhoseItWasNotItsNewOwner() throws IOException {
        // Run 77 #3: "5  Training (rated Amber for it, with no words)", when Training was sent nothing.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "5", "", "Owner's BRAG", "Amber");
        fill(workbook, "5", "", "New owner", "Training");

        Cli.Result result = Cli.run("import", plan, workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        // Run 117 #6: nor is it left out; the copy that handed it on came back.
        assertThat(result.outLines()).contains("  5  Training - handed on by People and Organisational Development,"
                + " who rated Amber for it, with no words");
    }

    @Test
    void whomToChaseSaysWhatACopyThatHandedARecommendationOnSentWithNoWords() throws IOException {
        // Run 117 #6: the rating and figures of a copy that also handed the recommendation on were left out.
        Path file = withSubActionOwners();
        String workbook = exported(file.toString());
        fill(workbook, "2", "", "Owner's BRAG", "Amber");
        fill(workbook, "2.1", PROGRESS, "30%");
        fill(workbook, "2", "", "New owner", "Prevention");
        fill(workbook, "3.3", UPDATE, "Survey drafted.");
        fill(workbook, "3.3", "New owner", "Prevention");

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  2  Prevention - handed on by People and Organisational Development,"
                + " who rated Amber for it and filled in 2.1, with no words",
                // words are whose the row was in the copies: 3.3's gave People and Organisational Development's
                "  3  Station Manager - an update so far from 3.3");
    }

    /** Merseyside with recommendation 5's sub-action 5.2 owned by Training and 5.3 by a Station Manager. */
    private Path withFiveOwnedApart() throws IOException {
        return withSubActions("5", s -> s.id().equals("5.2") ? s.withOwner("Training") : s.id().equals("5.3")
                ? s.withOwner("Station Manager") : s, "five.json");
    }

    @Test
    void whomToChaseCreditsWordsToWhoseTheRowWasInTheCopiesNotToWhomItWasHandedOn() throws IOException {
        // Run 121 #1, #2: the owner who handed 5 on with words was said to have sent none, and Training, whose 5.2 is
        // open and who sent nothing, was not chased, as the words were taken for the new owner's.
        Path file = withFiveOwnedApart();
        String workbook = exported(file.toString());
        fill(workbook, "5", "", "New owner", "Training");
        fill(workbook, "5", "", "Owner's BRAG", "Amber");
        fill(workbook, "5.1", UPDATE, "The internal audit review was completed.");
        fill(workbook, "5.4", PROGRESS, 60);

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  5  Training; Station Manager - an update so far from 5.1");
    }

    @Test
    void whomToChaseNamesACopyThatHandedARecommendationOnAndCompletedASubActionOfIt() throws IOException {
        // Run 121 #3: the completed sub-action stays its owner's, who was taken for one still owning a row of it.
        Path file = withFiveOwnedApart();
        String workbook = exported(file.toString());
        fill(workbook, "5", "", "New owner", "Training");
        fill(workbook, "5", "", "Owner's BRAG", "Amber");
        fill(workbook, "5.4", PROGRESS, 100);

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  5  Training; Station Manager - handed on by People and Organisational"
                + " Development, who rated Amber for it and filled in 5.4, with no words");
    }

    @Test
    void whomToChaseNamesNoRatingAnEarlierImportTookAsTheNewOwnersOwn() throws IOException {
        // Run 114 #3: a copy imported later named the owner a rating's copy handed the item to as having given it.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        String late = copyOf(workbook, "late.xlsx");
        fill(workbook, "5", "", "Owner's BRAG", "Amber");
        fill(workbook, "5", "", "New owner", "Training");
        fill(late, "2.1", PROGRESS, "30%");
        String q2 = folder.resolve("q2.json").toString();
        assertThat(Cli.run("import", plan, workbook, "--out", q2).exitCode()).isZero();

        Cli.Result result = Cli.run("import", q2, late);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  5  Training").noneMatch(line -> line.contains("rated"));
    }

    @Test
    void whomToChaseSaysWhatAnOwnerSentWithNoWordsApartFromTheRowsThatGaveAnUpdate() throws IOException {
        // Run 74 #4: the rows that gave an update came in a second bracket, run into the owner's.
        Path file = withSubActionOwners();
        String workbook = exported(file.toString());
        fill(workbook, "3.1", PROGRESS, 60);
        fill(workbook, "3.3", UPDATE, "Survey drafted.");

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  3  Station Manager (filled in 3.1, with no words) - an update so far"
                + " from 3.3");
    }

    @Test
    void aStatusChangeWithProgressAsItWasShowsTheProgressOnce() throws IOException {
        // Trial 23 F8: "85% -> 85%". Recommendation 2's actions at 40%, due in August: on track at the end of June,
        // off track at the end of September, its progress as it was.
        ActionPlan merseyside = PlanJson.read(Path.of(Cli.seed(folder, "merseyside-2025-q1.json")));
        Path file = folder.resolve("due-in-august.json");
        PlanJson.write(merseyside.withRecommendations(merseyside.recommendations().stream()
                .map(r -> !r.ref().equals("2") ? r : r.withSubActions(r.subActions().stream()
                        .map(s -> SubAction.builder().from(s).progress(40).due(Timescale.parse("Aug 2025"))
                                .completedOn(java.util.Optional.empty()).build()).toList())).toList()), file);
        String workbook = exported(file.toString());
        fill(workbook, "3.1", PROGRESS, "50%");

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).matches("  2  \\S.* -> Off track  40%"));
    }

    @Test
    void whomToChaseSaysWhoseOwnRowGaveTheUpdateSoFarAndWhoHasItNow() throws IOException {
        // Trial 21 F13: "its own row" did not say whose, nor that its owner had handed the recommendation on.
        Path file = withSubActionOwners();
        String workbook = exported(file.toString());
        fill(workbook, "3", "", UPDATE, "Appraisals restarted in September.");
        fill(workbook, "3", "", "New owner", "Head of People");

        Cli.Result result = Cli.run("import", file.toString(), workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        // 3.1 is the Station Manager's, open with no update; the words are People and Organisational Development's,
        // whose the row was, so they are chased no more for it, though 3.3 on are still theirs (run 121 #2: the words
        // were taken for Head of People's).
        assertThat(result.outLines()).contains("  3  Station Manager - an update so far from its own row (People and"
                + " Organisational Development's, now Head of People's)");
    }

    @Test
    void importReadsTheCopiesOwnersEachFilledInTogether() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String exported = exported(plan);
        String culture = copyOf(exported, "culture.xlsx");
        String prevention = copyOf(exported, "prevention.xlsx");
        fill(culture, "2.1", PROGRESS, "50%");
        fill(culture, "2.1", UPDATE, "Survey done.");
        fill(prevention, "2.2", COMPLETED_ON, "31/08/2025");
        fill(prevention, "2.2", UPDATE, "Action plan agreed.");
        String out = folder.resolve("merseyside-q2.json").toString();

        Cli.Result result = Cli.run("import", plan, culture, prevention, "--out", out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).containsExactly(
                "Imported " + culture + " and " + prevention + " for Q2 2025/26 (July-September 2025), reporting date"
                        + " 30 Sep 2025:",
                "  1 progress change, 1 completion date, 0 new timescales, 1 update, 0 blocked changes, 0 owner's BRAG"
                        + " changes",
                "Status changes since merseyside-2025-q1.json (30 Jun 2025): none",
                "Open areas for improvement awaiting an update for Q2 2025/26: 3",
                "  3  People and Organisational Development",
                "  4  People and Organisational Development",
                "  5  People and Organisational Development",
                "Wrote " + out);
        assertThat(PlanJson.read(Path.of(out)).recommendation("2").orElseThrow().latestUpdate().orElseThrow().text())
                .isEqualTo("- 2.1: Survey done.\n- 2.2: Action plan agreed.");
    }

    @Test
    void aCopyGivenTwiceIsNamedOnceInTheSummaryAsReadOnce() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String culture = copyOf(exported(plan), "culture.xlsx");
        fill(culture, "2.1", UPDATE, "Survey done.");

        Cli.Result result = Cli.run("import", plan, culture, culture, "--out", folder.resolve("q2.json").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines().getFirst()).isEqualTo("Imported " + culture + " (" + culture + " given more than"
                + " once, read once) for Q2 2025/26 (July-September 2025), reporting date 30 Sep 2025:");
    }

    @Test
    void aWorkbookAndAPlanGivenTheWrongWayRoundAreToldToBeSwapped() throws IOException {
        // Run 108 #13: the workbook was told as a plan that is a zip file, at line 1, column 1.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);

        Cli.Result result = Cli.run("import", workbook, plan);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).first().isEqualTo(workbook + " is a workbook, given where the plan goes, and "
                + plan + " a plan, given where a workbook goes; the plan comes first: actionplan import " + plan + " "
                + workbook);
        // Run 109 #2: the options given were left out of the command told.
        assertThat(Cli.run("import", workbook, plan, "--out", folder.resolve("q2.json").toString()).errLines())
                .first().asString().endsWith("actionplan import " + plan + " " + workbook + ", with the options given");
    }

    /** Run 104 #5: the lock files passed over were named among the copies imported. */
    @Test
    void aLockFileGivenWithItsCopyIsPassedOverAndNotNamedAmongTheCopiesImported() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String culture = copyOf(exported(plan), "culture.xlsx");
        fill(culture, "2.1", UPDATE, "Survey done.");
        String lock = Files.write(folder.resolve("~$culture.xlsx"), new byte[162]).toString();

        Cli.Result result = Cli.run("import", plan, lock, culture, "--out", folder.resolve("q2.json").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains(lock + ": warning: is the lock file Excel keeps beside 'culture.xlsx'");
        assertThat(result.outLines().getFirst()).isEqualTo("Imported " + culture + " for Q2 2025/26 (July-September"
                + " 2025), reporting date 30 Sep 2025:");
    }

    @Test
    void aCopyThatCameBackBlankIsAWarningAndTheOthersAreImported() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String exported = exported(plan);
        String culture = copyOf(exported, "culture.xlsx");
        String blank = copyOf(exported, "blank.xlsx");
        fill(culture, "2.1", PROGRESS, "50%");

        Cli.Result result = Cli.run("import", plan, culture, blank);

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly(blank + ": warning: nothing is filled in: no row of its"
                + " Updates sheet has a value in a cell for owners to fill in; if this is not the copy its owner"
                + " filled in, ask them for that one");
        assertThat(result.outLines()).contains("  1 progress change, 0 completion dates, 0 new timescales, "
                + "0 updates, 0 blocked changes,"
                + " 0 owner's BRAG changes");
    }

    @Test
    void anImportThatChangesNothingSaysSoExitsOneAndWritesNothing() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String blank = copyOf(exported(plan), "blank.xlsx");
        String culture = copyOf(blank, "culture.xlsx");
        fill(culture, "2.1", PROGRESS, "50%");
        Path q2 = folder.resolve("q2.json");
        assertThat(Cli.run("import", plan, culture, "--out", q2.toString()).exitCode()).isZero();
        Path again = folder.resolve("again.json");

        Cli.Result blankAlone = Cli.run("import", plan, blank, "--out", again.toString());
        Cli.Result importedBefore = Cli.run("import", q2.toString(), culture, "--out", again.toString());

        assertThat(blankAlone.exitCode()).isEqualTo(1);
        assertThat(blankAlone.out()).isEmpty();
        assertThat(blankAlone.errLines()).containsExactly(blank + ": warning: nothing is filled in: no row of its"
                + " Updates sheet has a value in a cell for owners to fill in; if this is not the copy its owner"
                + " filled in, ask them for that one", blank + ": nothing imported: it changes nothing in the plan (no"
                + " progress, completion, new timescale, update, blocked, owner's BRAG, new owner or sub-action"
                + " added), as the warnings above say; nothing written");
        assertThat(importedBefore.exitCode()).isEqualTo(1);
        assertThat(importedBefore.errLines()).last().isEqualTo(culture + ": nothing imported: it changes nothing in"
                + " the plan (no progress, completion, new timescale, update, blocked, owner's BRAG, new owner or"
                + " sub-action added), as the warnings above say; nothing written");
        assertThat(again).doesNotExist();
    }

    @Test
    void importSaysNoneIsAwaitingAnUpdateWhenEveryOpenRecommendationHasOne() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        for (String id : List.of("2.1", "3.1", "4.1", "5.1")) {
            fill(workbook, id, UPDATE, "Under way.");
        }

        Cli.Result result = Cli.run("import", plan, workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).contains("  0 progress changes, 0 completion dates, 0 new timescales, "
                + "4 updates, 0 blocked changes,"
                + " 0 owner's BRAG changes", "Open areas for improvement awaiting an update for Q2 2025/26: none");
    }

    @Test
    void aRecommendationAwaitingAnUpdateWithNoOwnerIsListedByItsRefAlone() throws IOException {
        String plan = Cli.seed(folder, "derbyshire-2023-11-01.json");
        String workbook = folder.resolve("q3.xlsx").toString();
        assertThat(Cli.run("workbook", plan, "--period", "Q3 2023/24", "--out", workbook).exitCode()).isZero();
        fill(workbook, "17.1", PROGRESS, "10%"); // progress, but no update: an import changing nothing fails

        Cli.Result result = Cli.run("import", plan, workbook);

        assertThat(result.exitCode()).as(result.err()).isZero();
        // Derbyshire names no owners; 2 of its 20 recommendations are complete.
        assertThat(result.outLines()).containsSubsequence("Open recommendations awaiting an update for Q3 2023/24: 18",
                "  Rec 17", "  Recommendation 34", "  Rec:3");
    }

    @Test
    void aPlanMendedWhileTheWorkbookWasOutTakesTheRowsOfItemsThatDidNotChange() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "2.1", PROGRESS, "50%");
        Path file = Path.of(plan);
        String json = Files.readString(file);
        Files.writeString(file, json.replace("middle managers demonstrate", "its middle managers demonstrate"));

        Cli.Result mended = Cli.run("import", plan, workbook);

        assertThat(mended.exitCode()).as(mended.err()).isZero();
        assertThat(mended.errLines()).containsExactly(workbook + ": warning: the plan has changed since the workbook"
                + " was exported for Q2 2025/26, in '3', an item not filled in, so it was read against the plan as it"
                + " is now");
        assertThat(mended.outLines()).contains("  1 progress change, 0 completion dates, 0 new timescales, "
                + "0 updates, 0 blocked changes,"
                + " 0 owner's BRAG changes");

        // Reworded alone, a filled-in row's item is read, with a warning (trial 53 F6); given another due date, not.
        Files.writeString(file, json.replace("Carry out a cultural survey", "Run a cultural survey"));

        Cli.Result reworded = Cli.run("import", plan, workbook);

        assertThat(reworded.exitCode()).as(reworded.err()).isZero();
        assertThat(reworded.errLines()).contains(workbook + ": warning: Updates!L6 (2 / 2.1): sub-action 2 / 2.1 was"
                + " reworded in the plan since the workbook was exported for Q2 2025/26 (its text, notes or owner), and"
                + " nothing of where it stands changed; what is typed on its row was read: check it fits what the plan"
                + " says of it now");

        Files.writeString(file, json.replaceFirst("\"due\": \"Aug 2024\"", "\"due\": \"Sep 2024\""));

        Cli.Result changed = Cli.run("import", plan, workbook);

        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.errLines()).containsExactly(workbook + ": Updates!L6 (2 / 2.1): sub-action 2 / 2.1 has"
                + " changed in the plan since the workbook was exported for Q2 2025/26 (Timescale 'Aug 2024' here,"
                + " 'Sep 2024' in the plan now), so this row may no longer say what the plan does; fill it in again"
                + " in a workbook exported from the plan as it is now, or import this one into the plan as it was"
                + " exported, which leaves out what changed since; if this copy was imported before and corrected"
                + " since,"
                + " import the quarter again into the plan the copies were exported from, with every copy, this one"
                + " as corrected, writing over the plan the first import gave", workbook + ": 1 error; nothing"
                + " imported");
    }

    @Test
    void copiesThatDisagreeArePrintedEachProblemWithItsCopyAndNothingIsWritten() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String exported = exported(plan);
        String culture = copyOf(exported, "culture.xlsx");
        String prevention = copyOf(exported, "prevention.xlsx");
        fill(culture, "2.1", PROGRESS, 50);
        fill(prevention, "2.1", PROGRESS, 60);
        fill(prevention, "2.2", PROGRESS, 120);
        String out = folder.resolve("new.json").toString();

        Cli.Result result = Cli.run("import", plan, culture, prevention, "--out", out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                prevention + ": Updates!L7 (2 / 2.2): Progress % now: 120 is not a percentage from 0 to 100; type a"
                        + " number from 0 to 100, such as 50 or 50%",
                prevention + ": Updates!L6 (2 / 2.1): filled in differently in " + culture + " (Updates!L6): Progress"
                        + " % now 60% here, 50% there; fill in each item in one copy only, or the same in each",
                // Trial 53 F4: the copies with errors, not every copy given, cut short where there are many.
                "2 errors, in " + prevention + "; nothing written");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void importNeverWritesOverACopy() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        String copy = Files.copy(Path.of(workbook), folder.resolve("copy.xlsx")).toString();
        Cli.Result result = Cli.run("import", plan, workbook, copy, "--out", copy);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--out " + copy + ": is the input file " + copy
                + ", which is never overwritten; name a new file");
    }

    @Test
    void importWithoutOutWritesNothingAndSaysSo() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "5.1", PROGRESS, 100);
        Cli.Result result = Cli.run("import", plan, workbook);
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).last().isEqualTo("Nothing written: give --out NEW.json to write the updated plan.");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("merseyside-2025-q1.json",
                    "updates.xlsx");
        }
    }

    @Test
    void everyProblemOfAWorkbookIsPrintedWithItsCellAndNothingIsWritten() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        fill(workbook, "2.1", PROGRESS, 120);
        fill(workbook, "2.2", COMPLETED_ON, "next week");
        String out = folder.resolve("new.json").toString();

        Cli.Result result = Cli.run("import", plan, workbook, "--out", out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                workbook + ": Updates!L6 (2 / 2.1): Progress % now: 120 is not a percentage from 0 to 100; type a number"
                        + " from 0 to 100, such as 50 or 50%",
                workbook + ": Updates!M7 (2 / 2.2): Completed on: 'next week' is not a date; type a date such as"
                        + " 30/09/2025 (day first), 30 Sep 2025 or 2025-09-30",
                workbook + ": 2 errors; nothing written");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneLineAndExitOneWithoutAStackTrace() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String notes = Cli.write(folder, "notes.xlsx", "Ref,Progress\n2.1,50\n");
        Cli.Result result = Cli.run("import", plan, notes, "--out", folder.resolve("new.json").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        // a copy saved as CSV: saving it again as .xlsx would bring back none of what the import reads
        assertThat(result.errLines()).containsExactly(notes + ": is text with its values between commas (CSV), not an"
                + " Excel workbook (.xlsx): a CSV keeps one sheet's values and none of a workbook's hidden parts; ask"
                + " for the workbook itself as it was sent (.xlsx), as the CSV saved again as a workbook is still not"
                + " one; nothing written");
    }

    @Test
    void importNeverWritesOverThePlan() throws IOException {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String workbook = exported(plan);
        byte[] before = Files.readAllBytes(Path.of(plan));
        Cli.Result result = Cli.run("import", plan, workbook, "--out", plan);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("--out " + plan + ": is the input file " + plan
                + ", which is never overwritten; name a new file");
        assertThat(Files.readAllBytes(Path.of(plan))).isEqualTo(before);
    }

    @Test
    void aPeriodThatIsNoQuarterIsAUsageError() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Cli.Result result = Cli.run("workbook", plan, "--period", "Summer 2025", "--out",
                folder.resolve("u.xlsx").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).contains("'Summer 2025' is not a reporting period; write a UK financial"
                + " quarter such as 'Q1 2025/26' or 'April-June 2025'");
    }

    @Test
    void aWorkbookThatWouldTakeThePlanBackIsAUsageErrorAndNothingIsWritten() {
        // Merseyside's plan reports on Q1 2025/26, at 30 June 2025.
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        String out = folder.resolve("u.xlsx").toString();

        Cli.Result earlier = Cli.run("workbook", plan, "--period", "Q4 2024/25", "--out", out);
        Cli.Result before = Cli.run("workbook", plan, "--period", "Q1 2025/26", "--as-of", "2025-06-10", "--out", out);

        assertThat(earlier.exitCode()).isEqualTo(2);
        assertThat(earlier.errLines().get(0)).isEqualTo("--period Q4 2024/25: the plan reports on Q1 2025/26 already,"
                + " so a workbook for the earlier Q4 2024/25 could not be imported into it; write the workbook for"
                + " Q1 2025/26 or a later period");
        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.errLines().get(0)).isEqualTo("--as-of 2025-06-10: 10 Jun 2025 is before the plan's own"
                + " reporting date, 30 Jun 2025, which the import would take the plan back from");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void workbookRefusesAnOutputThatIsNotXlsx() {
        String plan = Cli.seed(folder, "merseyside-2025-q1.json");
        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out", plan);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("--out " + plan + ": name an .xlsx file, e.g. updates.xlsx");
    }

    @Test
    void anInvalidPlanIsReportedAsForEveryOtherCommand() {
        String plan = Cli.write(folder, "plan.json", "{\"schemaVersion\": 1}");
        Cli.Result result = Cli.run("workbook", plan, "--period", "Q2 2025/26", "--out",
                folder.resolve("u.xlsx").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(plan + ": not a valid action plan");
        assertThat(folder.resolve("u.xlsx")).doesNotExist();
        assertThat(new String(result.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEmpty();
    }
}
