package io.github.actionplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (name == null || folder == null) {
            return Optional.empty();
        }
        Path libreOffice = folder.resolve(".~lock." + name + "#");
        if (Files.isRegularFile(libreOffice)) {
            return Optional.of("LibreOffice" + who(libreOffice).map(who -> ", by " + Quote.single(who)).orElse(""));
        }
        String named = name.toString();
        boolean office = Files.isRegularFile(folder.resolve("~$" + named))
                || named.length() > 2 && Files.isRegularFile(folder.resolve("~$" + named.substring(2)));
        String lower = named.toLowerCase(Locale.ROOT);
        return office ? Optional.of(lower.matches(".*\\.(docx?|docm|rtf)") ? "Word" : lower.matches(".*\\.xls[xmb]?")
                ? "Excel" : "Office") : Optional.empty();
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
