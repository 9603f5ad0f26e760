package io.github.actionplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * lock file is beside it.
     */
    public static Optional<String> openIn(Path file) {
        return lockFile(file).map(lock -> lock.getFileName().toString().startsWith(".~lock.") ? "LibreOffice"
                + who(lock).map(who -> ", by " + Quote.single(who)).orElse("") : program(file));
    }

    /**
     * The lock file beside {@code file} that says it is open, if there is one. Office's for a longer name, {@code ~$}
     * and its end, is taken for {@code file}'s only where no other file there ends so: "~$-2025-summary.docx" may be
     * q1-2025-summary.docx's, open, beside q2-2025-summary.docx (run 104 #2).
     */
    public static Optional<Path> lockFile(Path file) {
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (name == null || folder == null) {
            return Optional.empty();
        }
        String named = name.toString();
        Path libreOffice = folder.resolve(".~lock." + named + "#");
        Path office = folder.resolve("~$" + named);
        if (Files.isRegularFile(libreOffice) || Files.isRegularFile(office)) {
            return Optional.of(Files.isRegularFile(libreOffice) ? libreOffice : office);
        }
        Path shortened = named.length() > 2 ? folder.resolve("~$" + named.substring(2)) : office;
        return Files.isRegularFile(shortened) && onlyOneEnding(folder, named) ? Optional.of(shortened)
                : Optional.empty();
    }

    /** Whether no file in {@code folder} but one named {@code named} has its length and ends as it does. */
    private static boolean onlyOneEnding(Path folder, String named) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, entry -> {
            String other = entry.getFileName().toString();
            return !other.equals(named) && !other.startsWith("~$") && other.length() == named.length()
                    && other.endsWith(named.substring(2));
        })) {
            return !files.iterator().hasNext();
        } catch (IOException e) {
            return false; // where the folder cannot be listed, a lock that may be another's is not taken for this one
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
