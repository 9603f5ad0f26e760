package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.summary.ItemChange;
import io.github.actionplan.workbook.ImportedUpdate;
import io.github.actionplan.workbook.InvalidWorkbookException;
import io.github.actionplan.workbook.UpdateImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan import PLAN.json FILE.xlsx... --out NEW.json}: reads a filled update workbook, or
 * the copies of it that owners each filled in, into the plan and prints what changed. The inputs are
 * never changed; without {@code --out} nothing is written, and a file already there is written over only with
 * {@code --replace}. An import that changes nothing in the plan fails, so that a script notices the wrong file sent
 * back.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reads an update workbook that owners filled in back into its plan.", "",
                "Prints what changed (progress, completion dates, updates, blocked, owners' BRAG), the status changes"
                        + " at the new reporting date and the open recommendations still awaiting an update for"
                        + " the period, with the owners who gave none, and writes the updated plan to --out. Without"
                        + " --out, nothing is written. Every problem in the workbook is printed with its cell; then"
                        + " nothing is written.",
                "",
                "Where owners each filled in a copy of the workbook, give every copy: they are read together, as"
                        + " one workbook. An item filled in in two copies must be filled in the same in both.", "",
                "An import that changes nothing in the plan (a blank copy, or one imported before) fails: nothing"
                        + " is written, and the exit code is 1. With --strict, so does one that warns.", "",
                "A file already at --out is never written over without --replace, and a read-only one not even"
                        + " with it: it may be a plan imported before. To add a copy to it, import the copy into it:"
                        + " actionplan import NEW.json COPY.xlsx --out NEWER.json."})
final class ImportCommand implements Callable<Integer> {

