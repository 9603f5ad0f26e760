package com.example.text;

import io.github.actionplan.report.Cell;

/** The same text report without the reasons for each status: a renderer the kit must fail. */
public final class ReasonlessTextRenderer extends TextReportRenderer {

    @Override
    public String format() {
        return "text-without-reasons";
    }

    @Override
    protected String status(Cell.StatusCell status) {
        return status.label() + status.note().map(note -> " " + note).orElse("");
    }
}
