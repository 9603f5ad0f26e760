/**
 * The action-plan model: a plan, its recommendations (and areas for improvement, causes of
 * concern), their sub-actions and progress updates.
 *
 * <p>Every type here is an immutable value with a builder. Arguments are never {@code null};
 * absent values are {@link java.util.Optional} (or {@code OptionalInt}) and empty collections.
 * A builder rejects a value that breaks a structural rule (a percentage outside 0-100, two
 * sub-actions with one id) when it builds, with a message naming the attribute, the value and the
 * item. Rules that depend on a date, such as "completed after the reporting date", are not
 * structural: {@link io.github.actionplan.validation.PlanValidator} reports them.
 *
 * <h2>Why status is not stored</h2>
 * Whether an item is on track is a function of the item, a {@link io.github.actionplan.rules.StatusRule}
 * and a reporting date. Storing it would freeze one answer to a question that changes every day, so
 * the model stores the facts (deadline, progress, completion date) and an owner's own
 * {@link io.github.actionplan.model.OwnerAssessment} where the plan gives one, and the rules package
 * works the status out on demand. Nothing in core calls {@code LocalDate.now()}.
 */
@ValueStyle
package io.github.actionplan.model;

import io.github.actionplan.internal.ValueStyle;
