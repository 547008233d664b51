package org.zhtext.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.zhtext.io.Input;
import org.zhtext.io.InputException;
import org.zhtext.io.UsageException;

/** Writing one file per input below an output folder, safely: never outside it, never over the input. */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * Refuses (usage error) to run when one of the output files is one of the inputs: writing it would replace
     * an article before, or while, it is read.
     */
    static void checkNotInputs(List<Path> outputs, List<Input> inputs) throws IOException {
        for (Path out : outputs) {
            if (out == null || !Files.exists(out)) continue;
            for (Input in : inputs) {
                if (!in.isStdin() && Files.exists(in.path()) && Files.isSameFile(out, in.path())) {
                    throw new UsageException("refusing to write " + out + ": it is one of the inputs (" + in.file() + ")");
                }
            }
        }
    }

    /**
     * Refuses (usage error) inputs that would be written to the same path below an output folder (two files
     * named alike given from different folders): the second would silently replace the first.
     */
    static void checkDistinct(List<Input> inputs, String option) {
        java.util.Map<Path, String> seen = new java.util.HashMap<>();
        for (Input in : inputs) {
            String other = seen.putIfAbsent(in.relative().normalize(), in.file());
            if (other != null) {
                throw new UsageException(option + ": " + other + " and " + in.file() + " would both be written to " + in.relative());
            }
        }
    }

    /**
     * Writes {@code text} (UTF-8) to {@code dir/relative} through a temporary file renamed into place.
     * Refuses a destination outside {@code dir} (by {@code ..} or through a symlinked folder) and one that is
     * the input file itself.
     */
    static void writeBelow(Path dir, Path relative, Path input, String text) throws IOException, InputException {
        Path root = dir.toAbsolutePath().normalize();
        Path dest = root.resolve(relative).normalize();
        if (!dest.startsWith(root) || dest.equals(root)) throw new InputException("output path would leave " + dir + ": " + relative);
        if (input != null && Files.exists(dest) && Files.isSameFile(dest, input)) {
            throw new InputException("refusing to overwrite the input itself: " + dest);
        }
        Files.createDirectories(dest.getParent());
        // a symlinked folder below DIR must not lead the file outside it
        if (!dest.getParent().toRealPath().startsWith(root.toRealPath())) {
            throw new InputException("output path would leave " + dir + " through a symbolic link: " + relative);
        }
        Path tmp = AtomicOutput.pending(Files.createTempFile(dest.getParent(), "." + dest.getFileName() + ".", ".part"));
        AtomicOutput.readableByAll(tmp);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.WRITE)) { // new and empty: no truncation (AtomicOutput)
                w.write(text);
            }
            try {
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            AtomicOutput.done(tmp);
        }
    }
}
