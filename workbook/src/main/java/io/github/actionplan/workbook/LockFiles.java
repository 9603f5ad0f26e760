package io.github.actionplan.workbook;

import io.github.actionplan.internal.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock files LibreOffice and Excel keep beside a workbook while it is open: LibreOffice's {@code .~lock.NAME#},
 * whose first field is who has it open, and Excel's {@code ~$NAME} (for a longer name, {@code ~$} in place of its first
 * two characters). A workbook open in either may have typing not yet saved; a lock file is no workbook.
 */
final class LockFiles {

    private static final Pattern LIBREOFFICE = Pattern.compile("\\.~lock\\.(.+)#");
    private static final Pattern EXCEL = Pattern.compile("~\\$(.+\\.xls[xm]?)", Pattern.CASE_INSENSITIVE);

    /** What a lock file holds at most that is read: who has the file open is its first field. */
    private static final int MOST_READ = 512;

    private LockFiles() {}

    /**
     * Where {@code file} is open, as a message says it: "LibreOffice, by 'Ann Smith'", or "Excel"; none where no lock
     * file is beside it.
     */
    static Optional<String> openIn(Path file) {
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
        boolean excel = Files.isRegularFile(folder.resolve("~$" + named))
                || named.length() > 2 && Files.isRegularFile(folder.resolve("~$" + named.substring(2)));
        return excel ? Optional.of("Excel") : Optional.empty();
    }

    /** Why {@code file}, where it is a lock file, is no workbook: whose lock it is, and what to give instead. */
    static Optional<String> asGiven(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        Matcher libreOffice = LIBREOFFICE.matcher(name.toString());
        Matcher excel = EXCEL.matcher(name.toString());
        String app = libreOffice.matches() ? "LibreOffice" : excel.matches() ? "Excel" : null;
        if (app == null) {
            return Optional.empty();
        }
        String workbook = libreOffice.matches() ? libreOffice.group(1) : "…" + excel.group(1);
        return Optional.of("is the lock file " + app + " keeps beside " + Quote.single(workbook) + " while it is open,"
                + " not a workbook; give the workbook itself, saved and closed");
    }

    /**
     * Why {@code file}, where it is the lock file of one of {@code copies} beside it, is passed over: given with the
     * copy it locks, as a pattern such as {@code *.xlsx} gives it (Windows expands one with hidden files, run 102 #7).
     */
    static Optional<String> besideCopy(Path file, List<Path> copies) {
        String lock = String.valueOf(file.getFileName());
        Path folder = file.toAbsolutePath().getParent();
        return copies.stream().filter(copy -> !copy.equals(file) && copy.getFileName() != null
                && Objects.equals(copy.toAbsolutePath().getParent(), folder)).map(copy -> copy.getFileName()
                .toString()).filter(copy -> lock.equals(".~lock." + copy + "#") || lock.equals("~$" + copy)
                || copy.length() > 2 && lock.equals("~$" + copy.substring(2))).findFirst().map(copy -> "is the"
                + " lock file " + (lock.startsWith("~$") ? "Excel" : "LibreOffice") + " keeps beside " + Quote.single(
                copy) + " while it is open, not a workbook, given with it; passed over, " + Quote.single(copy)
                + " read");
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
