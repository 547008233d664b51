package org.zhtext.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files of outputs that are written whole and then renamed into place:
 * {@code .NAME.HOST-PID.RANDOM.part} in the output's own folder (so the rename is atomic), where HOST and PID name
 * the writing process. A run that is killed (kill -9, a power cut) cannot delete its temporary files; the next run
 * that writes the same output removes them ({@link #removeStale}): at once when they were written on this machine by
 * a process that is gone, and otherwise (another machine sharing the folder, a PID reused since) once they are
 * older than {@link #MAX_AGE}.
 */
public final class TempFiles {
    /** Past this age since its last write a temporary file is stale even if a process with its PID runs. */
    public static final Duration MAX_AGE = Duration.ofHours(24);
    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(\\w+)-(\\d+)\\.[0-9]+\\.part");
    private static final String HOST = host();

    private TempFiles() {}

    /**
     * A new, empty temporary file for {@code target}, in its folder, readable by its owner only (as
     * {@code Files.createTempFile} makes them). The RANDOM part is a number of this process, starting from the clock:
     * HOST and PID already keep processes apart, and a name taken all the same (another machine sharing the folder)
     * is skipped. Not {@code createTempFile}, whose SecureRandom costs about 15 ms of every command's start.
     */
    public static Path create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String prefix = "." + abs.getFileName() + "." + HOST + "-" + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + Long.toUnsignedString(NEXT.getAndIncrement()) + ".part");
            try {
                return ownerOnly(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 1000) throw e;
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() >>> 8);

    private static Path ownerOnly(Path p) throws IOException {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) return Files.createFile(p);
        return Files.createFile(p, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    }

    /**
     * Removes the stale temporary files of {@code target} (see the class comment) and returns them. Files in use by a
     * live process on this machine and recent files are kept; a file that cannot be removed is skipped.
     */
    public static List<Path> removeStale(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String name = abs.getFileName().toString();
        List<Path> removed = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) return removed;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.part")) {
            Instant now = Instant.now();
            for (Path p : files) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name)) continue;
                if (stale(Files.getLastModifiedTime(p), m.group(2), Long.parseLong(m.group(3)), now) && Files.deleteIfExists(p)) removed.add(p);
            }
        } catch (IOException | NumberFormatException e) {
            // best effort: a folder we cannot list or a file we cannot remove is left as it is
        }
        return removed;
    }

    static boolean stale(FileTime modified, String host, long pid, Instant now) {
        if (Duration.between(modified.toInstant(), now).compareTo(MAX_AGE) > 0) return true;
        return host.equals(HOST) && pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** This machine's name, as a word ({@code /proc/sys/kernel/hostname} or {@code HOSTNAME}; no DNS look-up). */
    private static String host() {
        String h = null;
        try {
            h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException | RuntimeException e) {
            h = System.getenv("HOSTNAME");
        }
        if (h == null || h.isBlank()) h = "localhost";
        return h.replaceAll("\\W", "_");
    }

    private static String globEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
