/**
 * Plan data in and out of Excel workbooks: the quarterly update workbook that owners fill in, its
 * import back into the plan, and onboarding a service's existing tracker spreadsheet.
 *
 * <p>Unlike the report renderers this is not a {@code ReportRenderer}: it moves plan data, not a
 * report, so it has its own small API.
 */
package io.github.actionplan.workbook;
