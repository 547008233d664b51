package org.zhtext.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job commit ({@link OutputCommit}) under kills: a first run writes the "old" tables, a second run of other
 * inputs is halted in a child JVM ({@code Runtime.halt}, as {@code kill -9}: no cleanup) at a point between its
 * tasks' commit and the end of its job commit, and every table found under the output directory must then be the
 * whole old table (byte for byte) or the whole new one (the rows of a reference run); recovery, then a third
 * normal run, leave the new tables and no staging. Also: no {@code .crc} side files, and files of the user's beside
 * the tables are kept.
 */
@Tag("spark")
class JobCommitTest {
    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path oldInputs;
    static Path newInputs;
    /** The output of a run of {@link #oldInputs}: copied to each test's output directory as its old tables. */
    static Path oldOutput;
    static Map<String, String> oldFiles;
    /** Rows (CSV lines but the header, sorted) per table of a run of {@link #newInputs}. */
    static Map<String, List<String>> newRows;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("zhtext-commit-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        // old: 8 of the samples; new: all 10 and a binary file (an error row), so that every table differs
        oldInputs = Files.createDirectories(tmp.resolve("old-in"));
        newInputs = Files.createDirectories(tmp.resolve("new-in"));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> samples = files.sorted().toList();
            for (int i = 0; i < samples.size(); i++) {
                if (i < 8) Files.copy(samples.get(i), oldInputs.resolve(samples.get(i).getFileName()));
                Files.copy(samples.get(i), newInputs.resolve(samples.get(i).getFileName()));
            }
        }
        Files.write(newInputs.resolve("zz-binary.txt"), new byte[] {'a', 0, 1, 2, 'b'});
        oldOutput = tmp.resolve("old-out");
        assertEquals(0, job(oldOutput, oldInputs));
        oldFiles = files(oldOutput);
        Path reference = tmp.resolve("new-reference");
        assertEquals(1, job(reference, newInputs), "the binary file failed");
        newRows = new TreeMap<>();
        for (String name : TableSchemas.NAMES) newRows.put(name, rows(reference.resolve(name)));
        for (String name : TableSchemas.NAMES) {
            assertTrue(!newRows.get(name).equals(rows(oldOutput.resolve(name))), name + ": old and new differ");
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void aJobKilledBeforeItsCommitMarkerLeavesTheOldTablesUntouchedAndIsRolledBack() throws Exception {
        for (String point : List.of("tasks-committed", "tables-assembled")) {
            Path out = oldTables("killed-" + point);
            killedRun(out, point);
            // the tasks' files are there (staging), the tables are the old ones byte for byte
            assertTrue(hasStaging(out), point + ": the killed job left its staging");
            assertEquals(oldFiles, files(out), point + ": old tables intact");
            assertOldTablesReadable(out);
            List<String> done = OutputCommit.recover(new org.apache.hadoop.fs.Path(out.toString()), OutputCommit.withoutChecksums(new Configuration()));
            assertEquals(1, done.size(), done.toString());
            assertTrue(done.get(0).startsWith("removed the staging of job "), done.toString());
            assertFalse(Files.exists(out.resolve("_temporary")), "staging removed");
            assertEquals(oldFiles, files(out), point + ": rolled back to the old tables");
        }
    }

    @Test
    void aJobKilledDuringItsSwapLeavesEachTableWholeOldOrNewAndIsCompleted() throws Exception {
        // after the marker, before any swap; and between the two renames of entities' swap (documents and tokens
        // swapped already, figures and errors not yet)
        for (String point : List.of("marked", "aside:entities")) {
            Path out = oldTables("killed-" + point.replace(':', '-'));
            Files.writeString(out.resolve("notes.txt"), "the user's own file");
            killedRun(out, point);
            Map<String, String> now = files(out);
            List<String> swapped = point.equals("marked") ? List.of() : List.of("documents", "tokens");
            for (String name : TableSchemas.NAMES) {
                Path t = out.resolve(name);
                if (point.equals("aside:entities") && name.equals("entities")) {
                    // the one window: between the two renames the table is not there at all, never partly there
                    assertFalse(Files.exists(t), "entities set aside, the new one not yet in place");
                } else if (swapped.contains(name)) {
                    assertEquals(newRows.get(name), rows(t), point + ": " + name + " is the whole new table");
                    assertTrue(Files.exists(t.resolve("_SUCCESS")));
                } else {
                    assertEquals(tableFiles(oldFiles, name), tableFiles(now, name), point + ": " + name + " is the old table, byte for byte");
                }
            }
            List<String> done = OutputCommit.recover(new org.apache.hadoop.fs.Path(out.toString()), OutputCommit.withoutChecksums(new Configuration()));
            assertEquals(1, done.size(), done.toString());
            assertTrue(done.get(0).startsWith("completed the interrupted commit of job "), done.toString());
            assertNewTables(out);
            assertEquals("the user's own file", Files.readString(out.resolve("notes.txt")));
        }
    }

    @Test
    void theNextRunCompletesAnInterruptedSwapFirstThenWritesItsOwnTablesWithoutCrcFiles() throws Exception {
        Path out = oldTables("killed-then-rerun");
        killedRun(out, "aside:tokens");
        assertFalse(Files.exists(out.resolve("tokens")));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AnalyzeJob.Result r = AnalyzeJob.run(spark, new String[] {"--format", "csv", "--output-dir", out.toString(), newInputs.toString()},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, r.exitCode(), msg);
        assertTrue(msg.startsWith("zhtext: completed the interrupted commit of job ") && msg.lines().findFirst().orElseThrow().contains("new tokens, entities, figures, tariffs, errors moved into place"), msg);
        assertNewTables(out);
        // one job's part files per table
        for (String name : TableSchemas.NAMES) {
            try (Stream<Path> f = Files.list(out.resolve(name))) {
                assertEquals(1, f.filter(p -> p.getFileName().toString().startsWith("part-")).map(p -> p.getFileName().toString().replaceAll("part-\\d+-", "")).distinct().count(), name);
            }
        }
    }

    @Test
    void aLocalRunWritesNoCrcFiles() throws Exception {
        Path out = tmp.resolve("crc");
        assertEquals(1, job(out, newInputs));
        // Hadoop's default local file system would write .part-….csv.crc and ._SUCCESS.crc beside each file
        try (Stream<Path> all = Files.walk(out)) {
            List<Path> crc = all.filter(p -> p.getFileName().toString().endsWith(".crc")).toList();
            assertEquals(List.of(), crc);
        }
        assertNewTables(out);
    }

    // ---- helpers

    private static int job(Path out, Path inputs) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AnalyzeJob.Result r = AnalyzeJob.run(spark, new String[] {"--format", "csv", "--output-dir", out.toString(), inputs.toString()},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return r.exitCode(); // its stderr is not printed: the test run's output stays short
    }

    /** A fresh output directory holding a copy of the old tables. */
    private static Path oldTables(String name) throws IOException {
        Path out = tmp.resolve(name);
        try (Stream<Path> all = Files.walk(oldOutput)) {
            for (Path p : all.toList()) {
                Path to = out.resolve(oldOutput.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return out;
    }

    /**
     * The job on the new inputs in a child JVM (the test's class path and Spark's module options), halted at the
     * commit point {@code point}: it must end with the hook's status, not otherwise.
     */
    private static void killedRun(Path out, String point) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || arg.startsWith("-Djdk.reflect")
                    || arg.startsWith("-Dio.netty") || arg.startsWith("-Dfile.encoding")) cmd.add(arg);
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        cmd.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", cp,
                "-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-D" + OutputCommit.HALT_PROPERTY + "=" + point,
                AnalyzeJob.class.getName(), "--format", "csv", "--output-dir", out.toString(), newInputs.toString()));
        Path log = tmp.resolve("child-" + out.getFileName() + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "child job ended");
        String output = Files.readString(log);
        assertEquals(OutputCommit.HALT_STATUS, p.exitValue(), output);
        assertTrue(output.contains("zhtext: halted at commit point " + point), output);
    }

