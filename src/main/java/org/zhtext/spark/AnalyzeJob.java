package org.zhtext.spark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.zhtext.cli.AnalyzeArguments;
import org.zhtext.engine.SetupException;
import org.zhtext.io.UsageException;

/**
 * {@code zhtext analyze} as an Apache Spark job: the same arguments, the same pipeline and the same records, written
 * as the six tables of {@code analyze --output-dir} (documents, tokens, entities, figures, tariffs, errors), each a
 * directory of Parquet (or CSV, JSON Lines) part files under the output directory.
 * <pre>
 * spark-submit --class org.zhtext.spark.AnalyzeJob target/zhtext.jar --output-dir out/ articles/
 * java -Dspark.master=local[2] -cp target/zhtext.jar:SPARK_JARS org.zhtext.spark.AnalyzeJob --output-dir out/ articles/
 * </pre>
 * How it runs: one Spark job without a shuffle. Each scan task (files read whole by Spark's {@code binaryFile}
 * source, packed into tasks of about equal work, or splits of a table of articles) sorts its articles on their
 * sort key (the CLI's input order) and analyzes them in {@code mapPartitions} with the pipeline its executor
 * built once ({@link Pipelines}); each article's records go at once to the task's part file of their table
 * ({@link AnalyzePartition}, {@link TableOutput}). The driver commits the part files of the task attempts that
 * succeeded. The tables hold the CLI's rows; each part file holds whole articles in the CLI's order among them
 * (which articles go to which part file is Spark's packing of the files into tasks). A failed article
 * is an error row; the exit status is the CLI's: 0 all articles analyzed, 1 some failed, 2 usage or setup error.
 * <p>
 * Partitions: at least {@code spark.zhtext.partitions} (default: 4 per core of the default parallelism).
 */
public final class AnalyzeJob {
    /** At most this many failed inputs are named on stderr; the errors table has them all. */
    static final int ERRORS_SHOWN = 100;

    private AnalyzeJob() {}

