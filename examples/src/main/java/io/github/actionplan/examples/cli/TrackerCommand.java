package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.AtomicFiles;
import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.workbook.InvalidTrackerMappingException;
import io.github.actionplan.workbook.InvalidWorkbookException;
import io.github.actionplan.workbook.TrackerField;
import io.github.actionplan.workbook.TrackerImport;
import io.github.actionplan.workbook.TrackerMapping;
import io.github.actionplan.workbook.TrackerResult;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code actionplan tracker TRACKER.xlsx --out PLAN.json}: onboards a service's existing tracker
 * spreadsheet. Prints the mapping it used and what it read; writes the plan only when there is no
 * error, and never changes the tracker.
 */
@Command(name = "tracker", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reads an existing tracker spreadsheet (.xlsx) into a plan.", "",
                "Without --mapping, finds the row of column headers and maps each column by its name (Ref, Area for"
                        + " improvement, Action, Owner, Target date, %% complete, RAG, Update, ...); prints the mapping"
                        + " used, and writes it with --save-mapping so that it can be corrected and given back with"
                        + " --mapping. Prints every problem with its cell on standard error; writes PLAN.json only"
                        + " when there is no error."})
final class TrackerCommand implements Callable<Integer> {

    /** The largest mapping read: one for the widest tracker is a few kilobytes. */
    private static final int MAPPING_BYTES = 1024 * 1024;

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACKER.xlsx", converter = FileNameConverter.class,
            description = "The tracker to read.")
    Path tracker;

    @Option(names = "--mapping", paramLabel = "MAP.json", converter = FileNameConverter.class,
            description = "Use exactly this mapping (sheet, header row, column fields) instead of choosing one.")
    Path mapping;

    @Option(names = "--save-mapping", paramLabel = "MAP.json", converter = FileNameConverter.class,
            description = "Write the mapping used, to correct by hand and give back with --mapping.")
    Path saveMapping;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The plan's reporting date, YYYY-MM-DD. Default: the date or quarter named above the"
                    + " tracker's header (\"as of 1 November 2023\", \"April to June 2025\").")
    LocalDate asOf;

    @Option(names = "--language", paramLabel = "TAG", converter = LanguageConverter.class,
            description = "The language the tracker's texts are written in, where it is not English: a language tag,"
                    + " such as cy for Welsh. Reports mark those texts with it, so that a screen reader reads them in"
                    + " its voice.")
    String language;

    @Option(names = "--out", paramLabel = "PLAN.json", required = true, converter = FileNameConverter.class,
            description = "The plan file to write, in a folder that exists; not one already there without --replace.")
    Path out;

    @Option(names = "--replace",
            description = "Write over the files at --out and --save-mapping where there are any, unless read-only."
                    + " Without it, neither is written over: the plan there may be the one onboarded before and"
                    + " updated since, the mapping one corrected by hand.")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        checkPaths();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = tracker.toString();
        TrackerImport reader = TrackerImport.defaults();
        if (mapping != null) {
            reader = reader.withMapping(readMapping());
        }
        if (asOf != null) {
            reader = reader.withAsOf(asOf);
        }
        TrackerResult result;
        try {
            result = reader.read(WorkbookFiles.named(tracker));
        } catch (InvalidWorkbookException e) {
            throw WorkbookFiles.problems(e, "nothing written");
        }
        printMapping(result.mapping(), stdout);
        if (saveMapping != null) {
            write(saveMapping, result.mapping().toJson().getBytes(StandardCharsets.UTF_8), "--save-mapping",
                    WorkbookFiles.NOTHING_WRITTEN);
            stdout.println("Mapping written to " + saveMapping);
        }
        result.problems().forEach(err::println); // each naming the tracker
        if (result.plan().isEmpty()) {
            throw CliException.failure(name + ": not read into a plan (" + PlanFiles.count(result.errorsFound(),
                    result.problems().stream().filter(problem -> !problem.isError()).count()) + "); nothing written to "
                    + out);
        }
        ActionPlan plan = language == null ? result.plan().get() : result.plan().get().withLanguage(language);
        write(out, PlanJson.toJson(plan).getBytes(StandardCharsets.UTF_8), "--out", saveMapping == null
                ? WorkbookFiles.NOTHING_WRITTEN : "the plan is not written, the mapping is (" + saveMapping + ")");
        printSummary(result, plan, stdout);
        stdout.println("Plan written to " + out);
        return ActionPlanCommand.EXIT_OK;
    }

    /**
     * Refuses to write over the tracker or the mapping read, the plan and the mapping to one file, or either where no
     * file can be written, before the tracker is read.
     */
    private void checkPaths() {
        if (mapping != null) {
            WorkbookFiles.notAnInput(out, "--out", tracker, mapping);
        } else {
            WorkbookFiles.notAnInput(out, "--out", tracker);
        }
        if (saveMapping != null) {
            if (mapping != null) {
                WorkbookFiles.notAnInput(saveMapping, "--save-mapping", tracker, mapping);
            } else {
                WorkbookFiles.notAnInput(saveMapping, "--save-mapping", tracker);
            }
            if (WorkbookFiles.same(saveMapping, out)) {
                throw CliException.usage("--save-mapping " + saveMapping + ": is --out too, where the plan is"
                        + " written; name another file for the mapping");
            }
        }
        OutFiles.checkWritable(out, "--out", "PLAN.json");
        notThere(out, "--out", "may be the plan onboarded before and updated since");
        if (saveMapping != null) {
            OutFiles.checkWritable(saveMapping, "--save-mapping", "MAP.json");
            notThere(saveMapping, "--save-mapping", "may be a mapping corrected by hand");
        }
    }

    /**
     * Refuses, before the tracker is read, a file already there unless --replace says to write over it, and a
     * read-only one even then: onboarding again into the plan in use would lose every update imported since.
     */
    private void notThere(Path file, String option, String mayBe) {
        String told = option + " " + file + ": ";
        if (!OutFiles.there(file)) {
            return;
        }
        if (!Files.exists(file)) { // a symbolic link to a file not there, which --replace writes through
            if (!replace) {
                throw CliException.usage(told + "is a symbolic link to a file that is not there; give another name,"
                        + " or --replace to write the file it names");
            }
            return;
        }
        boolean readOnly = OutFiles.readOnly(file);
        if (replace && !readOnly) {
            return;
        }
        String changed = OutFiles.lastChanged(file).map(time -> " (last changed " + time + ")").orElse("");
        throw CliException.usage(told + "is already there" + changed + "," + (readOnly ? " read-only" + OutFiles
                .mode(file).map(mode -> " (" + mode + ")").orElse("") + "," : "") + " and " + mayBe + "; it is not"
                + " written over" + (readOnly ? ", even with --replace. Give another name, or make it writable first"
                + " if it is to be replaced" : ". Give another name, or --replace to write over it"));
    }

    private TrackerMapping readMapping() {
        String text;
        try {
            if (Files.isDirectory(mapping)) {
                throw CliException.failure(mapping + ": is a folder, not a mapping file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(mapping)) {
                bytes = in.readNBytes(MAPPING_BYTES + 1);
            }
            if (bytes.length > MAPPING_BYTES) {
                throw CliException.failure(mapping + ": is more than " + MAPPING_BYTES / 1024 + " KiB, where a mapping"
                        + " is a few; give the mapping --save-mapping wrote, corrected");
            }
            // A zip's signature: a workbook given as the mapping, which the plan's decoding would call "the plan".
            if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
                throw CliException.failure(mapping + ": is a zip file, such as an Excel workbook, not a mapping's JSON"
                        + " text; give the mapping JSON that --save-mapping wrote (the tracker itself comes first)");
            }
            // Decoded as a plan is, so that text that is not UTF-8 is told where and how to mend it.
            text = PlanJson.reader().text(bytes, mapping.toString());
        } catch (InvalidPlanException e) { // in the plan's words, of a plan ("the plan is not UTF-8 text")
            throw CliException.failure(mapping + ": " + e.problems().getFirst().toString().replaceFirst(": the plan ",
                    ": the mapping "), e);
        } catch (IOException e) {
            throw CliException.failure(mapping + ": " + PlanFiles.describe(e), e);
        }
        try {
            return TrackerMapping.fromJson(text);
        } catch (InvalidTrackerMappingException e) {
            List<String> lines = new ArrayList<>();
            e.problems().forEach(p -> lines.add(mapping + ": " + p));
            lines.add(mapping + ": not a usable tracker mapping (" + e.problems().size()
                    + (e.problems().size() == 1 ? " error" : " errors") + ")");
            throw new CliException(ActionPlanCommand.EXIT_FAILURE, lines, e);
        }
    }

    /**
     * Writes {@code file} whole or not at all; without --replace, only where no file is there yet. A failure says so
     * and {@code outcome}, what stands of the command's other file.
     */
    private void write(Path file, byte[] bytes, String option, String outcome) {
        try {
            if (replace) {
                AtomicFiles.write(file, outStream -> outStream.write(bytes));
            } else {
                AtomicFiles.writeNew(file, outStream -> outStream.write(bytes));
            }
        } catch (FileAlreadyExistsException e) {
            throw CliException.failure(file + ": was written meanwhile, by another run or person, and is kept;"
                    + " nothing written to it. Give another " + option + ", or --replace to write over it"
                    + (outcome.equals(WorkbookFiles.NOTHING_WRITTEN) ? "" : "; " + outcome), e);
        } catch (IOException e) {
            throw WorkbookFiles.notWritten(file, e, outcome);
        }
    }

    private static void printMapping(TrackerMapping mapping, PrintWriter out) {
        // Names and headers as the file has them, shortened to one line as messages quote them.
        out.println("Mapping: " + sheets(mapping) + ", headers in row " + mapping.headerRow());
        int width = mapping.columns().stream().mapToInt(c -> Quote.shown(c.header()).length()).max().orElse(0);
        // Every column read; of those ignored, the first few: a sheet 16,384 cells wide is no list to read.
        int ignored = 0;
        for (TrackerMapping.Column column : mapping.columns()) {
            if (column.field().isEmpty() && ++ignored > IGNORED_SHOWN) {
                continue;
            }
            out.println("  " + pad(column.column(), 3) + pad(Quote.shown(column.header()), width) + "  "
                    + column.field().map(TrackerField::jsonName).orElse("(ignored)"));
        }
        if (ignored > IGNORED_SHOWN) {
            out.println(String.format(Locale.ROOT, "  and %,d more columns ignored (--save-mapping lists every one)",
                    ignored - IGNORED_SHOWN));
        }
    }

    /** The most ignored columns the mapping printed lists. */
    private static final int IGNORED_SHOWN = 20;

    /** "sheet 'Action plan'", or "sheets 'Prevention', 'Protection' and 'Response'" for a sheet per directorate. */
    private static String sheets(TrackerMapping mapping) {
        return (mapping.sheets().size() == 1 ? "sheet " : "sheets ") + sheetsListed(mapping);
    }

    /** The sheets read, each quoted, in the order read: "'Prevention', 'Protection' and 'Response'". */
    private static String sheetsListed(TrackerMapping mapping) {
        return Quote.listed(mapping.sheets().stream().map(Quote::single).toList(), "and");
    }

    private static void printSummary(TrackerResult result, ActionPlan plan, PrintWriter out) {
        out.println(TerminalText.oneLine("Read " + plan.organisation() + ": " + plan.title()));
        String ignored = result.ignoredColumns().isEmpty() ? "none" : result.ignoredColumns().stream()
                .map(c -> c.column() + (c.header().isBlank() ? " (no header)" : " (" + Quote.shown(c.header()) + ")"))
                .collect(Collectors.joining(", "));
        // Sub-actions with no text are most likely an action column not read: said here, where the count is read.
        long undescribed = plan.recommendations().stream().flatMap(r -> r.subActions().stream())
                .filter(s -> s.description().isEmpty()).count();
        String described = undescribed == 0 ? "" : undescribed == result.subActions() ? " (none with a description)"
                : " (" + undescribed + " with no description)";
        out.println("  " + RecommendationKind.counted(plan.recommendations().stream().map(Recommendation::kind)
                .toList()) + ", " + result.subActions() + (result.subActions() == 1 ? " sub-action" : " sub-actions")
                + described + "; ignored columns: " + ignored);
        if (result.mapping().sheets().size() > 1) {
            out.println("  from " + result.mapping().sheets().size() + " sheets, in this order: "
                    + sheetsListed(result.mapping()));
        }
        result.skippedRows().forEach(row -> out.println("  skipped " + row));
        if (result.progressAsFractions()) {
            out.println("  progress read as fractions (0.5 is 50%)");
        }
        // The tracker's own word for a status names it in every report: said, as one cell can give it.
        if (!plan.statusLabels().custom().isEmpty()) {
            out.println("  statuses named as the tracker names them: " + Status.SUMMARY.stream().filter(plan
                    .statusLabels().custom()::containsKey).map(status -> Quote.single(plan.statusLabels().label(
                    status)) + " for " + status.defaultLabel()).collect(Collectors.joining(", "))
                    + " (the plan's statusLabels; edit them there to rename)");
        }
        plan.asOf().ifPresent(date -> {
            PlanSummary summary = PlanSummary.of(plan, date, Assessor.standard());
            // A tracker that dates only its actions: the default roll-up can show on track what they show overdue,
            // so the counts by the worst action are given beside where they find more off track. Where they find
            // less (a tracker counting its actions with no dates, as Derbyshire's), they are no alternative.
            Assessor byActions = Assessor.of(Assessor.standard().rule(), RollUp.WORST_SUB_ACTION);
            PlanSummary worst = PlanSummary.of(plan, date, byActions);
            boolean moreOffTrack = worst.counts().count(Status.OFF_TRACK) > summary.counts().count(Status.OFF_TRACK);
            out.println("  status at " + Dates.shortDate(date) + ": " + counts(plan, summary) + (moreOffTrack
                    ? "; with --roll-up " + byActions.rollUp().id() + ": " + counts(plan, worst) : ""));
        });
    }

    /** "On track 3, At risk 0, Off track 15, Complete 2", in the plan's words for them. */
    private static String counts(ActionPlan plan, PlanSummary summary) {
        return Status.SUMMARY.stream().map(s -> plan.statusLabels().label(s) + " " + summary.counts().count(s))
                .collect(Collectors.joining(", "));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
