package io.github.actionplan.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Writes a file through a temporary file beside it, moved into place when complete, so a failed
 * write never leaves a partial file and an existing file is only replaced by a complete one.
 *
 * <p>The temporary file is {@code .<name>.<random>.actionplan-tmp} ({@link #temporaryName}), locked while it
 * is written. A process killed mid-write (so no {@code finally} runs) leaves one behind; each later write into
 * the same folder removes those that no one holds locked and that were last written more than
 * {@link #STALE_AFTER} ago. The lock keeps a write under way, in this process or another, from
 * being removed; the age covers the moment between making a file and locking it.
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        /** Writes to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** The end of a temporary file's name. */
    static final String SUFFIX = ".actionplan-tmp";

    /**
     * How long a shutdown waits for the writes under way to finish before it deletes their temporary files: a save
     * an application makes on exit, or one a Ctrl-C came in the middle of, is then whole, not lost (run 101 #4).
     */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** How long a shutdown waits, once no write is under way, for one to begin (run 104 #1). */
    static final Duration QUIET = Duration.ofSeconds(1);

    /**
     * How long the shutdown hook stays registered once no write is under way: a render begins its next report as one is
     * finished, and a shutdown in between, with no hook to wait for it, let it begin and ended the JVM half-way, its
     * temporary file left (AtomicFilesTest, under load).
     */
    static final Duration LINGER = Duration.ofMillis(500);

    /** The most bytes of the file's name a temporary file's name repeats, so that it fits where the name does. */
    private static final int NAME_IN_TEMPORARY = 120;

    /** How long a temporary file no one holds must have been left before it is removed. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    /** The temporary files of versions before 0.1.0, named {@code .<name>.<uuid>.part}. */
    private static final Pattern OLD_TEMPORARY =
            Pattern.compile("\\..+\\.\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\.part");

    /**
     * The temporary files being written, which a shutdown (Ctrl-C, a service stopped) deletes: the JVM then ends
     * with the writes half done, and a half-written file must not be left, hidden or not.
     */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    /**
     * The shutdown hook that deletes them, registered only while a write is under way: one left registered keeps the
     * class loader of its code for the JVM's life, a web application's every time it is redeployed (run 97 #1).
     */
    private static Optional<Thread> hook = Optional.empty(); // guarded by WRITING

    /**
     * Whether a shutdown has waited for the writes under way, or given them up: none begins after, as the JVM ends
     * with the hook and would leave it half done (run 104 #1: a render's next report, begun as one was finished).
     */
    private static boolean stopping; // guarded by WRITING

    /** When the last write ended, and whether a thread is waiting {@link #LINGER} to take the hook away. */
    private static long idleSince; // guarded by WRITING
    private static boolean removing; // guarded by WRITING

    /**
     * Makes {@code temporary}, empty, and registers it for a shutdown to delete: in one step, as a file made after a
     * shutdown gave up its write, and deleted its name, was left behind when the JVM ended (seen in
     * AtomicFilesTest under load). {@code ownerOnly}, it is made readable by its owner alone, in the same step: one
     * made with the umask's 644 and restricted after could be opened by another user meanwhile, and read through
     * once written (run 127 #1).
     */
    private static void started(Path temporary, Path file, boolean ownerOnly) throws IOException {
        synchronized (WRITING) {
            if (stopping) {
                throw new FileSystemException(file.toString(), null, "not written: the program is stopping (Ctrl-C,"
                        + " or a service stopped) and begins no file once those under way are done");
            }
            if (ownerOnly) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(EnumSet.of(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            } else {
                Files.createFile(temporary); // not createTempFile: its owner-only permissions would stick to the file
            }
            if (hook.isEmpty()) {
                Thread deletes = new Thread(() -> finishOrDelete(GRACE), "actionplan-temporary-files");
                try {
                    Runtime.getRuntime().addShutdownHook(deletes);
                    hook = Optional.of(deletes);
                } catch (IllegalStateException e) {
                    // Written while the JVM shuts down (a save on exit, run 100 #2): no hook can be added, and the
                    // write's own finally deletes what is unfinished.
                }
            }
            WRITING.add(temporary);
        }
    }

    private static void ended(Path temporary) {
        synchronized (WRITING) {
            WRITING.remove(temporary);
            WRITING.notifyAll(); // a shutdown waiting for the writes to finish
            if (WRITING.isEmpty() && hook.isPresent()) {
                idleSince = System.nanoTime();
                if (!removing) {
                    removing = true;
                    Thread remover = new Thread(AtomicFiles::removeHookWhenIdle, "actionplan-temporary-files-idle");
                    remover.setDaemon(true);
                    remover.start();
                }
            }
        }
    }

    /** Takes the shutdown hook away once no write has been under way for {@link #LINGER}; or leaves it to the next. */
    private static void removeHookWhenIdle() {
        synchronized (WRITING) {
            try {
                for (long left = LINGER.toNanos(); WRITING.isEmpty() && hook.isPresent() && left > 0;
                        left = LINGER.toNanos() - (System.nanoTime() - idleSince)) {
                    WRITING.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (WRITING.isEmpty() && hook.isPresent()) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook.get());
                } catch (IllegalStateException e) {
                    // The JVM is shutting down: the hook runs, and deletes what is still unfinished.
                }
                hook = Optional.empty();
            }
            removing = false; // a write under way now starts another when it ends
        }
    }

    /**
     * What the shutdown hook does: waits up to {@code grace} for the writes under way, and those begun meanwhile (an
     * application's save from its own shutdown hook, which may close other things first), to finish, until none has
     * begun for {@link #QUIET}; then lets none begin and deletes the temporary files of those still unfinished, whose
     * writes then fail.
     */
    static void finishOrDelete(Duration grace) {
        synchronized (WRITING) {
            long end = System.nanoTime() + grace.toNanos();
            try {
                for (long left = grace.toNanos(); left > 0; left = end - System.nanoTime()) {
                    boolean idle = WRITING.isEmpty();
                    WRITING.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(idle ? Math.min(left, QUIET.toNanos())
                            : left)));
                    if (idle && WRITING.isEmpty()) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopping = true;
            WRITING.forEach(unfinished -> {
                try {
                    Files.deleteIfExists(unfinished);
                } catch (IOException e) {
                    // Left for the next write into its folder, which removes it once stale.
                }
            });
        }
    }

    /** The shutdown hook registered while writes are under way. */
    static Optional<Thread> shutdownHook() {
        synchronized (WRITING) {
            return hook;
        }
    }

    private AtomicFiles() {}

    /**
     * Writes {@code file}, creating its folder, and removes temporary files that interrupted writes left there.
     *
     * A symbolic link is written through: the file it names is replaced, and the link kept.
     *
     * @throws FileSystemException naming {@code file} where it is a folder, or is there and is not a regular file (a
     *         device, a pipe), which the move into place would replace with one
     */
    public static void write(Path file, Content content) throws IOException {
        write(file, content, true);
    }

    /**
     * As {@link #write(Path, Content)}, but only where no file is there: one written meanwhile, by another process
     * writing the same name, is kept, and this write fails. The check and the write into place are one step.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming {@code file}, where it is there, its message saying it is
     *         kept and nothing was written
     */
    public static void writeNew(Path file, Content content) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) { // before anything is written
            throw there(file);
        }
        write(file, content, false);
    }

    private static void write(Path file, Content content, boolean replace) throws IOException {
        Path target = linkedTo(file.toAbsolutePath(), file);
        if (Files.isDirectory(target)) { // else the move into place fails, naming the temporary file
            throw new FileSystemException(file.toString(), null, "is a folder, not a file; give the name of a file to"
                    + " write");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new FileSystemException(file.toString(), null, "is not a regular file but a device, pipe or"
                    + " socket, which would be replaced by one; give the name of a file to write");
        }
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) { // which names the file in the way, and no reason
            throw new FileSystemException(file.toString(), null, e.getFile() + " is a file, not a folder to write"
                    + " into");
        } catch (FileSystemException e) { // else told as the file's own "no such file", where a folder is the fault
            throw new FileSystemException(file.toString(), null, "its folder " + folder + " cannot be made"
                    + (e.getReason() == null ? "" : ": " + e.getReason()));
        }
        removeAbandoned(folder);
        Path temporary = folder.resolve(temporaryName(target.getFileName().toString()));
        boolean moved = false;
        // A file replaced keeps its permissions, given the temporary one from owner-only up: a new one has the umask's.
        Optional<PosixFileAttributes> replaced = replace ? posixAttributes(target) : Optional.empty();
        started(temporary, file, replaced.isPresent());
        try {
            if (replaced.isPresent()) {
                keepPermissions(replaced.get(), temporary);
            }
            // Without CREATE: where a shutdown deleted it, the write fails, and makes no file for none to delete.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                lock(channel);
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                synced(channel);
            }
            if (replace) {
                if (replaced.isPresent()) {
                    Files.setPosixFilePermissions(temporary, replaced.get().permissions());
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                placeNew(temporary, target, file);
            }
            moved = true;
            synced(folder);
        } finally {
            try {
                if (!moved) {
                    Files.deleteIfExists(temporary);
                }
            } finally {
                ended(temporary);
            }
        }
    }

    /**
     * A new temporary file's name for a file named {@code name}: {@code .<name>.<random>.actionplan-tmp}, the name
     * cut to its first 120 bytes in UTF-8, whole characters, so that a name as long as the
     * file system allows (255 bytes, or 255 characters on Windows) has a temporary file too (run 102 #1).
     */
    public static String temporaryName(String name) {
        int end = 0;
        for (int bytes = 0; end < name.length(); ) {
            int c = name.codePointAt(end);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > NAME_IN_TEMPORARY) {
                break;
            }
            end += Character.charCount(c);
        }
        return "." + name.substring(0, end) + "." + UUID.randomUUID() + SUFFIX;
    }

    /**
     * Puts the file on the disk before it is put in place: else a power cut soon after may leave the name on an empty
     * file, the one it replaced gone (run 92 #2). Where the file system cannot (some network and shared folders refuse
     * with "Invalid argument"), it is written as before syncing was asked (run 93 #7).
     */
    private static void synced(FileChannel file) {
        try {
            file.force(true);
        } catch (IOException e) {
            // Not synced: the write goes on, as a write into such a folder always did.
        }
    }

    /**
     * Puts the folder's entries on the disk, the file's new name among them, where the system lets a folder be opened
     * for it (POSIX; not Windows, whose file systems keep a rename with the file): the file is written either way.
     */
    private static void synced(Path folder) {
        try (FileChannel entries = FileChannel.open(folder, StandardOpenOption.READ)) {
            entries.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // A folder no channel opens: nothing more to be done for it here.
        }
    }

    /**
     * The POSIX attributes of {@code file}, the file a write replaces; none where nothing is there, or the file system
     * has no POSIX permissions (Windows, where a file gets its folder's).
     */
    private static Optional<PosixFileAttributes> posixAttributes(Path file) throws IOException {
        try {
            return Optional.of(Files.readAttributes(file, PosixFileAttributes.class));
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Gives {@code temporary}, still empty and its owner's alone, the group and permissions of the file it replaces,
     * {@code was}, so that a file its owner kept to themselves (600, an OFFICIAL-SENSITIVE draft) stays so, not opened
     * to everyone by the umask's 644 that a new file gets, while it is written and where a killed write leaves it (run
     * 124 #2). Its owner may write it meanwhile, whatever {@code was} allows; {@code was}'s permissions are given it
     * whole before it takes the file's place. A group the user is not in cannot be given, and the file keeps the
     * user's own.
     */
    private static void keepPermissions(PosixFileAttributes was, Path temporary) throws IOException {
        try {
            Files.getFileAttributeView(temporary, PosixFileAttributeView.class).setGroup(was.group());
        } catch (FileSystemException e) {
            // Not a member of it: the permissions below still keep the file from others.
        }
        Set<PosixFilePermission> writable = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        writable.addAll(was.permissions());
        Files.setPosixFilePermissions(temporary, writable);
    }

    /**
     * Puts {@code temporary} at {@code target} only where nothing is there: a hard link, which the file system makes
     * or refuses in one step, where it makes links; else a move that refuses a file there, which another writer
     * could still beat by a moment.
     */
    private static void placeNew(Path temporary, Path target, Path given) throws IOException {
        try {
            Files.createLink(target, temporary);
            Files.delete(temporary);
        } catch (FileAlreadyExistsException e) {
            throw there(given);
        } catch (UnsupportedOperationException | FileSystemException e) {
            try {
                Files.move(temporary, target);
            } catch (FileAlreadyExistsException there) {
                throw there(given);
            }
        }
    }

    /** That {@code file} is there, and kept: the one thing {@link #writeNew} refuses, with the reason in words. */
    private static FileAlreadyExistsException there(Path file) {
        return new FileAlreadyExistsException(file.toString(), null, "is there already, and is kept: nothing was"
                + " written over it; give another name, or remove it first if it is to be replaced");
    }

    /**
     * The file {@code path} names once its symbolic links are followed, so that writing to a link ("current.json" for
     * "2025-q2.json") updates the file it names, as an editor does, instead of replacing the link.
     */
    private static Path linkedTo(Path path, Path given) throws IOException {
        Path target = path;
        for (int links = 0; Files.isSymbolicLink(target); links++) {
            if (links == 40) { // as Linux gives up, on a loop of links
                throw new FileSystemException(given.toString(), null, "is a symbolic link that leads round in a loop");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target));
        }
        return target;
    }

    /** Locks a new temporary file, where the file system can, so that no other write takes it for abandoned. */
    private static void lock(FileChannel channel) {
        try {
            // Released when the channel closes.
            channel.tryLock();
        } catch (IOException | UnsupportedOperationException e) {
            // No locks here: then no other write can take the lock either, and none removes the file.
        }
    }

    /**
     * Removes the temporary files in {@code folder} that a write killed mid-way left: those no
     * one holds locked, last written over {@link #STALE_AFTER} ago. Whatever cannot be checked or
     * removed is left alone; this never fails the write that called it.
     */
    static void removeAbandoned(Path folder) {
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, AtomicFiles::isTemporary)) {
            for (Path file : files) {
                removeIfAbandoned(file, before);
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be listed is the write's problem to report, not this tidying's.
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && (name.endsWith(SUFFIX) || OLD_TEMPORARY.matcher(name).matches());
    }

    private static void removeIfAbandoned(Path file, Instant before) {
        try {
            if (!Files.isRegularFile(file) || !Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                return;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            // Held by a write in this process (the overlap), unlockable or gone: not ours to remove.
        }
    }
}
