package org.zhtext.spark;

import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.cli.Main;
import org.zhtext.cli.Streams;
import org.zhtext.io.Decoder;
import org.zhtext.output.Schema;

/**
 * The Spark job in local mode ({@code local[2]}, one session for the class) against {@code zhtext analyze} run
 * in-process on the same inputs: every table, row by row (each file's rows in order), for samples/, for a generated corpus of a few
 * hundred articles (nested directories, legacy encodings, HTML, bad inputs), with other partition counts, in
 * each output format, for tables of articles, and with analyze's options passed through.
 */
@Tag("spark")
class AnalyzeJobTest {
    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path corpus;
    static List<String> badFiles;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("zhtext-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        corpus = tmp.resolve("corpus");
        badFiles = TestCorpus.write(corpus, SAMPLES, 300, 20251122L);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void samplesGiveTheCliRowsAndTheDocumentedParquetSchema() throws Exception {
        Map<String, List<List<Object>>> cli = cli(tmp.resolve("cli-samples"), SAMPLES.toString());
        Path out = tmp.resolve("spark-samples");
        AnalyzeJob.Result r = job("--output-dir", out.toString(), SAMPLES.toString());
        assertEquals(0, r.exitCode(), lastErr);
        assertEquals(10, r.articles());
        // nothing failed, so stderr is the one summary line (no other table's rows named as failed inputs)
        assertTrue(lastErr.matches("zhtext: 10 articles, 0 failed, [^\n]*\n"), lastErr);
        assertTables(cli, out, "parquet");
        assertPartFiles(out, "parquet");
        String doc = Files.readString(Path.of("docs/SPARK.md"));
        for (int i = 0; i < TableSchemas.SCHEMAS.size(); i++) {
            StructType read = spark.read().parquet(out.resolve(TableSchemas.NAMES.get(i)).toString()).schema();
            StructType expected = TableSchemas.structType(TableSchemas.SCHEMAS.get(i));
            assertEquals(expected, read, TableSchemas.NAMES.get(i));
            assertTrue(doc.contains(read.toDDL()), "docs/SPARK.md shows the schema of " + TableSchemas.NAMES.get(i) + ": " + read.toDDL());
        }
        // the numbers of the samples: tokens, entities and figures were written
        assertTrue(r.rows().get("tokens") > 500 && r.rows().get("figures") > 20 && r.rows().get("entities") > 20, r.rows().toString());
    }

    @Test
    void generatedCorpusGivesTheCliRowsWithErrorRowsForBadArticles() throws Exception {
        Map<String, List<List<Object>>> cli = cli(tmp.resolve("cli-corpus"), corpus.toString());
        Path out = tmp.resolve("spark-corpus");
        AnalyzeJob.Result r = job("--output-dir", out.toString(), corpus.toString());
        assertEquals(1, r.exitCode(), "some inputs failed: " + lastErr);
        // stderr names the failed inputs (and only those), then the summary
        List<String> errLines = lastErr.lines().toList();
        assertEquals(badFiles.size() + 1, errLines.size(), lastErr);
        for (String bad : badFiles) assertTrue(lastErr.contains("zhtext: " + corpus + "/" + bad + ": "), lastErr);
        assertTables(cli, out, "parquet");
        // several part files, each with its articles in the CLI's order
        List<Object> cliOrder = cli.get("documents").stream().map(d -> d.get(0)).toList();
        List<Path> documentParts = partFiles(out.resolve("documents"));
        assertTrue(documentParts.size() > 2, documentParts.toString());
        for (Path part : documentParts) assertCliOrder(part, cliOrder);
        List<List<Object>> errors = cli.get("errors");
        assertEquals(badFiles.size(), errors.size());
        for (int i = 0; i < badFiles.size(); i++) assertEquals(corpus + "/" + badFiles.get(i), errors.get(i).get(0));
        assertTrue(errors.get(0).get(1).toString().startsWith("invalid UTF-8 byte sequence at byte 39"), errors.toString());
        assertTrue(errors.get(1).toString().contains("binary file"), errors.toString());
        assertEquals(300 + 5, r.articles(), "300 articles, x.txt, Z.txt, empty.txt and the two bad files, not notes.md");
        // the empty file is an article, as in the CLI (Spark's file scans skip empty files)
        assertTrue(cli.get("documents").stream().anyMatch(d -> d.get(0).equals(corpus + "/a/empty.txt") && Integer.valueOf(0).equals(d.get(2))));
        // the CLI's document record of a failed input carries the error
        long failedDocs = cli.get("documents").stream().filter(d -> d.get(6) != null).count();
        assertEquals(2, failedDocs);
    }

    @Test
    void otherPartitionCountsFormatsAndInputOrdersGiveTheSameRows() throws Exception {
        Map<String, List<List<Object>>> corpusRows = cli(tmp.resolve("cli-corpus"), corpus.toString());
        // a file given before the directory holding it: read twice, in the order given, as the CLI does
        String[] samplesArgs = {SAMPLES + "/10-steel-web.html", SAMPLES.toString()};
        Map<String, List<List<Object>>> samplesRows = cli(tmp.resolve("cli-samples-twice"), samplesArgs);
        assertEquals(11, samplesRows.get("documents").size());
        // JSON Lines part files hold the very lines of the CLI's files (the CLI's renderer writes both), each file's in order
        Path twice = tmp.resolve("spark-twice-jsonl");
        spark.conf().set("spark.zhtext.partitions", "3");
        try {
            job(concat(new String[] {"--format", "jsonl", "--output-dir", twice.toString()}, samplesArgs));
        } finally {
            spark.conf().unset("spark.zhtext.partitions");
        }
        for (String name : TableSchemas.NAMES) {
            ByteArrayOutputStream parts = new ByteArrayOutputStream();
            for (Path f : partFiles(twice.resolve(name))) parts.write(Files.readAllBytes(f));
            List<String> cliLines = Files.readAllLines(tmp.resolve("cli-samples-twice").resolve(name + ".jsonl"), StandardCharsets.UTF_8);
            List<String> jobLines = parts.toString(StandardCharsets.UTF_8).lines().toList();
            java.util.function.Function<String, Object> file = line -> {
                try {
                    return JSON.readTree(line).get("file").textValue();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            assertEquals(byFile(cliLines, file), byFile(jobLines, file), name);
        }
        record Run(String partitions, String format, String[] inputs, Map<String, List<List<Object>>> want) {}
        for (Run run : List.of(new Run("3", "csv", new String[] {corpus.toString()}, corpusRows),
                new Run("1", "jsonl", samplesArgs, samplesRows))) {
            spark.conf().set("spark.zhtext.partitions", run.partitions());
            try {
                Path out = tmp.resolve("spark-" + run.format());
                job(concat(new String[] {"--format", run.format(), "--output-dir", out.toString()}, run.inputs()));
                assertTables(run.want(), out, run.format());
                assertPartFiles(out, run.format());
            } finally {
                spark.conf().unset("spark.zhtext.partitions");
            }
        }
    }

    @Test
    void tablesOfArticlesGiveTheRowsOfTheirFiles() throws Exception {
        // the samples as a table of articles: file as the CLI names it, text decoded (HTML kept: the job extracts it)
        List<Row> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path p : files.sorted().toList()) {
                articles.add(RowFactory.create(SAMPLES + "/" + p.getFileName(), Decoder.decode(Files.readAllBytes(p), null).text()));
            }
        }
        StructType schema = new StructType().add("file", "string").add("text", "string").add("source", "string");
        List<Row> withSource = articles.stream().map(a -> RowFactory.create(a.get(0), a.get(1), "test")).toList();
        Dataset<Row> table = spark.createDataFrame(withSource, schema).repartition(3);
        Path parquet = tmp.resolve("articles.parquet");
        Path jsonl = tmp.resolve("articles.jsonl");
        table.write().parquet(parquet.toString());
        table.write().json(jsonl.toString());
        Map<String, List<List<Object>>> cli = cli(tmp.resolve("cli-samples-2"), SAMPLES.toString());
        for (Path in : List.of(parquet, jsonl)) {
            Path out = tmp.resolve("spark-table-" + in.getFileName());
            AnalyzeJob.Result r = job("--output-dir", out.toString(), in.toString());
            assertEquals(0, r.exitCode());
            assertTables(cli, out, "parquet");
        }
    }

    @Test
    void analyzeOptionsArePassedThrough() throws Exception {
        String[] opts = {"--only", "document,figure", "--kinds", "percent,money", "--reference-date", "2024-03-01", "--max-chars", "203"};
        Map<String, List<List<Object>>> cli = cli(tmp.resolve("cli-options"), concat(opts, SAMPLES.toString()));
        Path out = tmp.resolve("spark-options");
        AnalyzeJob.Result r = job(concat(opts, "--output-dir", out.toString(), SAMPLES.toString()));
        assertEquals(1, r.exitCode(), "articles longer than --max-chars failed");
        assertTables(cli, out, "parquet");
        assertEquals(0L, r.rows().get("tokens"));
        // too large after decoding, as the CLI says it
        assertTrue(cli.get("errors").stream().anyMatch(e -> e.get(1).toString().matches("too large: \\d+ characters exceeds --max-chars 203")), cli.get("errors").toString());
        // the articles within the limit: figures of the chosen kinds only, dates from --reference-date
        assertTrue(!cli.get("figures").isEmpty() && cli.get("figures").stream().allMatch(f -> List.of("percent", "money").contains(f.get(1))));
        assertTrue(cli.get("documents").stream().anyMatch(d -> "2024-03-01".equals(d.get(4)) && "option".equals(d.get(5))), cli.get("documents").toString());

        // a file larger in bytes than --max-chars allows is never read: an error row, as the CLI's
        String[] tooLarge = {"--only", "document", "--max-chars", "150", SAMPLES + "/01-tariff-talks.txt"};
        Map<String, List<List<Object>>> cliLarge = cli(tmp.resolve("cli-large"), tooLarge);
        assertEquals(List.of(List.of(SAMPLES + "/01-tariff-talks.txt", "too large: 771 bytes exceeds --max-chars 150")), cliLarge.get("errors"));
        Path large = tmp.resolve("spark-large");
        assertEquals(1, job(concat(tooLarge, "--output-dir", large.toString())).exitCode());
        assertTables(cliLarge, large, "parquet");
    }

    @Test
    void usageErrorsExitWithStatus2() throws Exception {
        String dir = tmp.resolve("never").toString();
        String[][] bad = {
            {"--threads", "2", "--output-dir", dir, SAMPLES.toString()},
            {SAMPLES.toString()},
            {"--format", "tsv", "--output-dir", dir, SAMPLES.toString()},
            {"--output-dir", dir, tmp.resolve("missing").toString()},
            {"--output-dir", dir, "-"},
            {"--kinds", "speed", "--output-dir", dir, SAMPLES.toString()},
            {"--engine", "nope", "--output-dir", dir, SAMPLES.toString()},
        };
        for (String[] args : bad) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            AnalyzeJob.Result r = AnalyzeJob.run(spark, args, new PrintStream(err, true, StandardCharsets.UTF_8));
            String msg = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, r.exitCode(), Arrays.toString(args) + ": " + msg);
            assertTrue(msg.startsWith("zhtext: ") && msg.strip().lines().count() == 1, msg);
        }
        assertTrue(!Files.exists(Path.of(dir)));
    }

    @Test
    void aJobThatCannotWriteItsTablesExitsWithStatus2AndOneLine() throws Exception {
        Path notADirectory = tmp.resolve("a-file");
        Files.writeString(notADirectory, "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AnalyzeJob.Result r;
        // the failure is intended: Spark's own log of the failed tasks (stack traces) is off while it happens
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.spark", org.apache.logging.log4j.Level.OFF);
        try {
            r = AnalyzeJob.run(spark, new String[] {"--output-dir", notADirectory.toString(), SAMPLES.toString()},
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.spark", org.apache.logging.log4j.Level.WARN);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, r.exitCode(), msg);
        assertTrue(msg.startsWith("zhtext: the job failed, no tables written under " + notADirectory) && msg.strip().lines().count() == 1, msg);
        assertEquals("x", Files.readString(notADirectory));
    }

    // ---- helpers

    /** The part files of a table directory in name order (what readers list). */
    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    /** Committed output: every table has _SUCCESS and part files named by task; no staging is left. */
    private static void assertPartFiles(Path out, String format) throws IOException {
        assertTrue(!Files.exists(out.resolve("_temporary")), "staging removed");
        for (String name : TableSchemas.NAMES) {
            Path dir = out.resolve(name);
            assertTrue(Files.exists(dir.resolve("_SUCCESS")), name);
            List<Path> parts = partFiles(dir);
            assertTrue(!parts.isEmpty(), name + ": " + parts);
            String ext = format.equals("parquet") ? ".snappy.parquet" : "." + format;
            assertTrue(parts.stream().allMatch(f -> f.getFileName().toString().matches("part-\\d{5}-[0-9]{14}-[0-9a-f]{8}" + java.util.regex.Pattern.quote(ext))), parts.toString());
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The stderr of the last {@link #job} (kept, not printed: the test run's output stays short). */
    private static String lastErr = "";

    private static AnalyzeJob.Result job(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AnalyzeJob.Result r = AnalyzeJob.run(spark, args, new PrintStream(err, true, StandardCharsets.UTF_8));
        lastErr = err.toString(StandardCharsets.UTF_8);
        return r;
    }

    private static final Map<List<String>, Map<String, List<List<Object>>>> CLI_RUNS = new java.util.HashMap<>();

    /** Runs {@code zhtext analyze --format jsonl --output-dir DIR ARGS} in-process (once per ARGS); its tables' rows by name. */
    private static Map<String, List<List<Object>>> cli(Path dir, String... args) throws IOException {
        Map<String, List<List<Object>>> done = CLI_RUNS.get(List.of(args));
        if (done != null) return done;
        String[] all = concat(new String[] {"analyze", "--threads", "2", "--format", "jsonl", "--output-dir", dir.toString()}, args);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.execute(new Streams(new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), true, false), all);
        assertTrue(code == 0 || code == 1, err.toString(StandardCharsets.UTF_8));
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        for (int i = 0; i < TableSchemas.SCHEMAS.size(); i++) {
            Schema s = TableSchemas.SCHEMAS.get(i);
            List<List<Object>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve(TableSchemas.NAMES.get(i) + ".jsonl"), StandardCharsets.UTF_8)) {
                JsonNode n = JSON.readTree(line);
                List<Object> row = new ArrayList<>();
                for (String c : s.columns()) row.add(value(n.get(c), s.type(c)));
                rows.add(row);
            }
            tables.put(TableSchemas.NAMES.get(i), rows);
        }
        CLI_RUNS.put(List.of(args), tables);
        return tables;
    }

    /** A JSON value of the CLI as the job's typed table holds it. */
    private static Object value(JsonNode n, Schema.Type t) {
        if (n == null || n.isNull()) return null;
        return switch (t) {
            case INTEGER -> n.intValue();
            case BOOLEAN -> n.booleanValue();
            case STRING -> n.textValue();
            case NUMBER_OR_STRING -> n.isNumber() ? n.decimalValue().toPlainString() : n.textValue();
        };
    }

    /** The job's tables hold the CLI's rows, each file's rows in the CLI's order. */
    private static void assertTables(Map<String, List<List<Object>>> cli, Path out, String format) {
        for (int i = 0; i < TableSchemas.SCHEMAS.size(); i++) {
            String name = TableSchemas.NAMES.get(i);
            StructType schema = TableSchemas.structType(TableSchemas.SCHEMAS.get(i));
            DataFrameReader r = spark.read().schema(schema);
            String dir = out.resolve(name).toString();
            Dataset<Row> d = switch (format) {
                case "csv" -> r.option("header", "true").option("escape", "\"").option("multiLine", "true").csv(dir);
                case "jsonl" -> r.json(dir);
                default -> r.parquet(dir);
            };
            List<Row> rows = d.withColumn("_file", input_file_name()).withColumn("_pos", monotonically_increasing_id())
                    .orderBy("_file", "_pos").drop("_file", "_pos").collectAsList();
            List<List<Object>> got = new ArrayList<>();
            for (Row row : rows) {
                List<Object> v = new ArrayList<>();
                for (int k = 0; k < row.size(); k++) v.add(row.get(k));
                got.add(v);
            }
            List<List<Object>> want = cli.get(name);
            if (want.size() != got.size()) {
                List<Object> missing = want.stream().map(w -> w.get(0)).distinct().collect(java.util.stream.Collectors.toList());
                missing.removeAll(got.stream().map(g -> g.get(0)).toList());
                List<Object> extra = got.stream().map(w -> w.get(0)).distinct().collect(java.util.stream.Collectors.toList());
                extra.removeAll(want.stream().map(g -> g.get(0)).toList());
                assertEquals(want.size(), got.size(), name + " rows (" + format + "); files missing " + missing + ", extra " + extra);
            }
            assertEquals(byFile(want, row -> row.get(0)), byFile(got, row -> row.get(0)), name + " (" + format + ")");
        }
    }

    /**
     * Rows by file name, each file's rows in the order given: equal for two tables when they hold the same rows and
     * each file's rows come in the same order (the job's part files hold whole articles, in the CLI's order among
     * them; which articles a part file holds depends on the partitioning).
     */
    private static <T> Map<String, List<T>> byFile(List<T> rows, java.util.function.Function<T, Object> file) {
        Map<String, List<T>> m = new java.util.TreeMap<>();
        for (T r : rows) m.computeIfAbsent(String.valueOf(file.apply(r)), k -> new ArrayList<>()).add(r);
        return m;
    }

    /** The files of a Parquet part file's rows follow the CLI's order of the articles. */
    private static void assertCliOrder(Path part, List<Object> cliOrder) {
        int last = -1;
        for (Row r : spark.read().parquet(part.toString()).select("file").collectAsList()) {
            int i = cliOrder.indexOf(r.get(0));
            assertTrue(i > last, part + ": " + r.get(0) + " after " + (last < 0 ? "nothing" : cliOrder.get(last)));
            last = i;
        }
    }
}
