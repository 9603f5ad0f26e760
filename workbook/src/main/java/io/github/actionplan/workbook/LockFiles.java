package io.github.actionplan.workbook;

import io.github.actionplan.internal.OfficeLocks;
import io.github.actionplan.internal.Quote;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock files LibreOffice and Excel keep beside a workbook while it is open ({@code .~lock.NAME#} and
 * {@code ~$NAME}, as {@link io.github.actionplan.internal.OfficeLocks} reads them) given in its place: a lock file is
 * no workbook.
 */
final class LockFiles {

    private static final Pattern LIBREOFFICE = Pattern.compile("\\.~lock\\.(.+)#");
    private static final Pattern EXCEL = Pattern.compile("~\\$(.+\\.xls[xm]?)", Pattern.CASE_INSENSITIVE);

    private LockFiles() {}

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
        // Normalised, so that "./pod.xlsx" is beside "~$pod.xlsx" (run 104 #6)
        Path folder = file.toAbsolutePath().normalize().getParent();
        return copies.stream().filter(copy -> !copy.equals(file) && copy.getFileName() != null
                && Objects.equals(copy.toAbsolutePath().normalize().getParent(), folder)).map(copy -> copy.getFileName()
                .toString()).filter(copy -> OfficeLocks.lockNames(copy).contains(lock)).findFirst().map(copy -> "is the"
                + " lock file " + (lock.startsWith("~$") ? "Excel" : "LibreOffice") + " keeps beside " + Quote.single(
                copy) + " while it is open, not a workbook, given with it; passed over, " + Quote.single(copy)
                + " read");
    }
}
