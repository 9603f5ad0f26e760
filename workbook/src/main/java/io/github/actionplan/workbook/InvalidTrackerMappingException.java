package io.github.actionplan.workbook;

import java.util.List;

/** A tracker mapping's JSON that cannot be used, with every problem found, each with its JSON path. */
public final class InvalidTrackerMappingException extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // List.copyOf's lists are serializable, as are its problems
    private final List<String> problems;

    InvalidTrackerMappingException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, e.g. {@code "/columns/2/field: 'owne' is not a field; use one of ..."}. */
    public List<String> problems() {
        return problems;
    }
}
