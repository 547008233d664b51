package org.zhtext.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zhtext.output.TempFiles;
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
     * Where {@code analyze --emit-text DIR} writes an input's text, below DIR: the input's name in records (the
     * {@code file} column), with {@code .txt} appended unless it ends so, {@code ./} and {@code dir/..} folded away,
     * and a root ({@code /}) and leading {@code ../} dropped, so every text stays inside DIR. {@code samples/a.html} →
     * {@code samples/a.html.txt}; {@code /data/a.txt} → {@code data/a.txt}; stdin ({@code -}) → {@code -.txt}.
     * Appending (rather than replacing the extension) keeps {@code a.txt} and {@code a.html} apart; {@code a} and
     * {@code a.txt} would meet, and are refused before anything is written.
     */
    static Path textCopy(Input in) {
        String name = in.file();
        Path p = Path.of(name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? name : name + ".txt").normalize();
        if (p.getRoot() != null) p = p.getRoot().relativize(p);
        int up = 0;
        while (up < p.getNameCount() - 1 && p.getName(up).toString().equals("..")) up++;
        return up == 0 ? p : p.subpath(up, p.getNameCount());
    }

    /**
     * Refuses (usage error, before anything is written) per-input outputs below {@code dir} that would lose or
     * destroy data: two inputs written to the same path (the second would replace the first), one input's output
     * path being the folder of another's, and an output path that is one of the inputs.
     */
    static void checkDestinations(Path dir, List<Input> inputs, Function<Input, Path> relative, String option) throws IOException {
        Map<Path, String> byDest = new LinkedHashMap<>();
        for (Input in : inputs) {
            Path rel = relative.apply(in).normalize();
            String other = byDest.putIfAbsent(rel, in.file());
            if (other != null) throw new UsageException(option + ": " + other + " and " + in.file() + " would both be written to " + rel);
        }
        for (Map.Entry<Path, String> e : byDest.entrySet()) {
            for (Path folder = e.getKey().getParent(); folder != null; folder = folder.getParent()) {
                String other = byDest.get(folder);
                if (other != null) {
                    throw new UsageException(option + ": " + other + " would be written to " + folder + ", which " + e.getValue()
                            + " needs as a folder (for " + e.getKey() + ")");
                }
            }
        }
        Path root = dir.toAbsolutePath().normalize();
        Set<Path> inputFiles = null;
        for (Map.Entry<Path, String> e : byDest.entrySet()) {
            Path dest = root.resolve(e.getKey());
            if (!Files.exists(dest)) continue;
            if (inputFiles == null) inputFiles = realPaths(inputs);
            if (inputFiles.contains(dest.toRealPath())) {
                throw new UsageException(option + ": refusing to write " + dest + " (for " + e.getValue() + "): it is one of the inputs");
            }
        }
    }

    private static Set<Path> realPaths(List<Input> inputs) {
        Set<Path> real = new HashSet<>();
        for (Input in : inputs) {
            if (in.isStdin()) continue;
            try {
                real.add(in.path().toRealPath());
            } catch (IOException e) {
                // unreadable or gone: reported when it is read
            }
        }
        return real;
    }

    /**
     * Writes {@code text} (UTF-8) to {@code dir/relative} through a temporary file renamed into place.
     * Refuses a destination outside {@code dir} (by {@code ..} or through a symlinked folder) and one that is
     * the input file itself.
     */
    static void writeBelow(Path dir, Path relative, Path input, String text) throws IOException, InputException {
        writeBelow(dir, relative, input, w -> w.write(text));
    }

    /** Writes a file's text as it is produced. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer w) throws IOException, InputException;
    }

    /** {@link #writeBelow(Path, Path, Path, String)} with the text written by {@code content}. */
    static void writeBelow(Path dir, Path relative, Path input, Content content) throws IOException, InputException {
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
        TempFiles.removeStale(dest);
        Path tmp = AtomicOutput.pending(TempFiles.create(dest));
        AtomicOutput.readableByAll(tmp);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.WRITE)) { // new and empty: no truncation (AtomicOutput)
                content.writeTo(w);
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
