/**
 * Plan data in and out of Excel workbooks: the quarterly update workbook that owners fill in, its
 * import back into the plan, and onboarding a service's existing tracker spreadsheet.
 *
 * <p>Unlike the report renderers this is not a {@code ReportRenderer}: it moves plan data, not a
 * report, so it has its own small API.
 *
 * <ul>
 *   <li>{@link io.github.actionplan.workbook.UpdateWorkbook} writes the update workbook of a plan
 *       for a reporting period;</li>
 *   <li>{@link io.github.actionplan.workbook.UpdateImport} reads it back, filled in, or the copies
 *       of it that owners each filled in, into an
 *       {@link io.github.actionplan.workbook.ImportedUpdate}: the updated plan and what changed;</li>
 *   <li>{@link io.github.actionplan.workbook.InvalidWorkbookException} carries every
 *       {@link io.github.actionplan.workbook.WorkbookProblem} of a workbook that cannot be used,
 *       each with its workbook, sheet and cell (of thousands, the first 1,000 and how many more);</li>
 *   <li>{@link io.github.actionplan.workbook.WorkbookFile} names a file as its user knows it, such as
 *       an upload a service saved to a temporary file, for every problem to name it so.</li>
 * </ul>
 *
 * <pre>{@code
 * ReportingPeriod q2 = ReportingPeriod.parse("Q2 2025/26");
 * UpdateWorkbook.of(plan, q2).write(Path.of("updates-q2.xlsx"));
 * // ... the owners fill it in ...
 * ImportedUpdate result = UpdateImport.of(plan).read(Path.of("updates-q2.xlsx"));
 * // or, where each owner filled in a copy:
 * // UpdateImport.of(plan).read(List.of(Path.of("culture.xlsx"), Path.of("prevention.xlsx")));
 * PlanJson.write(result.plan(), Path.of("plan-q2.json"));
 * }</pre>
 *
 * <p>Every status, reason, due date, progress and colour the workbook shows is core's; this
 * package decides only where it goes. Files from outside are opened read-only and checked before
 * anything is trusted (not a workbook, encrypted, damaged, a zip bomb, too many rows, external
 * links), and read as a stream, so memory stays bounded. Arguments are never {@code null}.
 */
package io.github.actionplan.workbook;
