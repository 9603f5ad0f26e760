/**
 * Status rules: where an item stands at a reporting date, and why.
 *
 * <p>A {@link io.github.actionplan.rules.StatusRule} looks at one {@link io.github.actionplan.rules.WorkItem}
 * (a recommendation's or a sub-action's facts) at an explicit date and returns an
 * {@link io.github.actionplan.rules.Assessment}: a status and the reason in words. An
 * {@link io.github.actionplan.rules.Assessor} applies a rule to a whole plan, rolling sub-action
 * statuses up to their recommendation as its {@link io.github.actionplan.rules.RollUp} says.
 *
 * <p>Core ships three rules: {@link io.github.actionplan.rules.DefaultStatusRule} (deadline and
 * progress, as Derbyshire reports), {@link io.github.actionplan.rules.ScheduleStatusRule} (progress
 * against time elapsed) and {@link io.github.actionplan.rules.ProgressBandStatusRule} (progress
 * bands). Any other is a lambda away.
 */
package io.github.actionplan.rules;