    /** The most characters of an added sub-action's first line the summary shows: its one showing before the plan. */
    private static final int ADDED_SHOWN = 200;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", converter = FileNameConverter.class,
            description = "The plan the workbook was written from.")
    Path plan;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE.xlsx", converter = FileNameConverter.class,
            description = "The filled update workbook, or every copy of it that owners filled in.")
    List<Path> workbooks;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The new reporting date, YYYY-MM-DD. Default: the one the workbook was written for, the end"
                    + " of its period unless it said otherwise.")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "NEW.json", converter = FileNameConverter.class,
            description = "Where to write the updated plan, in a folder that exists; never PLAN.json or a workbook"
                    + " given, nor a file already there without --replace. Without it, nothing is written.")
    Path out;

    @Option(names = "--replace",
            description = "Write over the file at --out where there is one, unless it is read-only. Without it, none"
                    + " is written over: it may be a plan imported before, whose updates would be lost.")
    boolean replace;

    @Option(names = "--strict",
            description = "Take every warning as an error: where the import warns (last quarter's copy given again,"
                    + " a quarter skipped, a likely slip), nothing is written and the exit code is 1, for a script"
                    + " to stop at.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        // A script that lost --out to a quoting slip would otherwise pass, writing nothing.
        if (replace && out == null) {
            throw CliException.usage("--replace writes over the file --out names, and no --out is given; give --out"
                    + " NEW.json with it, or leave both out to see what the import would change");
        }
        swapped();
        if (out != null) {
            List<Path> inputs = new ArrayList<>(workbooks);
            inputs.add(0, plan);
            WorkbookFiles.notAnInput(out, "--out", inputs.toArray(Path[]::new));
            OutFiles.checkWritable(out, "--out", "NEW.json");
            notThere();
        }
        PlanReader.Result read = PlanFiles.read(plan);
        PlanFiles.printProblems(plan.toString(), read.warnings(), spec.commandLine().getErr());
        UpdateImport importer = UpdateImport.of(read.plan());
        if (asOf != null) {
            importer = importer.withAsOf(asOf);
        }
        ImportedUpdate result;
        try {
            result = importer.readCopies(workbooks.stream().map(WorkbookFiles::named).toList());
        } catch (InvalidWorkbookException e) {
            throw WorkbookFiles.problems(e, out == null ? "nothing imported" : "nothing written");
        }
        result.warnings().forEach(spec.commandLine().getErr()::println);
        if (strict && !result.warnings().isEmpty()) {
            int warnings = result.warnings().size();
            throw CliException.failure(workbooksListed() + ": " + counted(warnings, "warning", "warnings")
                    + " above, taken as " + (warnings == 1 ? "an error" : "errors") + " with --strict; "
                    + (out == null ? "nothing would be written" : "nothing written"));
        }
        if (!result.hasChanges()) {
            throw nothingChanged(!result.warnings().isEmpty());
        }
        if (out != null) {
            write(result);
        }
        print(read.plan(), result, spec.commandLine().getOut());
        return ActionPlanCommand.EXIT_OK;
    }

    /**
     * Refuses, before anything is read, a file already at --out, unless --replace says to write over it and it is
     * not read-only: it may be the plan an earlier copy was imported into (copies imported as they come back), and
     * writing over it would lose that copy's updates without a word.
     */
    private void notThere() {
        if (!OutFiles.there(out)) {
            return;
        }
        if (!Files.exists(out)) { // a symbolic link to a file not there, which --replace writes through
            if (!replace) {
                throw CliException.usage("--out " + out + ": is a symbolic link to a file that is not there; give"
                        + " another name, or --replace to write the file it names");
            }
            return;
        }
        boolean readOnly = OutFiles.readOnly(out);
        if (replace && !readOnly) {
            return;
        }
        // Only where the file there is the plan copies went into before: given by slip, it may be an older one.
        String intoIt = "if it is the plan earlier copies were imported into, add " + (workbooks.size() == 1
                ? "this copy" : "these copies") + " to it: " + importedInto(out);
        String changed = OutFiles.lastChanged(out).map(time -> " (last changed " + time + ")").orElse("");
        if (replace) {
            throw CliException.usage("--out " + out + ": is read-only" + OutFiles.mode(out).map(m -> " (" + m + ")")
                    .orElse("") + ", and --replace does not write over a read-only file. Give another name, make it"
                    + " writable first if it is to be replaced, or, " + intoIt);
        }
        throw CliException.usage("--out " + out + ": is already there" + changed + "," + (readOnly ? " read-only," : "")
                + " and may be a plan imported before; it is not written over" + (readOnly ? ", even with --replace"
                : "") + ". Give another name, " + (readOnly ? "" : "--replace to write over it, ") + "or, " + intoIt);
    }

    /**
     * The import command that reads the workbooks given into {@code plan} instead, to a name beside it that is free
     * ("q2b.json", else "q2c.json" ...), so that the command suggested is not refused in turn.
     */
    private String importedInto(Path plan) {
        String name = plan.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String next = name;
        for (char letter = 'b'; letter <= 'z' && (next.equals(name) || OutFiles.there(plan.resolveSibling(next)));
                letter++) {
            next = dot > 0 ? name.substring(0, dot) + letter + name.substring(dot) : name + letter;
        }
        List<Object> words = new ArrayList<>(List.of("import", plan));
        words.addAll(workbooks.size() > 3 ? List.of() : workbooks);
        return Suggested.command(words.toArray()) + (workbooks.size() > 3 ? " COPY.xlsx..." : "") + " --out "
                + Suggested.word(plan.resolveSibling(next).toString());
    }

    /**
     * Writes the plan to --out, whole or not at all. Without --replace, only where no file is there yet: another
     * import into the same --out that finished while this one ran (two copies imported at once from the same plan)
     * is kept, and this one fails, for its updates are not in that file and would otherwise be lost unsaid.
     */
    private void write(ImportedUpdate result) {
        ActionPlan updated = result.plan();
        try {
            if (replace) {
                notLosingNews(result);
                PlanJson.write(updated, out);
            } else {
                PlanJson.writeNew(updated, out);
            }
        } catch (FileAlreadyExistsException e) {
            throw CliException.failure(out + ": was written by another import or person while this one ran, and is"
                    + " kept; nothing written. To add " + (workbooks.size() == 1 ? "this copy" : "these copies")
                    + " to that plan, import " + (workbooks.size() == 1 ? "it" : "them") + " into it: "
                    + importedInto(out), e);
        } catch (IOException e) {
            throw WorkbookFiles.notWritten(out, e);
        }
    }

    /**
     * Refuses to write over a plan of the period holding news of items this import leaves as they were, imported into
     * it from copies not given: the corrected copy imported again alone, as the refusal of it says to do with every
     * copy, would lose the others' news unsaid (run 83 #4). A file that is no plan, or another's, is written over.
     */
    private void notLosingNews(ImportedUpdate result) {
        ActionPlan replaced;
        try {
            replaced = PlanJson.read(out);
        } catch (IOException | RuntimeException e) { // no plan, or not one this reads: nothing of its to keep
            return;
        }
        List<String> lost = result.newsLeftOut(replaced);
        if (!lost.isEmpty()) {
            ReportingPeriod period = result.period();
            throw CliException.failure(out + ": holds news for " + period + " of " + Quote.first(lost, 10) + " that "
                    + (workbooks.size() == 1 ? "this copy leaves" : "these copies leave") + " out (imported into it"
                    + " from a copy not given, or cleared since in one given), which writing over it would lose;"
                    + " nothing written. Import every copy of " + period + " again together into " + plan + ", or,"
                    + " where a copy clears it on purpose, give another --out");
        }
    }

    /**
     * The failure of an import that changes nothing in the plan: the wrong file (a blank copy, last quarter's again)
     * most likely, which a script is to notice, and a plan moved to a new date with no one's report in it is no
     * update. Nothing is written, as where a workbook has a problem.
     */
    private CliException nothingChanged(boolean warned) {
        boolean one = workbooks.size() == 1;
        return CliException.failure(workbooksListed()
                + ": nothing imported: " + (one ? "it changes" : "they change") + " nothing in the plan (no progress,"
                + " completion, new timescale, update, blocked, owner's BRAG, new owner or sub-action added)"
                + (warned ? ", as the warnings above say" : "") + "; " + (out == null ? "nothing would be written"
                : "nothing written"));
    }

    private void print(ActionPlan before, ImportedUpdate result, PrintWriter printed) {
        ActionPlan after = result.plan();
        printed.println("Imported " + workbooksListed(read(result)) + " for "
                + result.period() + " (" + result.period().displayName() + "), reporting date "
                + Dates.shortDate(result.reportingDate()) + ":");
        printed.println("  " + counted(result.progressChanges(), "progress change", "progress changes") + ", "
                + counted(result.completions(), "completion date", "completion dates") + ", "
                + counted(result.timescaleRevisions(), "new timescale", "new timescales") + ", "
                + counted(result.updates(), "update", "updates") + ", "
                + counted(result.blockedChanges(), "blocked change", "blocked changes") + ", "
                + counted(result.assessmentChanges(), "owner's BRAG change", "owner's BRAG changes"));
        if (result.ownerChanges() > 0) { // who is responsible now, which next quarter's copies follow
            printed.println("Owners changed: " + result.ownerChanges());
            aligned(printed, result.newOwners().stream().map(change -> new String[] {change.ref()
                    + change.subActionId().map(id -> " / " + id).orElse(""), Quote.name(change.before()) + " -> "
                    + Quote.name(change.after())}).toList());
        }
        if (result.subActionsAdded() > 0) { // with the ids the import gave, which owners find their rows by next time
            printed.println("Sub-actions added: " + result.subActionsAdded());
            List<String[]> added = new ArrayList<>();
            result.addedSubActions().forEach((ref, subActions) -> subActions.forEach(subAction -> added.add(
                    new String[] {ref + " / " + subAction.id(), Quote.shown(subAction.description().orElse("")
                            .lines().findFirst().orElse(""), ADDED_SHOWN) + subAction.completedOn().map(day -> " (completed "
                            + Dates.shortDate(day) + ")").orElse("")})));
            aligned(printed, added);
        }
        List<ItemChange> moves = result.statusChanges().statusMoves();
        LocalDate since = result.lastReported();
        // Since the plan given, not "the last report": a plan edited after it was published compares as edited.
        printed.println((since.equals(result.reportingDate()) ? "Status changes at " + Dates.shortDate(since)
                : "Status changes since " + plan.getFileName() + " (" + Dates.shortDate(since) + ")") + ": "
                + (moves.isEmpty() ? "none" : moves.size()));
        List<String[]> lines = new ArrayList<>();
        for (ItemChange change : moves) {
            String then = Snapshots.progress(before, change.ref(), change.progressBefore());
            String now = Snapshots.progress(after, change.ref(), change.progressAfter());
            lines.add(new String[] {change.ref(), after.statusLabels().label(change.before()) + " -> "
                    + after.statusLabels().label(change.after()), (!then.equals(now) ? then + " -> " + now
                    : now.equals(Snapshots.UNREPORTED) ? "no progress reported" : now) + Snapshots.dueMoved(change)});
        }
        int refWidth = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        int moveWidth = lines.stream().mapToInt(l -> l[1].length()).max().orElse(0);
        for (String[] line : lines) {
            printed.println("  " + pad(line[0], refWidth) + "  " + pad(line[1], moveWidth) + "  " + line[2]);
        }
        // Whom to chase: the owners of what is still open and whose rows gave no update for the period.
        List<ImportedUpdate.AwaitedUpdate> awaiting = result.awaitingUpdateFrom();
        printed.println("Open " + RecommendationKind.plural(result.plan().recommendations().stream()
                .map(Recommendation::kind).toList()) + " awaiting an update for " + result.period() + ": "
                + (awaiting.isEmpty() ? "none" : awaiting.size()));
        int awaitingWidth = awaiting.stream().mapToInt(awaited -> awaited.ref().length()).max().orElse(0);
        for (ImportedUpdate.AwaitedUpdate awaited : awaiting) {
            // Owners apart by semicolons: a name may hold a comma ("Equality, Diversity and Inclusion"); each who
            // sent their copy with something but no words for it said so, unlike one who sent nothing.
            String owners = String.join("; ", awaited.owners().stream().map(owner -> Quote.name(owner)
                    + sentWithoutWords(awaited, owner, result).map(sent -> " (" + sent + ", with no words)")
                    .orElse("")).toList());
            // After a dash, not in brackets: an owner's own, beside it, would run two together (run 74 #4). Whose copy
            // came back though they are not chased, as they handed it on, is said there too (run 117 #6).
            List<String> parts = new ArrayList<>(handedOn(awaited, result));
            if (!awaited.updated().isEmpty()) {
                parts.add("an update so far from " + Quote.listed(awaited.updated().stream().map(row -> row.equals(
                        awaited.ref()) ? ownRow(result, awaited.ref()) : row).toList(), "and"));
            }
            String part = parts.isEmpty() ? "" : (owners.isEmpty() ? "" : " - ") + String.join("; ", parts);
            printed.println(("  " + pad(awaited.ref(), awaitingWidth) + "  " + owners + part).stripTrailing());
        }
        if (out != null) {
            printed.println("Wrote " + out);
        } else {
            printed.println("Nothing written: give --out NEW.json to write the updated plan.");
        }
    }

    /**
     * What {@code owner} sent for {@code awaited}'s recommendation with no words, as the chase list notes it: "rated
     * Amber for it", "filled in its own row", "filled in 3.5"; none where they sent nothing for it.
     */
    private static Optional<String> sentWithoutWords(ImportedUpdate.AwaitedUpdate awaited, String owner,
            ImportedUpdate result) {
        List<String> sent = new ArrayList<>();
        if (rater(awaited, result).equals(Optional.of(owner))) {
            awaited.rated().ifPresent(rating -> sent.add("rated " + rating.status().brag().displayName() + " for it"));
        }
        List<String> rows = awaited.filledIn().getOrDefault(owner, List.of());
        if (!rows.isEmpty()) {
            sent.add("filled in " + Quote.listed(rows.stream().map(row -> row.equals(awaited.ref()) ? "its own row"
                    : row).toList(), "and"));
        }
        return sent.isEmpty() ? Optional.empty() : Optional.of(Quote.listed(sent, "and"));
    }

    /** Whose {@code awaited}'s recommendation's own row was in the copies, where its rating is given. */
    private static Optional<String> rater(ImportedUpdate.AwaitedUpdate awaited, ImportedUpdate result) {
        return result.before().recommendation(awaited.ref()).or(() -> result.plan().recommendation(awaited.ref()))
                .flatMap(Recommendation::owner);
    }

    /**
     * What each who sent their copy with no words for {@code awaited}'s recommendation and is not chased, as they
     * handed it on, sent: "handed on by Corporate Services, who rated Amber for it, with no words".
     */
    private static List<String> handedOn(ImportedUpdate.AwaitedUpdate awaited, ImportedUpdate result) {
        Set<String> senders = new LinkedHashSet<>();
        rater(awaited, result).filter(owner -> awaited.rated().isPresent()).ifPresent(senders::add);
        senders.addAll(awaited.filledIn().keySet());
        awaited.owners().forEach(senders::remove);
        return senders.stream().map(owner -> "handed on by " + Quote.name(owner) + ", who " + sentWithoutWords(
                awaited, owner, result).orElseThrow() + ", with no words").toList();
    }

    /**
     * A recommendation's own row as the chase list names it: whose it was in the copies, and whose the recommendation
     * is now where its owner handed it on ("its own row (Workforce Planning's, now Human Resources')").
     */
    private static String ownRow(ImportedUpdate result, String ref) {
        Optional<String> was = result.before().recommendation(ref).flatMap(Recommendation::owner);
        Optional<String> now = result.plan().recommendation(ref).flatMap(Recommendation::owner);
        // In brackets, so that in a list of rows its owner does not read as a row of its own.
        return "its own row" + was.map(owner -> " (" + Quote.possessive(Quote.name(owner)) + now
                .filter(o -> !o.equals(owner)).map(o -> ", now " + Quote.possessive(Quote.name(o))).orElse("") + ")")
                .orElse("");
    }

    /**
     * The workbooks given, as the summary names them: "culture.xlsx and prevention.xlsx"; each once, as one given twice
     * is read once (its warning says so), which is said after them.
     */
    private String workbooksListed() {
        return workbooksListed(path -> true);
    }

    /**
     * Whether a workbook given was read into {@code result}: a lock file given with its copy, or a copy given again
     * under another name, is passed over, with a warning, and is not among those imported (run 104 #5).
     */
    private static Predicate<String> read(ImportedUpdate result) {
        Set<String> names = result.copies().stream().map(ImportedUpdate.Copy::name).collect(Collectors.toSet());
        // A name given twice is numbered in the copies' names: "culture.xlsx (1 of 2)".
        return path -> names.contains(path) || names.stream().anyMatch(name -> name.startsWith(path + " (")
                && name.substring(path.length()).matches(" \\([0-9]+ of [0-9]+\\)"));
    }

    /**
     * Refuses a workbook given where the plan goes and a plan where a workbook goes: the plan was told to be a zip
     * file, at line 1, column 1, and not that the order was at fault (run 108 #13).
     */
    private void swapped() {
        Optional<Path> json = workbooks.stream().filter(file -> extension(file).equals("json")).findFirst();
        if (extension(plan).equals("xlsx") && json.isPresent()) {
            List<Object> order = new ArrayList<>(List.of("import", json.get(), plan));
            workbooks.stream().filter(file -> !file.equals(json.get())).forEach(order::add);
            // The options as given go with it: the order of the files alone was at fault (run 109 #2).
            boolean options = !spec.commandLine().getParseResult().matchedOptions().isEmpty();
            throw CliException.usage(plan + " is a workbook, given where the plan goes, and " + json.get() + " a plan,"
                    + " given where a workbook goes; the plan comes first: " + Suggested.command(order.toArray())
                    + (options ? ", with the options given" : ""));
        }
    }

    private static String extension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The workbooks given, each once, those {@code read} says so: "a.xlsx and b.xlsx". */
    private String workbooksListed(Predicate<String> read) {
        List<String> given = workbooks.stream().map(Path::toString).filter(read).toList();
        List<String> twice = given.stream().filter(path -> given.indexOf(path) != given.lastIndexOf(path)).distinct()
                .toList();
        return Quote.listed(given.stream().distinct().toList(), "and") + (twice.isEmpty() ? "" : " ("
                + Quote.listed(twice, "and") + " given more than once, read once)");
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** Lines of two columns, indented, the first padded to the widest. */
    private static void aligned(PrintWriter printed, List<String[]> lines) {
        int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
        lines.forEach(line -> printed.println("  " + pad(line[0], width) + "  " + line[1]));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
