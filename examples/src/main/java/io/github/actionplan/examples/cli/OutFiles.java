package io.github.actionplan.examples.cli;

import io.github.actionplan.internal.AtomicFiles;
import io.github.actionplan.internal.OfficeLocks;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The file a command writes ({@code --out}), checked before anything is read: a mistake in where to write is told at
 * once as a usage error, not after the workbooks have been read and the work done, as a failure to write.
 */
final class OutFiles {

    /** A file's time as the user's clock shows it, to the second: a run takes seconds. */
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    /** As Linux gives up following symbolic links, on a loop of them. */
    private static final int MOST_LINKS = 40;

    private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private OutFiles() {}

    /**
     * Refuses, as a usage error, a file that cannot be written where {@code option} names it: a folder, a device, pipe
     * or socket (which the move of the finished file into place would replace), a file in a folder that does not
     * exist (most likely a typing slip, which would otherwise make a folder of that name), or in one where no file can
     * be made: read-only, not the user's, or a system folder such as {@code /proc}. The last is found by making an
     * empty file there and deleting it, as nothing else tells it: as root, Java finds {@code /proc} writable.
     *
     * @param example the name of a file the command writes, for the advice: {@code NEW.json}
     * @throws CliException saying why, and what to give instead
     */
    static void checkWritable(Path out, String option, String example) {
        String told = option + " " + out + ": ";
        refuseStandardOutput(out, told, "a file; name one, such as " + example);
        Path target = linkedTo(out, told);
        if (Files.isDirectory(target)) {
            throw CliException.usage(told + "is a folder; name a file to write, such as " + out.resolve(example));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw CliException.usage(told + "is " + special(target) + ", not a file, and is never written to or"
                    + " replaced; name a file to write, such as " + example);
        }
        // Named as given where no link was followed: the folder the user typed, not the whole path.
        Path named = target.equals(out.toAbsolutePath()) ? out : target;
        Path folder = named.getParent() == null ? target.getParent() : named.getParent();
        if (!Files.isDirectory(folder)) {
            Path there = nearestThere(folder);
            throw CliException.usage(told + (Files.exists(there) && !Files.isDirectory(there) ? there + " is a file,"
                    + " not a folder to write into" : "the folder " + folder + " does not exist; create it first, or"
                    + " name a file in a folder that does"));
        }
        Optional<IOException> refused = whyNoFileIn(folder, target.getFileName().toString());
        if (refused.isPresent()) {
            throw CliException.usage(told + "no file can be made in the folder " + folder + " (" + unwritable(refused
                    .get()) + "); name a file in a folder you can write to");
        }
    }

    /**
     * Refuses "-", which names standard output to many a command, as a usage error: the command line writes files, and
     * would write one named "-" with the output's news unseen (run 125 #3). {@code writes} says what it writes.
     */
    static void refuseStandardOutput(Path out, String told, String writes) {
        if (out.toString().equals("-")) {
            throw CliException.usage(told + "standard output is not written to; the command writes " + writes
                    + " (./- for one named -)");
        }
    }

    /** {@code folder}, or the nearest folder above it that is there, or the top of its path where none is. */
    private static Path nearestThere(Path folder) {
        Path there = folder;
        while (there.getParent() != null && !Files.exists(there)) {
            there = there.getParent();
        }
        return there;
    }