    private static boolean hasStaging(Path out) throws IOException {
        Path t = out.resolve("_temporary");
        if (!Files.isDirectory(t)) return false;
        try (Stream<Path> jobs = Files.list(t)) {
            return jobs.anyMatch(j -> j.getFileName().toString().startsWith(OutputCommit.JOB_PREFIX));
        }
    }

    /** Every file below {@code dir} but the staging, by relative path, its bytes as ISO-8859-1 text (exact). */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (rel.startsWith("_temporary/") || rel.equals("notes.txt")) continue;
                m.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }

    private static Map<String, String> tableFiles(Map<String, String> files, String table) {
        Map<String, String> m = new TreeMap<>(files);
        m.keySet().removeIf(k -> !k.startsWith(table + "/"));
        assertFalse(m.isEmpty(), table);
        return m;
    }

    /** A CSV table's rows: its part files' lines but their headers, sorted. */
    private static List<String> rows(Path table) throws IOException {
        List<String> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(table)) {
            for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                rows.addAll(lines.subList(1, lines.size()));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The new tables, whole, each with _SUCCESS; no staging, no .crc file. */
    private static void assertNewTables(Path out) throws IOException {
        for (String name : TableSchemas.NAMES) {
            assertEquals(newRows.get(name), rows(out.resolve(name)), name);
            assertTrue(Files.exists(out.resolve(name).resolve("_SUCCESS")), name);
        }
        assertFalse(Files.exists(out.resolve("_temporary")), "no staging left");
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".crc")).toList());
        }
    }

    /** The old tables read by Spark: as many rows as the old files hold. */
    private static void assertOldTablesReadable(Path out) throws IOException {
        for (String name : TableSchemas.NAMES) {
            long rows = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .schema(TableSchemas.structType(TableSchemas.SCHEMAS.get(TableSchemas.NAMES.indexOf(name)))).csv(out.resolve(name).toString()).count();
            assertEquals(rows(oldOutput.resolve(name)).size(), rows, name);
        }
    }
}
