package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workbook file and the name its user knows it by: every problem and warning of an import names the workbook by
 * {@code name}, never by the file's own name or path.
 *
 * <p>A web service that saves an upload to a temporary file reads it under the name it was uploaded with, so that its
 * users read {@code culture.xlsx: Updates!L6 (2 / 2.1): ...}, not the name of a file they have never seen:
 *
 * <pre>{@code
 * Path saved = Files.createTempFile("upload-", ".tmp");
 * Files.copy(upload, saved, StandardCopyOption.REPLACE_EXISTING); // upload: the request's InputStream
 * ImportedUpdate result = UpdateImport.of(plan).read(new WorkbookFile(saved, "culture.xlsx"));
 * // or, the copies owners uploaded:
 * // UpdateImport.of(plan).readCopies(List.of(new WorkbookFile(saved, "culture.xlsx"), ...));
 * }</pre>
 *
 * <p>Messages show the name on one line and at most 255 characters long, a line break in it written
 * {@code \n} and a control character as {@code <U+001B>}, as they quote a plan's text: a name cannot add lines of its
 * own to a list of problems. {@link WorkbookProblem#workbook()} and {@link InvalidWorkbookException#source()} give it
 * as it was given; where several copies read together are given one name, each is numbered after it,
 * {@code updates.xlsx (2 of 2)}, so that no message of one can be taken for the other's.
 *
 * @param path the file to read, which is never changed
 * @param name what its user calls it, e.g. the name of the file they uploaded; not blank
 */
public record WorkbookFile(Path path, String name) {

    /** The most characters of a name a message shows: a file name's most on common file systems. */
    static final int SHOWN = 255;

    /**
     * Checks nothing is null and the name is not blank.
     *
     * @throws IllegalArgumentException if {@code name} is blank: every problem names the workbook by it
     */
    public WorkbookFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a workbook's name is what its problems name it by: give one that is"
                    + " not blank, such as the name of the file its user uploaded");
        }
    }

    /**
     * {@code file} named by its file name, as {@link UpdateImport#read(Path)} names it; one that is not there, or is a
     * folder, by its path, which says where it was looked for.
     */
    static WorkbookFile named(Path file) {
        Path name = file.getFileName();
        String shown = name == null || name.toString().isBlank() || !Files.isRegularFile(file) ? file.toString()
                : name.toString();
        return new WorkbookFile(file, shown.isBlank() ? Quote.single(shown) : shown);
    }

    /** {@code file} named by its path as given, as {@link UpdateImport#read(java.util.List)} names each copy. */
    static WorkbookFile asGiven(Path file) {
        return file.toString().isBlank() ? named(file) : new WorkbookFile(file, file.toString());
    }

    /**
     * {@code files}, each named apart from the others, in the order given: copies given under one name (an
     * {@code updates.xlsx} uploaded from each of two owners' folders) are {@code updates.xlsx (1 of 2)} and
     * {@code updates.xlsx (2 of 2)}, so that no message of one can be taken for the other's. Names are told apart as
     * messages show them; a long one is shortened to keep its number in sight.
     */
    static List<WorkbookFile> apart(List<WorkbookFile> files) {
        Map<String, Integer> named = new HashMap<>();
        files.forEach(file -> named.merge(shown(file.name()), 1, Integer::sum));
        Map<String, Integer> numbered = new HashMap<>();
        return files.stream().map(file -> {
            String shown = shown(file.name());
            int of = named.get(shown);
            if (of == 1) {
                return file;
            }
            String number = " (" + numbered.merge(shown, 1, Integer::sum) + " of " + of + ")";
            String name = file.name();
            int most = SHOWN - number.length() - 1;
            if (name.codePointCount(0, name.length()) > SHOWN - number.length()) {
                name = name.substring(0, name.offsetByCodePoints(0, most)) + "…";
            }
            return new WorkbookFile(file.path(), name + number);
        }).toList();
    }

    /** A workbook's name as messages show it: one line, shortened, with nothing that shows as nothing. */
    static String shown(String name) {
        return Quote.shown(name, SHOWN);
    }
}
