package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Quote;
import io.github.actionplan.workbook.InvalidWorkbookException;
import io.github.actionplan.workbook.WorkbookFile;
import io.github.actionplan.workbook.WorkbookProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the workbook commands share: naming their files and saying what is wrong with a workbook. */
final class WorkbookFiles {

    /** The most characters of a workbook's name a line shows. */
    private static final int SHOWN = 255;
    /** How many copies with errors the closing line names, before "and 3 other copies". */
    private static final int FAULTY_NAMED = 5;

    private WorkbookFiles() {}

    /**
     * Refuses an output file that is one of the inputs: the inputs are never changed.
     *
     * @throws CliException naming both, a usage error
     */
    static void notAnInput(Path out, String option, Path... inputs) {
        for (Path input : inputs) {
            if (same(out, input)) {
                throw CliException.usage(option + " " + out + ": is the input file " + input
                        + ", which is never overwritten; name a new file");
            }
        }
    }

    /** Whether {@code a} and {@code b} name one file: the same file by links, or the same path. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Unreadable: compare the names below.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * A workbook given on the command line, named as it was given, which every problem of it then names: {@code
     * FILE: Updates!L6 (2 / 2.1): ...}.
     */
    static WorkbookFile named(Path file) {
        return new WorkbookFile(file, file.toString().isBlank() ? "''" : file.toString());
    }

    /**
     * Every problem of a workbook, or of the copies of one read together, as {@code FILE: Updates!L6 (2 / 2.1):
     * ...}, each naming its workbook, then what happened.
     */
    static CliException problems(InvalidWorkbookException e, String outcome) {
        List<String> lines = new ArrayList<>();
        List<WorkbookProblem> problems = e.problems();
        boolean single = problems.size() == 1 && problems.get(0).workbook().filter(w -> !w.equals(e.source())).isEmpty()
                && problems.get(0).cellReference().isEmpty() && problems.get(0).item().isEmpty();
        if (single) {
            lines.add(problems.get(0) + patternHint(problems.get(0)) + "; " + outcome);
            return new CliException(ActionPlanCommand.EXIT_FAILURE, lines, e);
        }
        for (WorkbookProblem problem : problems) {
            lines.add(problem + patternHint(problem));
        }
        long errors = e.errorsFound();
        String counted = String.format(Locale.ROOT, "%,d", errors) + (errors == 1 ? " error" : " errors");
        // Of several copies, those with errors, the ones to chase: the list of all given, shortened, may leave them
        // out (trial 53 F4). On one line and shortened, as the workbook module shows a workbook's name.
        List<String> faulty = problems.stream().filter(WorkbookProblem::isError).map(WorkbookProblem::workbook)
                .flatMap(Optional::stream).distinct().toList();
        if (faulty.isEmpty() || faulty.equals(List.of(e.source()))) {
            lines.add(Quote.shown(e.source(), SHOWN) + ": " + counted + "; " + outcome);
        } else {
            // one more than are named is named too: "and 1 other copy" takes as long to read as its name
            int shown = faulty.size() == FAULTY_NAMED + 1 ? faulty.size() : FAULTY_NAMED;
            List<String> named = new ArrayList<>(faulty.stream().limit(shown).map(name -> Quote.shown(name,
                    SHOWN)).toList());
            if (faulty.size() > shown) {
                named.add((faulty.size() - shown) + " other copies");
            }
            lines.add(counted + ", in " + Quote.listed(named, "and") + (problems.stream().anyMatch(p -> p.isError()
                    && p.workbook().isEmpty()) ? " and about them all" : "") + "; " + outcome);
        }
        return new CliException(ActionPlanCommand.EXIT_FAILURE, lines, e);
    }

    /**
     * For a workbook not there whose name holds {@code *} or {@code ?}, a hint that it is a shell's pattern that
     * matched no file, which the shell then passes on as it was typed ({@code copies/*.xlsx}); else nothing.
     */
    private static String patternHint(WorkbookProblem problem) {
        if (!problem.cell().isEmpty() || problem.item().isPresent()) {
            return "";
        }
        return problem.workbook().filter(name -> name.contains("*") || name.contains("?")).filter(name -> {
            try {
                return !Files.exists(Path.of(name), LinkOption.NOFOLLOW_LINKS);
            } catch (InvalidPathException e) { // a name no file can have here: no file matched it either
                return true;
            }
        }).map(name -> " (a pattern that matched no file?)").orElse("");
    }

    /** What stands where a command writes one file and that fails. */
    static final String NOTHING_WRITTEN = "nothing written";

    /** A file that could not be written, in words. */
    static CliException notWritten(Path file, IOException e) {
        return notWritten(file, e, NOTHING_WRITTEN);
    }

    /** A file that could not be written, in words, and {@code outcome}: what stands of the command's other files. */
    static CliException notWritten(Path file, IOException e, String outcome) {
        return CliException.failure(file + ": cannot be written: " + PlanFiles.describe(e) + "; " + outcome, e);
    }
}
