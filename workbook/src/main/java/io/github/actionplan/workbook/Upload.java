package io.github.actionplan.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A workbook read from a stream, such as an upload to a web service: saved to a temporary file of its own, which only
 * this user may read, read from there and deleted, whatever happens. A workbook is read from a file because its parts
 * are found through the zip's directory at its end, and a file keeps a large upload out of the heap.
 */
final class Upload {

    /**
     * The start of an upload's temporary file's name, with this process's id: a file left by a process killed
     * mid-read tells which, and one process's files are told from another's.
     */
    static final String PREFIX = "actionplan-upload-" + ProcessHandle.current().pid() + "-";

    /**
     * The most bytes a workbook read from a stream may have: an update workbook of the largest plan a reader takes,
     * or a tracker at its limits, is a few megabytes, so anything near this is not one, and a stream without end is
     * stopped here rather than filling the disk.
     */
    static final long MOST_BYTES = 64L * 1024 * 1024;

    /** What is done with the saved file. */
    @FunctionalInterface
    interface Reading<T> {
        T read(WorkbookFile saved) throws IOException;
    }

    private Upload() {}

    /**
     * Saves {@code in} to a temporary file, reads it as {@code name} with {@code reading}, and deletes the file. The
     * stream is read to its end, or to {@link #MOST_BYTES} and one more, and left open: it is the caller's.
     *
     * @throws InvalidWorkbookException where the stream holds more than {@link #MOST_BYTES}, or as {@code reading}
     *                                  throws it
     * @throws IOException              where the stream cannot be read or the temporary file written
     */
    static <T> T read(InputStream in, String name, Reading<T> reading) throws IOException, InvalidWorkbookException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reading, "reading");
        return readAll(List.of(Map.entry(name, in)), saved -> reading.read(saved.getFirst()));
    }

    /** What is done with the saved files, in the order given. */
    @FunctionalInterface
    interface ReadingAll<T> {
        T read(List<WorkbookFile> saved) throws IOException;
    }

    /**
     * Saves each stream of {@code uploads} to a temporary file as {@link #read} does, reads them all as named with
     * {@code reading}, and deletes the files, whatever happens. Each stream is read to its end, or past
     * {@link #MOST_BYTES}, and left open.
     *
     * @throws InvalidWorkbookException where a stream holds more than {@link #MOST_BYTES}, or as {@code reading}
     *                                  throws it
     * @throws IOException              where a stream cannot be read or a temporary file written
     */
    static <T> T readAll(List<Map.Entry<String, InputStream>> uploads, ReadingAll<T> reading)
            throws IOException, InvalidWorkbookException {
        Objects.requireNonNull(reading, "reading");
        List<Map.Entry<String, InputStream>> given = List.copyOf(Objects.requireNonNull(uploads, "uploads"));
        List<Path> files = new ArrayList<>();
        try {
            List<WorkbookFile> saved = new ArrayList<>();
            for (Map.Entry<String, InputStream> upload : given) {
                Objects.requireNonNull(upload.getValue(), "an upload's stream");
                Path file = Files.createTempFile(PREFIX, ".xlsx");
                files.add(file);
                saved.add(new WorkbookFile(file, upload.getKey()));
                save(upload.getValue(), file, upload.getKey());
            }
            return reading.read(saved);
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Saves {@code in} to {@code file}, refusing it past {@link #MOST_BYTES}. */
    private static void save(InputStream in, Path file, String name) throws IOException, InvalidWorkbookException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (copy(in, out) > MOST_BYTES) {
                throw InvalidWorkbookException.of(name, "is larger than " + megabytes(MOST_BYTES) + ", far more than"
                        + " an update workbook or a tracker is; check it is the workbook meant, and save it without"
                        + " pictures or other sheets if it is");
            }
        }
    }

    /** Copies {@code in} to {@code out} until its end or one byte past {@link #MOST_BYTES}; the bytes copied. */
    private static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int n; copied <= MOST_BYTES && (n = in.read(buffer, 0, (int) Math.min(buffer.length,
                MOST_BYTES + 1 - copied))) != -1; ) {
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
