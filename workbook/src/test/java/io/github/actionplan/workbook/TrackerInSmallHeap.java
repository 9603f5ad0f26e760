package io.github.actionplan.workbook;

import java.io.InterruptedIOException;
import java.nio.file.Path;

/** Reads the tracker named by its argument, for a test that runs it in a JVM with a small heap. */
final class TrackerInSmallHeap {

    private TrackerInSmallHeap() {}

    public static void main(String[] args) throws InterruptedIOException {
        try {
            TrackerResult result = TrackerImport.defaults().read(Path.of(args[0]));
            System.out.println("read: " + result.plan().map(p -> p.recommendations().size()).orElse(-1)
                    + " recommendations");
        } catch (InvalidWorkbookException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
