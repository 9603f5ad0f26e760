package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.json.PlanReader;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.workbook.UpdateWorkbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code actionplan workbook PLAN.json --period Q2 2025/26 --out FILE.xlsx}: the update workbook owners fill in. */
@Command(name = "workbook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the quarterly update workbook that owners fill in, in Excel or LibreOffice.", "",
                "One row per recommendation and per sub-action, with where each stands at the reporting date and"
                        + " yellow cells for progress, completion date, blocked, the owner's BRAG and the update for the"
                        + " period. Read it back with 'actionplan import'."})
final class WorkbookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan.")
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

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": name an .xlsx file, e.g. updates.xlsx");
        }
        WorkbookFiles.notAnInput(out, "--out", plan);
        PlanReader.Result read = PlanFiles.read(plan);
        PlanFiles.printProblems(plan.toString(), read.warnings(), spec.commandLine().getErr());
        ActionPlan actionPlan = read.plan();
        UpdateWorkbook workbook = UpdateWorkbook.of(actionPlan, period);
        if (asOf != null) {
            workbook = workbook.withAsOf(asOf);
        }
        if (returnBy != null) {
            workbook = workbook.withReturnBy(returnBy);
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw WorkbookFiles.notWritten(out, e);
        }
        int subActions = actionPlan.recommendations().stream().mapToInt(r -> r.subActions().size()).sum();
        PrintWriter printed = spec.commandLine().getOut();
        printed.println("Wrote " + out + ": the update workbook for " + period + " (" + period.displayName() + "), "
                + actionPlan.recommendations().size() + (actionPlan.recommendations().size() == 1 ? " recommendation"
                : " recommendations") + " and " + subActions + (subActions == 1 ? " sub-action" : " sub-actions")
                + ", statuses at " + Dates.shortDate(workbook.reportingDate()) + ".");
        printed.println("Send it to the owners; read it back with: actionplan import " + plan + " " + out
                + " --out NEW.json");
        printed.println("Where each owner fills in a copy of it, give every copy: actionplan import " + plan
                + " COPY.xlsx... --out NEW.json");
        return ActionPlanCommand.EXIT_OK;
    }
}
