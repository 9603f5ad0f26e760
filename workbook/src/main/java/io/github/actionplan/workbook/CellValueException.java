package io.github.actionplan.workbook;

/**
 * A cell does not hold what its column allows. The message says what was found and what is
 * allowed; the caller adds where ({@link WorkbookProblem}).
 */
final class CellValueException extends Exception {
    private static final long serialVersionUID = 1L;

    CellValueException(String message) {
        super(message, null, false, false);
    }
}
