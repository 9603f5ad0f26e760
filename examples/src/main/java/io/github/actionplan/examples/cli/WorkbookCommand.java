package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.summary.PlanSummary;
import io.github.actionplan.workbook.UpdateWorkbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actionplan workbook PLAN.json --period Q2 2025/26 --out FILE.xlsx}: the update workbook owners fill in. */
@Command(name = "workbook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the quarterly update workbook that owners fill in, in Excel or LibreOffice.", "",
                "One row per recommendation and per sub-action, with where each stands at the reporting date and"
                        + " yellow cells for progress, completion date, a new timescale, a new owner, blocked, the"
                        + " owner's BRAG and the update for the period, and a sheet for new sub-actions. Read it back"
                        + " with 'actionplan import'."})
final class WorkbookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", converter = FileNameConverter.class, description = "The plan.")
    Path plan;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "The reporting period the owners report on: a UK financial quarter, e.g. \"Q2 2025/26\","
                    + " 2025-Q2 or \"July-September 2025\".")
    ReportingPeriod period;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The reporting date, YYYY-MM-DD, at which statuses are shown and to which the import moves"
                    + " the plan. Default: the period's last day.")
    LocalDate asOf;

    @Option(names = "--return-by", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date, YYYY-MM-DD, by which the instructions ask for the workbook back.")
    LocalDate returnBy;

    @Option(names = "--return-to", paramLabel = "WHOM",
            description = "Whom the instructions ask for the workbook back: a name, a team or a mailbox, e.g."
                    + " \"Performance team, performance@example.gov.uk\". Default: whoever sent it.")
    String returnTo;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx",
            description = "The workbook to write, in a folder that exists; with --each-owner, the folder to write a"
                    + " workbook per owner into.")
    Path out;

    @Option(names = "--owner", paramLabel = "OWNER",
            description = "Only the items of this owner, as the plan names it (or without its accents, where"
                    + " that names one owner): their recommendations and the"
                    + " sub-actions they carry out, each under its recommendation's row, with others' rows that bear"
                    + " on them greyed. A copy for that owner to fill in.")
    String owner;

    @Option(names = "--each-owner",
            description = "A copy for each owner of the plan's recommendations and sub-actions, holding their rows,"
                    + " written into the folder --out, named after the owner (e.g. protection.xlsx). Send each owner"
                    + " theirs and import them together.")
    boolean eachOwner;

    @Option(names = "--replace",
            description = "Write over workbooks already at --out. Without it, none is written where one is: it may"
                    + " be a copy an owner filled in and sent back.")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        if (owner != null && eachOwner) {
            throw new ParameterException(spec.commandLine(), "--owner and --each-owner: give one or the other");
        }
        OutFiles.refuseStandardOutput(out, "--out " + out + ": ", eachOwner ? "files into a folder; name one, such as"
                + " updates" : "a file; name one, such as updates.xlsx");
        boolean xlsx = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!eachOwner && !xlsx) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": name an .xlsx file, e.g. updates.xlsx");
        }
        if (eachOwner && (xlsx || Files.isRegularFile(out))) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": with --each-owner, name a folder to"
                    + " write a workbook per owner into, e.g. updates");
        }
        WorkbookFiles.notAnInput(out, "--out", plan);
        if (!eachOwner) { // a folder per owner is made where there is none
            OutFiles.checkWritable(out, "--out", "updates.xlsx");
        }
        PlanReader.Result read = PlanFiles.read(plan);
        PlanFiles.printProblems(plan.toString(), read.warnings(), spec.commandLine().getErr());
        ActionPlan actionPlan = read.plan();
        UpdateWorkbook workbook;
        try {
            workbook = UpdateWorkbook.of(actionPlan, period);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--period " + period + ": " + e.getMessage());
        }
        if (asOf != null) {
            try {
                workbook = workbook.withAsOf(asOf);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--as-of " + asOf + ": " + e.getMessage());
            }
        }
        if (returnBy != null) {
            try {
                workbook = workbook.withReturnBy(returnBy);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--return-by " + returnBy + ": " + e.getMessage());
            }
        }
        if (returnTo != null) {
            try {
                workbook = workbook.withReturnTo(returnTo);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--return-to: " + e.getMessage());
            }
        }
        if (asOf != null) { // what the import would warn of, said before the owners fill the copies in
            Snapshots.pastPeriod(actionPlan, workbook.period(), asOf).forEach(warning -> spec.commandLine().getErr()
                    .println("warning: --as-of: " + warning));
        }
        // Updates collected before the quarter ends may be meant; a date a quarter early is more likely a slip.
        if (returnBy != null && returnBy.isBefore(workbook.period().end())) {
            spec.commandLine().getErr().println("warning: --return-by " + Dates.shortDate(returnBy) + " is before "
                    + workbook.period() + " ends, on " + Dates.shortDate(workbook.period().end()) + ", so owners are"
                    + " asked by then for where their work stands at its end; unless updates are collected early,"
                    + " give a date after it");
        }
        // A quarter skipped may be meant (a round the service missed), or a typo that sends every owner the wrong one.
        List<ReportingPeriod> skipped = workbook.periodsSkipped();
        if (!skipped.isEmpty()) {
            ReportingPeriod next = skipped.getFirst();
            spec.commandLine().getErr().println("warning: the plan reports on " + next.previous() + ", and a workbook"
                    + " for " + workbook.period() + " asks nothing of " + (skipped.size() == 1 ? next : next + " to "
                    + skipped.getLast()) + "; if the owners are to report on " + next + ", give --period \"" + next
                    + "\"");
        }
        PrintWriter printed = spec.commandLine().getOut();
        if (eachOwner) {
            Map<Path, UpdateWorkbook> copies = new LinkedHashMap<>();
            Set<String> names = new HashSet<>();
            List<String> done = new ArrayList<>();
            List<String> closing = new ArrayList<>();
            for (String each : workbook.owners()) {
                UpdateWorkbook theirs = workbook.withOwner(each);
                if (theirs.hasOpenItems()) {
                    copies.put(out.resolve(fileName(each, names) + ".xlsx"), theirs);
                } else { // nothing to report: a copy sent would come back blank, and be warned of
                    done.add(each);
                    if (theirs.hasRowsToFillIn()) {
                        closing.add(each);
                    }
                }
            }
            String closingHint = closing.isEmpty() ? "." : "; where " + Quote.listed(closing.stream()
                    .map(Quote::single).toList(), "or") + " should give a closing update or a completion day (work at"
                    + " 100% with no day, or completed in " + workbook.period() + "), write " + (closing.size() == 1
                    ? "theirs" : "each") + " with --owner.";
            if (copies.isEmpty()) {
                printed.println("Every item of the plan is complete: " + (closing.isEmpty() ? "nothing to fill in,"
                        + " and no copy written." : "no copy written" + closingHint));
                return ActionPlanCommand.EXIT_OK;
            }
            notThere(copies.keySet());
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, UpdateWorkbook> copy : copies.entrySet()) {
                // Those written stay: each is whole, and one may be on its way to its owner already.
                int left = copies.size() - written.size();
                write(copy.getValue(), copy.getKey(), written.isEmpty() ? WorkbookFiles.NOTHING_WRITTEN
                        : (written.size() == 1 ? "the copy written before it, named above, is"
                        : "the " + written.size() + " copies written before it, named above, are") + " whole, and "
                        + (left == 1 ? "it was" : "it and the " + (left - 1) + " after it were") + " not written:"
                        + " once the cause is mended, write them all again with --replace");
                written.add(copy.getKey());
                printed.println("Wrote " + copy.getKey() + ": " + contents(copy.getValue()) + ".");
            }
            if (!done.isEmpty()) {
                printed.println("No copy for " + Quote.listed(done.stream().map(Quote::single).toList(), "or")
                        + ": every item of " + (done.size() == 1 ? "theirs" : "each") + " is complete" + closingHint);
            }
            if (workbook.owners().equals(List.of(PlanSummary.NO_OWNER))) { // a plan onboarded from a tracker of none
                // Imported at its workbook's date, naming owners would move the plan to the quarter's end, as if
                // it had reported then: each completion the owners then report in the quarter reads as a year
                // mistyped, and the quarter's changes are counted from that date.
                String asOf = actionPlan.asOf().map(date -> " --as-of " + date).orElse("");
                printed.println("The plan names no owners, so its one copy is for '" + PlanSummary.NO_OWNER + "':"
                        + " give each item its owner in the New owner column, import it with: "
                        + Suggested.command("import", plan, written.getFirst()) + asOf + " --out NEW.json"
                        + (asOf.isEmpty() ? "" : " (at the"
                        + " plan's own date, so that naming owners changes no status)") + ", and --each-owner on"
                        + " NEW.json then writes a copy for each owner");
                return ActionPlanCommand.EXIT_OK;
            }
            List<Object> words = new ArrayList<>(List.of("import", plan));
            words.addAll(written);
            printed.println("Send each owner theirs; read them back together with: " + Suggested.command(words
                    .toArray()) + " --out NEW.json");
            return ActionPlanCommand.EXIT_OK;
        }
        if (owner != null) {
            try {
                workbook = workbook.withOwner(owner);
            } catch (IllegalArgumentException e) { // named as the plan does nowhere: but for accents, once?
                UpdateWorkbook all = workbook;
                workbook = unaccented(owner, workbook.owners()).map(all::withOwner).orElseThrow(() ->
                        new ParameterException(spec.commandLine(), "--owner: " + e.getMessage()));
            }
        }
        notThere(List.of(out));
        write(workbook, out, WorkbookFiles.NOTHING_WRITTEN);
        printed.println("Wrote " + out + ": " + contents(workbook) + ", statuses at "
                + Dates.shortDate(workbook.reportingDate()) + ".");
        if (workbook.owner().isPresent()) { // as the plan names them, whatever was typed (run 104 #7)
            printed.println("Send it to " + Quote.name(workbook.owner().get()) + "; read it back with the other"
                    + " owners' copies: " + Suggested.command("import", plan, out) + " COPY.xlsx... --out NEW.json");
            return ActionPlanCommand.EXIT_OK;
        }
        printed.println("Send it to the owners; read it back with: " + Suggested.command("import", plan, out)
                + " --out NEW.json");
        printed.println("Where each owner fills in a copy of it, give every copy: " + Suggested.command("import", plan)
                + " COPY.xlsx... --out NEW.json");
        return ActionPlanCommand.EXIT_OK;
    }

    /**
     * Refuses, before anything is written, to write over files already there unless --replace says to: a workbook
     * there may be a copy an owner filled in and sent back, saved where it was written, and the quarter's returns
     * would be lost.
     */
    private void notThere(Collection<Path> files) {
        OutFiles.refuseInTheWay(files, List.of(plan));
        List<Path> there = files.stream().filter(Files::exists).toList();
        if (!replace && !there.isEmpty()) {
            List<String> named = new ArrayList<>(there.stream().limit(3).map(Path::toString).toList());
            if (there.size() > named.size()) {
                named.add((there.size() - named.size()) + " more");
            }
            throw new ParameterException(spec.commandLine(), "--out " + out + ": " + Quote.listed(named, "and")
                    + (there.size() == 1 ? " is" : " are") + " already there, and may be filled in by an owner; nothing"
                    + " written. Move " + (there.size() == 1 ? "it" : "them") + " away, give another --out, or give"
                    + " --replace to write over " + (there.size() == 1 ? "it" : "them"));
        }
    }

    /** Writes {@code workbook} to {@code file}, or fails saying so and {@code outcome}, what stands of the others. */
    private void write(UpdateWorkbook workbook, Path file, String outcome) {
        try {
            if (file.getParent() != null) {
                try {
                    Files.createDirectories(file.getParent());
                } catch (FileAlreadyExistsException e) { // which names the file in the way, and no reason
                    throw CliException.failure(file + ": cannot be written: " + e.getFile() + " is a file, not a"
                            + " folder to write into; " + outcome, e);
                }
            }
            if (replace) {
                workbook.write(file);
            } else {
                workbook.writeNew(file); // another run may have written it since notThere looked
            }
        } catch (FileAlreadyExistsException e) {
            throw CliException.failure(file + ": was written meanwhile, by another run or person, and is kept; nothing"
                    + " written to it. Give another --out, or --replace to write over it" + (outcome.equals(
                    WorkbookFiles.NOTHING_WRITTEN) ? "" : "; " + outcome), e);
        } catch (IOException e) {
            throw WorkbookFiles.notWritten(file, e, outcome);
        }
    }

    /**
     * What the workbook holds: "the update workbook for Q2 2025/26 (July-September 2025), 5 recommendations and 24
     * sub-actions"; an owner's copy, what they fill in, and the rows it holds where it shows others' too.
     */
    private static String contents(UpdateWorkbook workbook) {
        List<Recommendation> held = workbook.recommendations();
        int subActions = held.stream().mapToInt(r -> r.subActions().size()).sum();
        ReportingPeriod period = workbook.period();
        // The kinds of the items counted name them: "5 areas for improvement" of Merseyside's, not "recommendations";
        // an owner's one recommendation in a plan of several kinds is "1 recommendation", not "1 item" (run 95 #6).
        String rows = counted(held, subActions);
        return "the update workbook for " + period + " (" + period.displayName() + ")" + workbook.owner().map(o -> {
            List<Recommendation> theirItems = held.stream().filter(r -> PlanSummary.ownerOf(r).equals(o)).toList();
            long theirs = theirItems.size();
            long theirSubActions = held.stream().mapToLong(r -> r.subActions().stream().filter(s -> PlanSummary
                    .ownerOf(r, s).equals(o)).count()).sum();
            // Their items complete have nothing to report, as hasOpenItems() counts; a sub-action left open in a
            // recommendation completed while it tracks its parts has, as its row says.
            // Each judged whole: an owner's copy holds only the sub-actions it has rows for.
            Function<Recommendation, Recommendation> whole = r -> workbook.plan().recommendation(r.ref()).orElseThrow();
            Map<Boolean, List<Recommendation>> byCompletion = theirItems.stream().collect(Collectors.partitioningBy(
                    r -> whole.apply(r).progress().isComplete()));
            List<Recommendation> openItems = byCompletion.get(false);
            long open = openItems.size();
            long openSubActions = held.stream().filter(r -> !whole.apply(r).subActionsDoneWithIt()).mapToLong(r -> r
                    .subActions().stream().filter(s -> PlanSummary.ownerOf(r, s).equals(o) && !s.effectiveProgress()
                    .isComplete()).count()).sum();
            String complete = counted(byCompletion.get(true), theirSubActions - openSubActions) + " complete";
            // Work complete keeps its cells for a closing update, or a figure reopening it, unless completed before
            // the period (run 81 #10, run 82 #5).
            String toFillIn = open + openSubActions == 0 ? (workbook.hasRowsToFillIn() ? "no open work, "
                    + complete + ", their cells there for a closing update, a completion day or a lower figure"
                    + " reopening the work" : "nothing to fill in, " + complete)
                    : counted(openItems, openSubActions) + " to fill in" + (open == theirs && openSubActions
                    == theirSubActions ? "" : ", and " + complete);
            // An owner's copy also shows, greyed, others' rows that bear on theirs.
            return (o.equals(PlanSummary.NO_OWNER) ? " of the items with no owner: " : " of "
                    + Quote.possessive(Quote.name(o)) + " items: ") + toFillIn + (theirs == held.size()
                    && theirSubActions == subActions ? "" : ", among rows for " + rows);
        }).orElse(", " + rows);
    }

    /**
     * "4 areas for improvement and 23 sub-actions", "1 sub-action": a count of none left out, where the other is not;
     * the items named as their kinds are, "items" where they are of several or none.
     */
    private static String counted(List<Recommendation> items, long subActions) {
        String ofItems = RecommendationKind.counted(items.size(), items.stream().map(Recommendation::kind).toList());
        String ofSubActions = subActions + (subActions == 1 ? " sub-action" : " sub-actions");
        return items.isEmpty() && subActions > 0 ? ofSubActions : subActions == 0 && !items.isEmpty()
                ? ofItems : ofItems + " and " + ofSubActions;
    }

    /**
     * The one owner of {@code owners} that {@code typed}, naming none as the plan does, names but for accents, case
     * and dashes (a hyphen typed for the plan's en dash: run 110 #6), told on standard error: Windows gives a program
     * its arguments in the PC's code page, which has no ŵ or ŷ, so that "Tŵr" typed arrives as "Twr", or with "?" in
     * their place, which stands for any one character here (run 102 #6). Dashes are told apart first: of "Protection
     * – North" and "Protection - North", "PROTECTION - NORTH" names the second (run 113 #2).
     *
     * @throws ParameterException naming them, where {@code typed} names several owners so
     */
    private Optional<String> unaccented(String typed, List<String> owners) {
        for (boolean dashes : new boolean[] {false, true}) {
            Pattern asTyped = Pattern.compile(Arrays.stream(bare(typed, true, dashes).split("\\?", -1))
                    .map(Pattern::quote).collect(Collectors.joining(".")));
            // "?" stands for one letter as the plan has it ("Gro?e" for "Große"), a plain letter for it as typed
            List<String> named = owners.stream().filter(known -> asTyped.matcher(bare(known, false, dashes))
                    .matches() || asTyped.matcher(bare(known, true, dashes)).matches()).toList();
            if (named.size() > 1) {
                throw new ParameterException(spec.commandLine(), "--owner: " + Quote.singleName(typed) + " names "
                        + named.size() + " of the plan's owners but for accents, case and dashes, "
                        + Quote.listed(named.stream().map(Quote::singleName).toList(), "and")
                        + ": give one as the plan names them");
            }
            if (named.size() == 1) {
                spec.commandLine().getErr().println("--owner: " + Quote.singleName(typed) + " taken as "
                        + Quote.singleName(
                        named.getFirst()) + ", the plan's one owner so named but for accents, case and dashes");
                return Optional.of(named.getFirst());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code name} without accents, in lower case, with {@code dashes} each dash as a hyphen, unspaced; with {@code
     * plain}, the letters no accent is split from (Ł, Ø, Æ, ß) as Windows' code page gives them where it has no such
     * letter, or as typed on a keyboard without it (run 104 #8).
     */
    private static String bare(String name, boolean plain, boolean dashes) {
        String lower = Normalizer.normalize(dashes ? Spacing.dashesFolded(name) : name,
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        if (!plain) {
            return lower;
        }
        StringBuilder bare = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> bare.append(switch (c) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ħ' -> "h";
            case 'ı' -> "i";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ß' -> "ss";
            case 'þ' -> "th";
            default -> Character.toString(c);
        }));
        return bare.toString();
    }

    /** Four hexadecimal digits of {@code name}'s SHA-256: the same for the same name, in any plan's order. */
    private static String fingerprint(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(
                    StandardCharsets.UTF_8))).substring(0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A file name for the owner's workbook: its name in lower case, words joined by '-', unique among {@code used};
     * an accent stored apart from its letter (as a Mac types "Tân") composed with it, not a word's end. A name of more
     * than 60 characters keeps its start and its end, whole words joined by "--", and four letters of the name's
     * fingerprint: two owners' long names may differ at the end ("... Service – Liverpool", "... – Wirral"), which a
     * name cut at 60 lost (run 124 #4), or in the middle, which the start and end lose (run 127 #3), and which owner
     * was given "-2" followed the plan's order. Cut by whole characters, not halves of one (run 127 #7).
     */
    static String fileName(String owner, Set<String> used) {
        String name = Spacing.composed(owner).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "-")
                .replaceAll("^-+|-+$", "");
        int[] letters = name.codePoints().toArray();
        if (letters.length > 60) {
            String start = new String(letters, 0, 30);
            String end = new String(letters, letters.length - 23, 23);
            start = start.contains("-") ? start.substring(0, start.lastIndexOf('-')) : start;
            end = end.contains("-") && letters[letters.length - 24] != '-' ? end.substring(end.indexOf('-') + 1) : end;
            name = start + "--" + end + "-" + fingerprint(Spacing.composed(owner));
        }
        name = name.isEmpty() ? "owner" : name;
        if (name.matches("con|prn|aux|nul|com[0-9]|lpt[0-9]")) { // names Windows keeps for devices
            name += "-owner";
        }
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
            unique = name + "-" + n;
        }
        return unique;
    }
}
