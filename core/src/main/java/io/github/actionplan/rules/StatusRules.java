package io.github.actionplan.rules;

import java.util.List;
import java.util.Optional;

/**
 * The status rules core ships, by the names a command line or a configuration file gives them.
 *
 * <pre>{@code
 * StatusRule rule = StatusRules.named("schedule").orElseThrow();   // ScheduleStatusRule.standard()
 * }</pre>
 */
public final class StatusRules {

    /** The names {@link #named(String)} knows, the default first. */
    public static final List<String> NAMES = List.of("default", "schedule", "progress-band");

    private StatusRules() {}

    /**
     * The rule with this name: "default" ({@link DefaultStatusRule#standard()}), "schedule"
     * ({@link ScheduleStatusRule#standard()}) or "progress-band" ({@link ProgressBandStatusRule#standard()}).
     */
    public static Optional<StatusRule> named(String name) {
        return switch (java.util.Objects.requireNonNull(name, "name")) {
            case "default" -> Optional.of(DefaultStatusRule.standard());
            case "schedule" -> Optional.of(ScheduleStatusRule.standard());
            case "progress-band" -> Optional.of(ProgressBandStatusRule.standard());
            default -> Optional.empty();
        };
    }
}
