package io.github.actionplan.examples.cli;

import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.rules.StatusRule;
import io.github.actionplan.rules.StatusRules;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --rule} and {@code --roll-up}: which of core's status rules decides each item's status,
 * and how sub-actions' statuses become a recommendation's. Shared by {@code status} and
 * {@code render}, so both show the same statuses, and a report's key describes the rule chosen.
 */
final class AssessmentOptions {

    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "default", converter = RuleConverter.class,
            completionCandidates = RuleNames.class,
            description = "The status rule: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    StatusRule rule;

    @Option(names = "--roll-up", paramLabel = "ROLL-UP", defaultValue = "recommendation",
            converter = RollUpConverter.class, completionCandidates = RollUpNames.class,
            description = "How a recommendation's status follows from its sub-actions': ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE} (its own deadline and progress decide).")
    RollUp rollUp;

    /** The assessor the options name. */
    Assessor assessor() {
        return Assessor.of(rule, rollUp);
    }

    static final class RuleNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return StatusRules.NAMES.iterator();
        }
    }

    static final class RollUpNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RollUp.values()).map(RollUp::id).iterator();
        }
    }

    static final class RuleConverter implements ITypeConverter<StatusRule> {
        @Override
        public StatusRule convert(String value) {
            return StatusRules.named(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a status rule; choose " + String.join(", ", StatusRules.NAMES)));
        }
    }

    static final class RollUpConverter implements ITypeConverter<RollUp> {
        @Override
        public RollUp convert(String value) {
            return RollUp.named(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a roll-up; choose " + String.join(", ",
                            Arrays.stream(RollUp.values()).map(RollUp::id).toList())));
        }
    }
}
