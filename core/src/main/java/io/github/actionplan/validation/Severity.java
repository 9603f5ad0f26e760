package io.github.actionplan.validation;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The plan cannot be used as it stands; reading it fails. */
    ERROR,
    /** The plan can be used, but something in it is probably not what its author meant. */
    WARNING
}
