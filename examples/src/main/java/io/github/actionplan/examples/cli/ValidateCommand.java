package io.github.actionplan.examples.cli;

import io.github.actionplan.json.PlanReader;
import io.github.actionplan.validation.InvalidPlanException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code actionplan validate PLAN.json...}: every problem of every plan on standard error as
 * {@code FILE: /json/path: message}, and one verdict per plan on standard output.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks plans against the JSON format and the plan rules.", "",
                "Prints every problem as FILE: /json/path: message on standard error (warnings marked as such)"
                        + " and one verdict per plan on standard output. Exits 0 when no plan has errors (with"
                        + " --strict, no warnings either)."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    ActionPlanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PLAN.json", description = "The plans to check.")
    List<Path> plans;

    @Option(names = "--strict", description = "Fails (exit 1) a plan with warnings too, as a job that keeps plans"
            + " clean wants: a timescale nobody can read, progress at 100%% beside open work, an owner named two"
            + " ways.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exitCode = ActionPlanCommand.EXIT_OK;
        for (Path plan : plans) {
            String name = plan.toString();
            try {
                PlanReader.Result read = PlanFiles.read(plan);
                PlanFiles.printProblems(name, read.warnings(), err);
                if (strict && !read.warnings().isEmpty()) {
                    out.println(name + ": invalid with --strict (" + PlanFiles.count(read.warnings()) + ")");
                    exitCode = ActionPlanCommand.EXIT_FAILURE;
                } else {
                    out.println(name + ": valid" + (read.warnings().isEmpty() ? ""
                            : " (" + PlanFiles.count(read.warnings()) + ")"));
                }
            } catch (InvalidPlanException e) {
                PlanFiles.printProblems(name, e.problems(), err);
                out.println(name + ": invalid (" + PlanFiles.count(e) + ")");
                exitCode = ActionPlanCommand.EXIT_FAILURE;
            } catch (CliException e) {
                e.lines().forEach(err::println);
                if (root.verbose && e.getCause() != null) {
                    e.getCause().printStackTrace(err);
                }
                out.println(name + ": not read");
                exitCode = ActionPlanCommand.EXIT_FAILURE;
            }
        }
        return exitCode;
    }
}
