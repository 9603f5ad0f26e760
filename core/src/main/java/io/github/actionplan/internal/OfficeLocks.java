package io.github.actionplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a file is open in LibreOffice, Word or Excel, told by the lock file each keeps beside it while it is:
 * LibreOffice's {@code .~lock.NAME#}, whose first field is who has it open, and Office's {@code ~$NAME} (for a longer
 * name, {@code ~$} in place of its first two characters). What is typed in it and not yet saved is not in the file,
 * and the program saves over whatever replaced it.
 */
public final class OfficeLocks {

    /** What a lock file holds at most that is read: who has the file open is its first field. */
    private static final int MOST_READ = 512;

    private OfficeLocks() {}

    /**
     * Where {@code file} is open, as a message says it: "LibreOffice, by 'Ann Smith'", "Word" or "Excel"; none where no
     * lock file is beside it. Office's lock for a longer name, {@code ~$} and its end, may be another's whose name
     * ends so: "~$-2025-summary.docx" beside q1- and q2-2025-summary.docx is either's, and is told as such ("Word (or
     * q1-2025-summary.docx is: ...)"), since a file open is the one not to be written over (run 104 #2, run 105 #3).
     */
    public static Optional<String> openIn(Path file) {
        return lockFile(file).map(lock -> lock.getFileName().toString().startsWith(".~lock.") ? "LibreOffice"
                + who(lock).map(who -> ", by " + Quote.single(who)).orElse("") : program(file) + alike(file, lock)
                .map(other -> " (or " + other + " is: the lock file " + lock.getFileName() + " may be either's)")
                .orElse(""));
    }

    /** The lock file beside {@code file} that says it, or a file whose name ends as its does, is open. */
    public static Optional<Path> lockFile(Path file) {
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (name == null || folder == null) {
            return Optional.empty();
        }
        return lockNames(name.toString()).stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /**
     * The names of the lock files that may say a file named {@code named} is open: LibreOffice's, Office's, and
     * Office's for a longer name ({@code ~$} and its end, the last), in that order.
     */
    public static List<String> lockNames(String named) {
        return List.of(".~lock." + named + "#", "~$" + named, "~$" + (named.length() > 2 ? named.substring(2)
                : named));
    }

    /**
     * Another file beside {@code file} whose name has its length and ends as it does, where {@code lock} is Office's
     * for a longer name, {@code ~$} and that end.
     */
    private static Optional<String> alike(Path file, Path lock) {
        String named = file.getFileName().toString();
        if (named.length() <= 2 || !lock.getFileName().toString().equals(lockNames(named).getLast())) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(lock.getParent(), entry -> {
            String other = entry.getFileName().toString();
            return !other.equals(named) && !other.startsWith("~$") && other.length() == named.length()
                    && other.endsWith(named.substring(2));
        })) {
            Iterator<Path> others = files.iterator(); // a directory stream gives one iterator
            return others.hasNext() ? Optional.of(others.next().getFileName().toString()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String program(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.matches(".*\\.(docx?|docm|rtf)") ? "Word" : lower.matches(".*\\.xls[xmb]?") ? "Excel"
                : "Office";
    }

    private static Optional<String> who(Path lock) {
        try (InputStream in = Files.newInputStream(lock)) {
            String text = new String(in.readNBytes(MOST_READ), StandardCharsets.UTF_8);
            String first = text.split("[,;]", 2)[0].strip();
            return first.isEmpty() ? Optional.empty() : Optional.of(first);
        } catch (IOException e) { // unreadable, as another user's may be: it is open all the same
            return Optional.empty();
        }
    }
}
