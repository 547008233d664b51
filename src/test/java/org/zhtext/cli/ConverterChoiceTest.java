package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --converter}: OpenCC4j's dictionaries only when chosen, and a missing OpenCC data folder is a one-line
 * setup error (exit 2), never a silent fallback to them.
 */
class ConverterChoiceTest {
    @TempDir
    Path tmp;

    @Test
    void opencc4jOnlyWhenChosenAndTheDefaultComesBack() throws IOException {
        Path in = tmp.resolve("a.txt");
        Files.writeString(in, "臺灣的軟體公司宣佈關稅。\n", StandardCharsets.UTF_8);
        Cli.Result chosen = Cli.run("normalize", "--converter", "opencc4j", "--verbose", "-f", "text", "--no-progress", in.toString());
        assertEquals(0, chosen.code(), chosen.err());
        assertTrue(chosen.err().contains("conversion dictionaries: OpenCC4j's older dictionaries"), chosen.err());
        assertTrue(chosen.out().startsWith("台湾"), chosen.out());
        // the next run of the process without the option converts with OpenCC's data again
        Cli.Result standard = Cli.run("normalize", "--verbose", "-f", "text", "--no-progress", in.toString());
        assertEquals(0, standard.code(), standard.err());
        assertTrue(!standard.err().contains("OpenCC4j"), standard.err());
        assertEquals("台湾的软体公司宣布关税。\n", standard.out());
        Cli.Result bad = Cli.run("normalize", "--converter", "opencc5", in.toString());
        assertEquals(2, bad.code());
    }

    /**
     * Without the OpenCC data (a class path whose packed models lack {@code conversion/opencc/}, an empty
     * {@code --models}), a separate JVM stops with one line and exit 2; with {@code --converter opencc4j} it runs.
     */
    @Test
    void missingOpenccDataIsASetupErrorNotAFallback() throws Exception {
        Path classes = tmp.resolve("build/classes");
        Path from = Path.of("target/classes");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("zhtext-models/conversion/opencc")) continue;
                Path to = classes.resolve(rel);
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        List<String> cp = new ArrayList<>(List.of(classes.toString()));
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!Path.of(e).toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize()) && !e.contains("test-classes")) cp.add(e);
        }
        Path models = Files.createDirectories(tmp.resolve("models"));
        Path in = tmp.resolve("a.txt");
        Files.writeString(in, "臺灣的軟體公司。\n", StandardCharsets.UTF_8);
        String[] missing = run(cp, "normalize", "--models", models.toString(), "-f", "text", "--no-progress", in.toString());
        assertEquals("2", missing[0], missing[2]);
        assertEquals("", missing[1]);
        assertEquals(1, missing[2].lines().count(), missing[2]);
        assertTrue(missing[2].startsWith("zhtext: models/conversion/opencc/ not found") && missing[2].contains("--converter opencc4j"), missing[2]);
        String[] chosen = run(cp, "normalize", "--models", models.toString(), "--converter", "opencc4j", "-f", "text", "--no-progress", in.toString());
        assertEquals("0", chosen[0], chosen[2]);
        assertTrue(chosen[1].startsWith("台湾"), chosen[1]);
    }

    /** exit status, stdout, stderr of {@code java -cp CP org.zhtext.cli.Main ARGS} run in {@link #tmp}. */
    private String[] run(List<String> cp, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", String.join(java.io.File.pathSeparator, cp), "org.zhtext.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out.txt"), err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
    }
}
