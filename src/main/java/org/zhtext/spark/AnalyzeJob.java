package org.zhtext.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.zhtext.cli.AnalyzeArguments;
import org.zhtext.engine.SetupException;
import org.zhtext.io.UsageException;

/**
 * {@code zhtext analyze} as an Apache Spark job: the same arguments, the same pipeline and the same records, written
 * as the five tables of {@code analyze --output-dir} (documents, tokens, entities, figures, errors), each a
 * directory of Parquet (or CSV, JSON Lines) part files under the output directory.
 * <pre>
 * spark-submit --class org.zhtext.spark.AnalyzeJob target/zhtext.jar --output-dir out/ articles/
 * java -Dspark.master=local[2] -cp target/zhtext.jar:SPARK_JARS org.zhtext.spark.AnalyzeJob --output-dir out/ articles/
 * </pre>
 * How it runs: the articles (files read whole by Spark, or rows of a table of articles) are range-partitioned on
 * their sort key (the CLI's input order) and sorted within partitions; each partition is analyzed in
 * {@code mapPartitions} by the pipeline its executor built once ({@link Pipelines}) into one analysis row per
 * article (its records, encoded); the analysis rows are kept (memory and disk) and each table is written from
 * them in turn. Partitions are written in order, so each table's part files
 * taken in name order hold the CLI's rows in the CLI's order, whatever the number of partitions. A failed article
 * is an error row; the exit status is the CLI's: 0 all articles analyzed, 1 some failed, 2 usage or setup error.
 * <p>
 * Partitions: {@code spark.zhtext.partitions} (default: 4 per core of the default parallelism).
 */
public final class AnalyzeJob {
    /** At most this many failed inputs are named on stderr; the errors table has them all. */
    static final int ERRORS_SHOWN = 100;

    private AnalyzeJob() {}

