package org.zhtext.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output that is either stdout or a file written under a temporary name in the same folder and renamed
 * to its final name only by {@link #commit()}. Until then an interrupted run (Ctrl-C, a crash) leaves no
 * half-written file under the final name: temporary files still open are deleted by a shutdown hook.
 */
final class AtomicOutput implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort at exit
                }
            }
        }, "zhtext-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    static AtomicOutput stdout(OutputStream out) {
        return new AtomicOutput(null, null, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    static AtomicOutput file(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        PENDING.add(temp);
        readableByAll(temp);
        return new AtomicOutput(abs, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
    }

    /** Registers a temporary file of another writer for deletion if the process is interrupted before it is renamed. */
    static Path pending(Path temp) {
        PENDING.add(temp);
        return temp;
    }

    /** The temporary file was renamed or deleted. */
    static void done(Path temp) {
        PENDING.remove(temp);
    }

    /** Temporary files are created owner-only; the finished output gets the usual rw-r--r--. */
    static void readableByAll(Path p) {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep its defaults
        }
    }

    Writer writer() {
        return writer;
    }

    Path target() {
        return target;
    }

    /** Flushes; for a file, closes it and renames it to its final name. */
    void commit() throws IOException {
        writer.flush();
        if (temp == null) return;
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        PENDING.remove(temp);
        committed = true;
    }

    /** Closes without committing: a file's temporary copy is deleted. */
    @Override
    public void close() throws IOException {
        if (temp == null) {
            writer.flush();
            return;
        }
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }
}
