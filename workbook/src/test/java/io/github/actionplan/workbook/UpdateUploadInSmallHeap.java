package io.github.actionplan.workbook;

import io.github.actionplan.fixtures.SeedPlans;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the update workbook named by its argument as an upload, into the Merseyside seed plan, for a test that runs
 * it in a JVM with a small heap, as a web service shares its heap with every other request.
 */
final class UpdateUploadInSmallHeap {

    private UpdateUploadInSmallHeap() {}

    public static void main(String[] args) throws Exception {
        try (InputStream upload = Files.newInputStream(Path.of(args[0]))) {
            ImportedUpdate imported = UpdateImport.of(SeedPlans.merseyside()).read(upload, "upload.xlsx");
            System.out.println("read: " + imported.plan().recommendations().size() + " recommendations");
        } catch (InvalidWorkbookException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
