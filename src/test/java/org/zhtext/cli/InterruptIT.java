package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals and pipes against the packaged jar, as a user runs it (needs target/zhtext.jar: run
 * {@code mvn -q -o -DskipTests package} first; .ci/reliability-it.sh does both):
 * SIGINT during {@code analyze --output-dir} leaves no table half written under its final name and no
 * {@code .part} file; {@code zhtext figures … | head -1} ends quietly with status 0 and nothing on stderr; an
 * article too big for the heap fails alone, named in one stderr line.
 */
class InterruptIT {
    private static final Path JAR = Path.of("target/zhtext.jar");

    @TempDir Path tmp;
    Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        if (!Files.isRegularFile(JAR)) System.err.println("InterruptIT: " + JAR + " is absent (run mvn -DskipTests package first): skipped");
        Assumptions.assumeTrue(Files.isRegularFile(JAR), JAR + " absent");
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        String para = "2025年9月13日，美国对中国商品加征200%关税，涉及80亿美元进口额。钢铁出口增长了5.2%，每公斤22.92美元。\n";
        for (int i = 0; i < 600; i++) Files.writeString(corpus.resolve(String.format("%04d.txt", i)), para.repeat(30), StandardCharsets.UTF_8);
    }

    private Process start(Path stderr, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(javaBin(), "-Xmx1g", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void sigintDuringOutputDirLeavesNoHalfWrittenTable() throws Exception {
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err.txt");
        Process p = start(err, "analyze", "-j", "2", "--no-progress", "--format", "csv", "--output-dir", out.toString(), corpus.toString());
        // wait until the run is under way: the tables' temporary files exist
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (parts(out) == 0 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(p.isAlive(), "the run ended before it could be interrupted: make the corpus bigger");
        Thread.sleep(1500);
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.toHandle().pid())).start().waitFor());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "zhtext did not stop after SIGINT");
        assertEquals(0, parts(out), "temporary .part files left behind");
        Path documents = out.resolve("documents.csv");
        if (Files.exists(documents)) {
            // committed before the signal: then it must be complete (a header and one row per article)
            assertEquals(601, Files.readAllLines(documents).size(), "documents.csv under its final name is incomplete");
        }
        assertTrue(!Files.readString(err).contains("\tat "), "stack trace on stderr: " + Files.readString(err));
    }

    @Test
    void headClosingThePipeEndsQuietly() throws Exception {
        Path err = tmp.resolve("err.txt");
        Path rc = tmp.resolve("rc.txt");
        String script = "'" + javaBin() + "' -jar '" + JAR.toAbsolutePath() + "' figures -j 2 '" + corpus + "' 2>'" + err
                + "' | head -1 >/dev/null; echo ${PIPESTATUS[0]} >'" + rc + "'";
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "zhtext … | head -1 did not end");
        assertEquals("0", Files.readString(rc).strip(), "exit status of zhtext");
        assertEquals("", Files.readString(err), "stderr");
    }

    @Test
    void anArticleTooBigForTheHeapFailsAloneWithOneLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("heap"));
        Files.writeString(dir.resolve("a-small.txt"), "关税上调25%。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-big.txt"), "关税上调25%。".repeat(2_500_000), StandardCharsets.UTF_8); // 22 MB
        Files.writeString(dir.resolve("c-small.txt"), "关税上调30%。", StandardCharsets.UTF_8);
        Path err = tmp.resolve("err.txt");
        Path out = tmp.resolve("out.jsonl");
        Process p = new ProcessBuilder(javaBin(), "-Xmx48m", "-jar", JAR.toString(), "figures", "-j", "1", dir.toString())
                .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String stderr = Files.readString(err);
        assertEquals(1, p.exitValue(), stderr);
        assertEquals(List.of("zhtext: " + dir + "/b-big.txt: out of memory while processing this input (give java a larger -Xmx, or lower --max-chars)"),
                stderr.lines().toList());
        String stdout = Files.readString(out);
        assertTrue(stdout.contains("a-small.txt") && stdout.contains("c-small.txt") && !stdout.contains("b-big.txt"), stdout);
    }

    private static long parts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        }
    }
}
