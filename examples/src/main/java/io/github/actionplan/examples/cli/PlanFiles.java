package io.github.actionplan.examples.cli;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads plan files for the command line. Before core's strict reader sees a file, it checks the
 * things a person gets wrong with files rather than with plans, and says each in one line: the
 * file does not exist, is a folder, is not UTF-8 (as core's reader decodes it), is empty, or is
 * not JSON at all.
 */
final class PlanFiles {

    private static final int SHOWN_START = 20;

    /** The smallest plan there is: reading it readies the reader for every other. */
    static final String SMALLEST_PLAN = "{\"schemaVersion\": 1, \"title\": \"-\", \"organisation\": \"-\","
            + " \"source\": {\"body\": \"-\", \"title\": \"-\"}, \"recommendations\": []}";

    private PlanFiles() {}

    /**
     * Readies core's reader on a thread of its own while the command line starts: Jackson looks at the model's
     * types once, a fifth of a second on a cold start, which then overlaps picocli's start rather than following
     * it. A daemon, so it never holds up the exit of a command that reads no plan; what it reads is thrown away.
     */
    static void readyInBackground() {
        // Nothing it meets is told, out of memory included (run 82 #7: a stack trace before the command's own
        // message): the first plan read readies the reader itself, and tells any problem.
        Thread.ofPlatform().daemon().name("actionplan-reader-warm-up").uncaughtExceptionHandler((thread, e) -> { })
                .start(() -> {
                    try {
                        PlanJson.fromJson(SMALLEST_PLAN);
                    } catch (InvalidPlanException | RuntimeException | OutOfMemoryError e) {
                        // thrown away, as what it read is
                    }
                });
    }

    /**
     * The plan in {@code file}, named in messages as the user wrote it.
     *
     * @throws CliException for a file that is missing, a folder, unreadable, not UTF-8, empty or
     *         not JSON
     * @throws InvalidPlanException for JSON that is not a valid plan, with every problem
     */
    static PlanReader.Result read(Path file) throws InvalidPlanException {
        String name = file.toString();
        PlanReader reader = PlanJson.reader();
        try {
            if (Files.isDirectory(file)) {
                throw CliException.failure(name + ": is a folder, not a plan file");
            }
            // No more than the limit and a byte: a device or a pipe has no size to judge it by ("/dev/zero").
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.limits().maxDocumentBytes() + 1));
            }
            if (bytes.length > reader.limits().maxDocumentBytes()) {
                return reader.read(new ByteArrayInputStream(bytes), name); // core says how large is too large
            }
            return parse(bytes, name);
        } catch (InvalidPlanException e) {
            throw e;
        } catch (IOException e) {
            throw CliException.failure(name + ": " + describe(e), e);
        }
    }

    /** An invalid plan as the command line tells it: each problem, then how many, on lines of their own. */
    static List<String> told(InvalidPlanException invalid) {
        List<String> lines = new ArrayList<>(invalid.problems().stream().map(problem -> line(invalid.source(),
                problem)).toList());
        lines.add(invalid.source() + ": not a valid action plan (" + count(invalid) + ")");
        return lines;
    }

    /**
     * Each of {@code files} read, in order; where one or more cannot be read or are invalid, a failure telling every
     * one of them, as {@code validate} does, not the first alone.
     */
    static List<PlanReader.Result> readAll(List<Path> files) {
        List<PlanReader.Result> read = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Throwable cause = null;
        for (Path file : files) {
            try {
                read.add(read(file));
            } catch (InvalidPlanException e) {
                failed.addAll(told(e));
                cause = cause == null ? e : cause;
            } catch (CliException e) {
                failed.addAll(e.lines());
                cause = cause == null ? e.getCause() : cause;
            }
        }
        if (!failed.isEmpty()) {
            throw new CliException(ActionPlanCommand.EXIT_FAILURE, failed, cause);
        }
        return read;
    }

    /** A plan bundled on the class path, such as a seed plan. */
    static PlanReader.Result readResource(String resource, String name) throws InvalidPlanException {
        try (InputStream in = PlanFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw CliException.failure(name + ": not found on the class path at " + resource);
            }
            return parse(in.readAllBytes(), name);
        } catch (InvalidPlanException e) {
            throw e;
        } catch (IOException e) {
            throw CliException.failure(name + ": " + describe(e), e);
        }
    }

    /** Checks the bytes are UTF-8 text of a JSON object, then reads them with core's reader. */
    static PlanReader.Result parse(byte[] bytes, String name) throws InvalidPlanException {
        String text = utf8(bytes, name);
        String start = text.replace("\uFEFF", "").stripLeading();
        if (start.isEmpty()) {
            throw CliException.failure(name + ": the file is empty; an action plan is a JSON object starting with '{'");
        }
        // A merge conflict git left at the top is the core reader's to tell, as one further down is (run 93 #11).
        if (start.charAt(0) != '{' && !start.startsWith("<<<<<<< ")) {
            throw CliException.failure(name + ": is not a JSON object (it starts with \"" + shown(start)
                    + "\"); an action plan is a JSON object starting with '{'");
        }
        try {
            return PlanJson.reader().read(new ByteArrayInputStream(bytes), name);
        } catch (InvalidPlanException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /** Prints every problem as {@code FILE: /json/path: message}, warnings marked as such. */
    static void printProblems(String name, List<Problem> problems, PrintWriter err) {
        for (Problem problem : problems) {
            err.println(line(name, problem));
        }
    }

    /** A problem of the plan {@code name} as a line of the command line's: {@code "plan.json: /title: ..."}. */
    private static String line(String name, Problem problem) {
        return name + ": " + problem;
    }

    /** {@code "2 errors, 1 warning"}, or {@code "no problems"}: of a plan read. */
    static String count(List<Problem> problems) {
        return count(problems.stream().filter(Problem::isError).count(), problems);
    }

    /** As {@link #count(List)}, of a plan refused, counting every error found, listed or not. */
    static String count(InvalidPlanException invalid) {
        return count(invalid.errorsFound(), invalid.problems());
    }

    private static String count(long errors, List<Problem> problems) {
        return count(errors, problems.stream().filter(problem -> !problem.isError()).count());
    }

    /** {@code "2 errors, 1 warning"}, or {@code "no problems"}: what every command counts, plans and workbooks. */
    static String count(long errors, long warnings) {
        if (errors == 0 && warnings == 0) {
            return "no problems";
        }
        String counted = errors == 0 ? "" : String.format(Locale.ROOT, "%,d", errors) + (errors == 1 ? " error"
                : " errors");
        if (warnings > 0) {
            counted += (counted.isEmpty() ? "" : ", ") + String.format(Locale.ROOT, "%,d", warnings)
                    + (warnings == 1 ? " warning" : " warnings");
        }
        return counted;
    }

    /** The text as core's reader decodes it; its refusal (not UTF-8, or UTF-16) in one line. */
    private static String utf8(byte[] bytes, String name) {
        try {
            return PlanJson.reader().text(bytes, name);
        } catch (InvalidPlanException e) {
            Problem problem = e.problems().get(0);
            String at = problem.line().isPresent() ? " (line " + problem.line().getAsInt() + ", column "
                    + problem.column().orElse(1) + ")" : "";
            throw CliException.failure(name + ": " + problem.message() + at, e);
        }
    }

    /** The start of the text as it can be shown on one line. */
    private static String shown(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        StringBuilder shown = new StringBuilder();
        line.codePoints().limit(SHOWN_START).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        return line.codePointCount(0, line.length()) > SHOWN_START ? shown + "..." : shown.toString();
    }

    /** An I/O failure in words, without the exception's class name. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
