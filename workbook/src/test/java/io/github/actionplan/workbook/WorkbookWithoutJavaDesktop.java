package io.github.actionplan.workbook;

import io.github.actionplan.fixtures.SeedPlans;
import io.github.actionplan.model.ReportingPeriod;
import java.io.IOException;
import java.io.OutputStream;

/** Writes Merseyside's update workbook twice, for a test that runs it on a runtime without java.desktop. */
final class WorkbookWithoutJavaDesktop {

    private WorkbookWithoutJavaDesktop() {}

    public static void main(String[] args) throws IOException {
        UpdateWorkbook workbook = UpdateWorkbook.of(SeedPlans.merseyside(), ReportingPeriod.parse("Q2 2025/26"));
        for (int i = 0; i < 2; i++) {
            try {
                workbook.write(OutputStream.nullOutputStream());
                System.out.println("written");
            } catch (IllegalStateException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