    /**
     * Why no file can be made in {@code folder}, found by making and deleting one named as a write of {@code name}
     * names its temporary file; none where one can be.
     */
    private static Optional<IOException> whyNoFileIn(Path folder, String name) {
        Path probe = folder.resolve(AtomicFiles.temporaryName(name));
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        }
    }

    /**
     * Why a file a command names itself in a folder (a report, an owner's copy) is not to be written, if it is not: a
     * symbolic link, which written through would replace the file it names, chosen by whoever can write in the folder
     * (the plan itself, or any file of the user's); an input by another name (a hard link); a file the user made
     * read-only; or one open in LibreOffice, Word or Excel. A file named with {@code --out} is the user's own choice,
     * and is checked as {@link #checkWritable} says instead.
     */
    static Optional<String> inTheWay(Path file, List<Path> inputs) {
        if (Files.isSymbolicLink(file)) {
            String to;
            try {
                to = " to " + Files.readSymbolicLink(file);
            } catch (IOException | UnsupportedOperationException e) {
                to = "";
            }
            return Optional.of(file + ": is a symbolic link" + to + ", which a file named in a folder is never"
                    + " written through, as it would write over the file the link names; remove the link, or give"
                    + " another folder");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        for (Path input : inputs) {
            if (WorkbookFiles.same(file, input)) {
                return Optional.of(file + ": is the input file " + input + " by another name (a hard link), which is"
                        + " never overwritten; remove it, or give another folder");
            }
        }
        if (readOnly(file)) {
            return Optional.of(file + ": is already there, read-only" + mode(file).map(mode -> " (" + mode + ")")
                    .orElse("") + ", and is not written over; make it writable first if it is to be replaced, or give"
                    + " another folder");
        }
        // Replaced, it is saved over from the program with what it had, or the program is refused (run 102 #2)
        return OfficeLocks.openIn(file).map(app -> file + ": is open in " + app + ", so is not written over: what is"
                + " typed in it would be lost, or saved over the new one; close it, or give another folder (where it is"
                + " open nowhere, its lock file " + OfficeLocks.lockFile(file).map(Path::getFileName).orElseThrow()
                + " was left by a crash: delete that)");
    }

    /**
     * Refuses, as a usage error, {@code files} a command names itself in a folder where any is in the way
     * ({@link #inTheWay}): each is told, and nothing is written.
     */
    static void refuseInTheWay(Collection<Path> files, List<Path> inputs) {
        List<String> lines = new ArrayList<>(files.stream().map(file -> inTheWay(file, inputs))
                .flatMap(Optional::stream).toList());
        if (!lines.isEmpty()) {
            lines.add("nothing written");
            throw new CliException(ActionPlanCommand.EXIT_USAGE, lines, null);
        }
    }

    /**
     * Refuses, as a usage error, {@code files} a command names itself in folders where no file can be made (or no
     * folder, where one is still to be made): each folder told once, with why, where each file was told apart, the
     * same words over and over (run 108 #10).
     */
    static void refuseUnwritableFolders(Collection<Path> files) {
        List<String> lines = new ArrayList<>();
        // Named as given: the folder the user typed, not the whole path (run 109 #3).
        files.stream().map(file -> Objects.requireNonNullElse(file.getParent(), Path.of("."))).distinct()
                .forEach(folder -> {
                    Path there = nearestThere(folder);
                    if (!Files.exists(there) && !there.isAbsolute()) {
                        there = Path.of("."); // "reports/q2" in the working folder
                    }
                    String told;
                    if (!Files.exists(there)) {
                        return; // the working folder gone: the write tells it
                    } else if (!Files.isDirectory(there)) {
                        told = there + ": is a file, not a folder to write into; give --out a folder";
                    } else {
                        Optional<IOException> refused = whyNoFileIn(there, "probe");
                        if (refused.isEmpty()) {
                            return;
                        }
                        told = there + ": no " + (there.equals(folder) ? "file" : "folder") + " can be made in this"
                                + " folder (" + unwritable(refused.get()) + "); give --out a folder you can write to";
                    }
                    if (!lines.contains(told)) {
                        lines.add(told);
                    }
                });
        if (!lines.isEmpty()) {
            lines.add("nothing written");
            throw new CliException(ActionPlanCommand.EXIT_USAGE, lines, null);
        }
    }

    /** Whether {@code file} is one the user has made read-only, or may not write: never written over. */
    static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            // As root, Java finds every file writable: the mode says whether its owner made it read-only.
            return Files.readAttributes(file, PosixFileAttributes.class).permissions().stream().noneMatch(WRITE::contains);
        } catch (UnsupportedOperationException e) {
            try {
                return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
            } catch (IOException | UnsupportedOperationException ignored) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code file}'s mode as {@code ls -l} shows it ({@code r--r--r--}), where the file system has one. */
    static Optional<String> mode(Path file) {
        try {
            return Optional.of(PosixFilePermissions.toString(Files.readAttributes(file, PosixFileAttributes.class)
                    .permissions()));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** When {@code file} was last changed, as the user's clock shows it ({@code 2025-10-14 09:12:03}), where known. */
    static Optional<String> lastChanged(Path file) {
        try {
            return Optional.of(CHANGED.format(Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code file} is there, as a file or as a symbolic link, even one to nothing. */
    static boolean there(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The file {@code path} names once its symbolic links are followed, as the write follows them: the folder it is
     * written in is the one that file is in.
     */
    private static Path linkedTo(Path path, String told) {
        Path target = path.toAbsolutePath();
        try {
            for (int links = 0; Files.isSymbolicLink(target); links++) {
                if (links == MOST_LINKS) {
                    throw CliException.usage(told + "is a symbolic link that leads round in a loop; name a file");
                }
                target = target.resolveSibling(Files.readSymbolicLink(target));
            }
        } catch (IOException e) {
            throw CliException.usage(told + "the symbolic link cannot be followed (" + PlanFiles.describe(e) + ")");
        }
        return target;
    }

    /** What a file that is not a regular one is, in words: "a device", "a named pipe", "a socket". */
    private static String special(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0020000, 0060000 -> "a device";
                case 0010000 -> "a named pipe";
                case 0140000 -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a device, pipe or socket";
        }
    }

    /** Why no file can be made in a folder that exists, in words. */
    private static String unwritable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) { // of a folder that is there: /proc and /sys say so to a new file
            return "it takes no new files";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return PlanFiles.describe(e);
    }
}
