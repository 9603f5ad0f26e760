/**
 * Aggregation: a plan summed up at a reporting date ({@link io.github.actionplan.summary.PlanSummary}),
 * and what changed between two snapshots of it ({@link io.github.actionplan.summary.SnapshotComparison}).
 */
package io.github.actionplan.summary;