    /** What a run wrote: rows per table (in {@link TableSchemas#NAMES} order), articles analyzed, and chars. */
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
        // local mode (the master from -Dspark.master or spark-submit, which sets it as a system property): the driver
        // is the executor, so its pipeline loads on another core while Spark starts (about half a second of a run)
        if (System.getProperty("spark.master", "").startsWith("local")) Pipelines.prebuild(parsed.settings());
        // Spark's, Hadoop's and Parquet's loggers are at WARN (log4j2.properties in the jar); --verbose brings INFO back
        if (parsed.settings().verbose()) Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.INFO);
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
            // before anything else: complete (or roll back) the commit of a job that was killed under this directory
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(a.outputDir().replaceAll("(?<=.)/+$", ""));
            try {
                for (String line : OutputCommit.recover(out, OutputCommit.withoutChecksums(spark.sparkContext().hadoopConfiguration()))) {
                    err.println("zhtext: " + line);
                }
            } catch (java.io.IOException e) {
                err.println("zhtext: cannot complete or roll back an interrupted job under " + out + ": " + e.getMessage());
                return new Result(2, Map.of(), 0, 0);
            }
            // in local mode the driver is the executor: build the pipeline here (while the inputs are listed), so
            // setup errors stop the job before any task runs
            java.util.concurrent.FutureTask<Pipelines.Pipeline> pipeline = new java.util.concurrent.FutureTask<>(() -> Pipelines.get(a.settings()));
            if (spark.sparkContext().isLocal()) {
                Thread t = new Thread(pipeline, "zhtext-pipeline");
                t.setDaemon(true);
                t.start();
            }
            Inputs.Articles articles = Inputs.articles(spark, a.paths(), a.globs(), a.settings().maxChars());
            if (spark.sparkContext().isLocal()) {
                try {
                    pipeline.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw e;
                }
            }
            int partitions = partitions(spark);
            String job = String.format(Locale.ROOT, "%tY%<tm%<td%<tH%<tM%<tS-%s", new java.util.Date(), UUID.randomUUID().toString().substring(0, 8));
            TableOutput output = new TableOutput(JavaSparkContext.fromSparkContext(spark.sparkContext()), a.outputDir(), a.format(), job);
            List<PartResult> parts;
            try {
                // map only: each scan task sorts its articles into the CLI's order and analyzes them (no shuffle)
                parts = new ArrayList<>(scanned(spark, articles.rows(), partitions).mapPartitionsToPair(Inputs::inKeyOrder)
                        .mapPartitions(new AnalyzePartition(a.settings(), output)).collect());
                parts.sort(Comparator.comparingInt(PartResult::partition));
                output.commit(parts);
            } catch (Exception e) { // Spark's SparkException (a failed task) is a checked exception thrown unchecked
                boolean removed = true;
                try {
                    removed = output.abort();
                } catch (java.io.IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (!removed) {
                    // the new tables were complete (the commit's marker): some may be in place already
                    err.println("zhtext: the job's commit under " + output.dir() + " was interrupted: " + rootMessage(e)
                            + " (the next run with this --output-dir, or org.zhtext.spark.OutputCommit, completes it)");
                    if (a.settings().verbose()) e.printStackTrace(err);
                    return new Result(2, Map.of(), 0, 0);
                }
                if (setupCause(e) == null && !(e instanceof UsageException) && !(e instanceof AnalysisException)) {
                    // a task that could not write its files (Spark retried it, spark.task.maxFailures), or the commit
                    err.println("zhtext: the job failed, no tables written under " + output.dir() + ": " + rootMessage(e));
                    if (a.settings().verbose()) e.printStackTrace(err);
                    return new Result(2, Map.of(), 0, 0);
                }
                throw e;
            } finally {
                output.release();
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String name : TableSchemas.NAMES) rows.put(name, 0L);
            long articleCount = 0;
            long chars = 0;
            List<List<String>> errors = new ArrayList<>();
            for (PartResult p : parts) {
                for (int i = 0; i < TableSchemas.NAMES.size(); i++) rows.merge(TableSchemas.NAMES.get(i), p.rows()[i], Long::sum);
                articleCount += p.articles();
                chars += p.chars();
                errors.addAll(p.errors());
            }
            long failed = rows.get("errors");
            for (List<String> e : errors.subList(0, (int) Math.min(errors.size(), ERRORS_SHOWN))) {
                err.println("zhtext: " + e.get(0) + ": " + e.get(1));
            }
            if (failed > ERRORS_SHOWN) err.println("zhtext: ... " + (failed - ERRORS_SHOWN) + " more failed inputs in the errors table");
            double secs = (System.nanoTime() - t0) / 1e9;
            err.println(String.format(Locale.ROOT, "zhtext: %d articles, %d failed, %d chars, %.2f s, %.0f chars/s; rows: %s; %s tables in %s",
                    articleCount, failed, chars, secs, chars / Math.max(secs, 1e-9), rows, a.format(), a.outputDir()));
            return new Result(failed > 0 ? 1 : 0, rows, articleCount, chars);
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

    /**
     * Spark's settings for packing files into scan tasks, and what the job uses unless they are set. Each scan task
     * analyzes its articles, so its share should be of the analysis's cost: Spark packs files by their size plus
     * the cost of opening one (default: as much as reading 4 MB, which makes one task per 32 small files, hundreds
     * for a folder of articles); 2 KB stands for an article's fixed cost in the analysis (about that of 2 KB of
     * text), so that tasks get about equal work, as many as the job's partitions.
     */
    private static final Map<String, String> SCAN_DEFAULTS = Map.of("spark.sql.files.openCostInBytes", "2048");

    /**
     * The articles as an RDD, their file scans planned with {@link #SCAN_DEFAULTS} and at least {@code partitions}
     * tasks (more where a task would read more than {@code spark.sql.files.maxPartitionBytes}, 128 MB unless set).
     * Settings the user gave (spark-submit --conf) are kept.
     */
    static org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.Row> scanned(SparkSession spark,
            org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows, int partitions) {
        Map<String, String> set = new LinkedHashMap<>(SCAN_DEFAULTS);
        set.put("spark.sql.files.minPartitionNum", Integer.toString(partitions));
        set.keySet().removeIf(k -> spark.conf().contains(k));
        try {
            set.forEach((k, v) -> spark.conf().set(k, v));
            org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.Row> rdd = rows.javaRDD();
            rdd.partitions(); // plans the scans now, with these settings
            return rdd;
        } finally {
            set.keySet().forEach(k -> spark.conf().unset(k));
        }
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

    /** The innermost message of a failure (Spark wraps a task's exception in its own). */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    /** The setup error (missing models, an unknown engine) that failed the job on an executor, if that is what failed. */
    private static SetupException setupCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SetupException s) return s;
        }
        return null;
    }
}
