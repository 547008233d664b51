package org.zhtext.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.zhtext.io.InputException;

/** Writing one file per input below an output folder, safely: never outside it, never over the input. */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * Writes {@code text} (UTF-8) to {@code dir/relative} through a temporary file renamed into place.
     * Refuses a destination outside {@code dir} and one that is the input file itself.
     */
    static void writeBelow(Path dir, Path relative, Path input, String text) throws IOException, InputException {
        Path root = dir.toAbsolutePath().normalize();
        Path dest = root.resolve(relative).normalize();
        if (!dest.startsWith(root) || dest.equals(root)) throw new InputException("output path would leave " + dir + ": " + relative);
        if (input != null && Files.exists(dest) && Files.isSameFile(dest, input)) {
            throw new InputException("refusing to overwrite the input itself: " + dest);
        }
        Files.createDirectories(dest.getParent());
        Path tmp = Files.createTempFile(dest.getParent(), "." + dest.getFileName() + ".", ".part");
        AtomicOutput.readableByAll(tmp);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            try {
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