    /** What a run wrote: rows per table (in {@link Tables#NAMES} order), articles analyzed, and chars. */
    record Result(int exitCode, Map<String, Long> rows, long articles, long chars) {
        long failed() {
            return rows.getOrDefault("errors", 0L);
        }
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        AnalyzeArguments.Parsed parsed;
        try {
            parsed = AnalyzeArguments.parse(args);
        } catch (UsageException | java.io.IOException e) {
            err.println("zhtext: " + AnalyzeArguments.message(e));
            err.println(AnalyzeArguments.USAGE_HINT);
            System.exit(2);
            return;
        }
        if (parsed.help() != null) {
            System.out.print(parsed.help());
            System.out.flush();
            System.exit(0);
            return;
        }
        SparkSession spark;
        try {
            spark = SparkSession.builder().appName("zhtext analyze").getOrCreate();
        } catch (RuntimeException e) {
            err.println("zhtext: cannot start Spark: " + e.getMessage()
                    + " (run with spark-submit --master ..., or java -Dspark.master=local[2] ...)");
            System.exit(2);
            return;
        }
        if (!parsed.settings().verbose()) spark.sparkContext().setLogLevel("WARN");
        int code;
        try {
            code = run(spark, parsed, err).exitCode();
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job on a session with analyze's arguments (tests run it in-process); usage errors give exit 2. */
    static Result run(SparkSession spark, String[] args, PrintStream err) {
        AnalyzeArguments.Parsed parsed;
        try {
            parsed = AnalyzeArguments.parse(args);
        } catch (UsageException | java.io.IOException e) {
            err.println("zhtext: " + AnalyzeArguments.message(e));
            return new Result(2, Map.of(), 0, 0);
        }
        if (parsed.help() != null) {
            err.print(parsed.help());
            return new Result(0, Map.of(), 0, 0);
        }
        return run(spark, parsed, err);
    }

    static Result run(SparkSession spark, AnalyzeArguments.Parsed a, PrintStream err) {
        long t0 = System.nanoTime();
        try {
            // in local mode the driver is the executor: build the pipeline here (while the inputs are listed), so
            // setup errors stop the job before any task runs
            java.util.concurrent.FutureTask<Pipelines.Pipeline> pipeline = new java.util.concurrent.FutureTask<>(() -> Pipelines.get(a.settings()));
            if (spark.sparkContext().isLocal()) {
                Thread t = new Thread(pipeline, "zhtext-pipeline");
                t.setDaemon(true);
                t.start();
            }
            Dataset<Row> articles = Inputs.articles(spark, a.paths(), a.globs(), a.settings().maxChars());
            if (spark.sparkContext().isLocal()) {
                try {
                    pipeline.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw e;
                }
            }
            int partitions = partitions(spark);
            LongAccumulator articleCount = spark.sparkContext().longAccumulator("zhtext articles");
            LongAccumulator chars = spark.sparkContext().longAccumulator("zhtext chars");
            Dataset<Row> analysis = articles.repartitionByRange(partitions, Inputs.KEY).sortWithinPartitions(Inputs.KEY)
                    .mapPartitions(new AnalyzePartition(a.settings(), articleCount, chars), Encoders.row(Tables.ANALYSIS))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                // one pass over the kept analysis for the counts (this also fills it), then one per table, on its column
                Column[] sizes = Tables.NAMES.stream().map(n -> sum(col(n))).toArray(Column[]::new);
                Row counts = analysis.agg(sizes[0], Arrays.copyOfRange(sizes, 1, sizes.length)).first();
                Map<String, Long> rows = new LinkedHashMap<>();
                for (int i = 0; i < Tables.SCHEMAS.size(); i++) {
                    String name = Tables.NAMES.get(i);
                    rows.put(name, counts.isNullAt(i) ? 0L : counts.getLong(i));
                    write(table(analysis, name), a.format(), a.outputDir().replaceAll("/+$", "") + "/" + name);
                }
                long failed = rows.get("errors");
                if (failed > 0) {
                    for (Row r : table(analysis, "errors").limit(ERRORS_SHOWN).collectAsList()) {
                        err.println("zhtext: " + r.getString(0) + ": " + r.getString(1));
                    }
                    if (failed > ERRORS_SHOWN) err.println("zhtext: ... " + (failed - ERRORS_SHOWN) + " more failed inputs in the errors table");
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                err.println(String.format(Locale.ROOT, "zhtext: %d articles, %d failed, %d chars, %.2f s, %.0f chars/s; rows: %s; %s tables in %s",
                        articleCount.value(), failed, chars.value(), secs, chars.value() / Math.max(secs, 1e-9), rows, a.format(), a.outputDir()));
                return new Result(failed > 0 ? 1 : 0, rows, articleCount.value(), chars.value());
            } finally {
                analysis.unpersist();
            }
        } catch (UsageException e) {
            err.println("zhtext: " + AnalyzeArguments.message(e));
            return new Result(2, Map.of(), 0, 0);
        } catch (Exception e) {
            // a path Spark cannot read as a table (not found, not Parquet): Spark's own message
            if (e instanceof AnalysisException ae) {
                err.println("zhtext: " + ae.getSimpleMessage());
                return new Result(2, Map.of(), 0, 0);
            }
            SetupException setup = setupCause(e);
            if (setup == null && e instanceof RuntimeException re) throw re;
            err.println("zhtext: " + AnalyzeArguments.message(setup != null ? setup : e));
            if (a.settings().verbose()) e.printStackTrace(err);
            return new Result(2, Map.of(), 0, 0);
        }
    }

    /** One table's rows from the analysis rows, in order: its records, article after article. */
    static Dataset<Row> table(Dataset<Row> analysis, String name) {
        int t = Tables.NAMES.indexOf(name);
        // Spark's internal rows, built straight from the encoded bytes (no generic Row, no row encoder: see RecordCodec)
        org.apache.spark.sql.classic.Dataset<Row> blobs = (org.apache.spark.sql.classic.Dataset<Row>) analysis.select(col(Tables.RECORDS));
        FlatMapFunction<InternalRow, InternalRow> rows = r -> RecordCodec.decode(r.getBinary(0), t).iterator();
        RDD<InternalRow> table = blobs.queryExecution().toRdd().toJavaRDD().flatMap(rows).rdd();
        return blobs.sparkSession().internalCreateDataFrame(table, Tables.structType(Tables.SCHEMAS.get(t)), false);
    }

    /** The number of partitions: spark.zhtext.partitions, or 4 per core of the default parallelism. */
    static int partitions(SparkSession spark) {
        String conf = spark.conf().get("spark.zhtext.partitions", "");
        if (!conf.isBlank()) {
            try {
                int n = Integer.parseInt(conf.strip());
                if (n > 0) return n;
            } catch (NumberFormatException e) {
                // fall through to the usage error
            }
            throw new UsageException("spark.zhtext.partitions: not a positive number: " + conf);
        }
        return Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    }

    private static void write(Dataset<Row> table, String format, String dir) {
        DataFrameWriter<Row> w = table.write().mode(SaveMode.Overwrite);
        switch (format) {
            case "csv" -> w.option("header", "true").option("escape", "\"").option("ignoreLeadingWhiteSpace", "false")
                    .option("ignoreTrailingWhiteSpace", "false").csv(dir);
            case "jsonl" -> w.option("ignoreNullFields", "false").json(dir);
            default -> w.parquet(dir);
        }
    }

    /** The setup error (missing models, an unknown engine) that failed the job on an executor, if that is what failed. */
    private static SetupException setupCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SetupException s) return s;
        }
        return null;
    }
}
