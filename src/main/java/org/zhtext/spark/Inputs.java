package org.zhtext.spark;

import org.zhtext.cli.AnalyzeArguments;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.zhtext.io.ArticleReader;
import scala.jdk.javaapi.CollectionConverters;
import org.zhtext.io.UsageException;

/**
 * The job's inputs as one table of articles, read with Spark's own sources: directories walked recursively for
 * file names matching the globs (the CLI's default: *.txt, *.html, *.htm) and files given directly, whole, as
 * bytes ({@code binaryFile}; decoded on the executors as the CLI decodes them); tables of articles (a path ending in
 * {@code .parquet}, or {@code .jsonl}/{@code .json}/{@code .ndjson} for JSON Lines) with {@code file} and
 * {@code text} columns. A file larger than the article size limit allows is not read: it becomes an error row. An empty file
 * is an (empty) article, as in the CLI.
 * <p>
 * Each article carries a sort key that orders articles as the CLI does: by input (paths in the order given,
 * each glob's matches in sorted order), then, in a directory, by the path below it compared name by name as Java
 * strings (the CLI's sorted walk: UTF-16 code units, big-endian bytes compare the same way, {@code U+0000}
 * between names), and in a table by {@code file} and then a hash of the text (rows equal in both are equal
 * articles, whose order does not matter).
 */
final class Inputs {
    static final String INPUT = "k_input";
    static final String PATH = "k_path";
    static final String TIE = "k_tie";
    static final String FILE = "file";
    static final String CONTENT = "content";
    static final String TEXT = "text";
    static final String ERROR = "error";

    /** An article to analyze: its sort key, its record name, and its bytes, its text, or why it cannot be read. */
    static final StructType ARTICLES = new StructType()
            .add(INPUT, DataTypes.IntegerType, false)
            .add(PATH, DataTypes.BinaryType, true)
            .add(TIE, DataTypes.LongType, false)
            .add(FILE, DataTypes.StringType, true)
            .add(CONTENT, DataTypes.BinaryType, true)
            .add(TEXT, DataTypes.StringType, true)
            .add(ERROR, DataTypes.StringType, true);

    /** A directory or file given (or matched by a glob): its position, qualified path and name in the records. */
    record Root(int ordinal, String path, String label, boolean directory) implements Serializable {}

    private Inputs() {}

    /** The articles of a run: {@link #ARTICLES} rows, unordered (their key is {@link #pair}). */
    record Articles(Dataset<Row> rows) {}

    /** The articles of the given paths. Usage errors for missing paths. */
    static Articles articles(SparkSession spark, List<String> paths, List<String> globs, long maxChars) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<Root> roots = new ArrayList<>();
        List<Dataset<Row>> parts = new ArrayList<>();
        for (String p : paths) {
            String name = p.replaceAll("/+$", "").toLowerCase(Locale.ROOT);
            if (name.endsWith(".parquet")) {
                parts.add(table(spark.read().parquet(p), p, roots.size() + parts.size()));
                continue;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
                parts.add(table(spark.read().schema("file STRING, text STRING").json(p), p, roots.size() + parts.size()));
                continue;
            }
            Path hp = new Path(p);
            FileSystem fs = hp.getFileSystem(conf);
            FileStatus[] found = fs.globStatus(hp);
            if (found == null || found.length == 0) throw new UsageException("no such file or directory: " + p);
            boolean glob = found.length > 1 || !fs.makeQualified(found[0].getPath()).equals(fs.makeQualified(hp));
            for (FileStatus s : found) {
                String q = fs.makeQualified(s.getPath()).toString();
                roots.add(new Root(roots.size() + parts.size(), q, glob ? q : p, s.isDirectory()));
            }
        }
        long limit = ArticleReader.byteLimit(maxChars);
        List<Root> dirs = roots.stream().filter(Root::directory).toList();
        List<Root> files = roots.stream().filter(r -> !r.directory()).toList();
        if (!dirs.isEmpty()) {
            parts.addAll(files(spark, dirs.stream().map(Root::path).toArray(String[]::new), globFilter(globs), limit,
                    new ArticleRows(roots, true, maxChars)));
        }
        if (!files.isEmpty()) {
            parts.addAll(files(spark, files.stream().map(Root::path).toArray(String[]::new), null, limit,
                    new ArticleRows(roots, false, maxChars)));
        }
        if (parts.isEmpty()) return new Articles(spark.createDataFrame(List.of(), ARTICLES));
        Dataset<Row> all = parts.get(0);
        for (Dataset<Row> d : parts.subList(1, parts.size())) all = all.union(d);
        return new Articles(all);
    }

    /**
     * A partition's article rows as keys and articles, in key order (the CLI's order among them): the partition's
     * articles are held in memory while they are sorted, at most a scan task's bytes
     * ({@code spark.sql.files.maxPartitionBytes}, 128 MB unless set).
     */
    static java.util.Iterator<scala.Tuple2<ArticleKey, ArticleIn>> inKeyOrder(java.util.Iterator<Row> rows) {
        List<scala.Tuple2<ArticleKey, ArticleIn>> pairs = new ArrayList<>();
        while (rows.hasNext()) pairs.add(pair(rows.next()));
        pairs.sort((x, y) -> x._1().compareTo(y._1()));
        return pairs.iterator();
    }

    /** An article row as its key and the article itself. */
    static scala.Tuple2<ArticleKey, ArticleIn> pair(Row r) {
        ArticleKey key = new ArticleKey(r.getInt(0), r.isNullAt(1) ? new byte[0] : (byte[]) r.get(1), r.getLong(2));
        return new scala.Tuple2<>(key, new ArticleIn(r.getString(3), r.isNullAt(4) ? null : (byte[]) r.get(4), r.getString(5), r.getString(6)));
    }

    /**
     * Whole files under {@code paths}: those within the byte limit with their content (a pushed-down filter on the
     * length: larger files are never opened), the others as error rows.
     */
    private static List<Dataset<Row>> files(SparkSession spark, String[] paths, String globFilter, long limit, ArticleRows keys) {
        var reader = spark.read().format("binaryFile");
        if (globFilter != null) reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", globFilter);
        Dataset<Row> listed = reader.load(paths);
        Dataset<Row> small = listed.filter(col("length").leq(limit)).select(col("path"), col("length"), col("content"));
        // from the driver's listing, without a scan: empty files (Spark's scans skip them), files too large to read
        List<Row> unread = listing(listed).stream().filter(f -> f.getLen() == 0 || f.getLen() > limit)
                .map(f -> RowFactory.create(f.getPath().toString(), f.getLen(), f.getLen() == 0 ? new byte[0] : null)).toList();
        List<Dataset<Row>> out = new ArrayList<>(List.of(small.map(keys, Encoders.row(ARTICLES))));
        if (!unread.isEmpty()) out.add(spark.createDataFrame(unread, small.schema()).map(keys, Encoders.row(ARTICLES)));
        return out;
    }

    /**
     * The files of a file source's listing, which the driver already holds: the files of length zero are articles
     * that Spark's file scans skip (the CLI writes a document record for an empty file), and the files too large to
     * be read become error rows without being opened.
     */
    static List<FileStatus> listing(Dataset<Row> listed) {
        List<FileStatus> out = new ArrayList<>();
        LogicalPlan plan = ((org.apache.spark.sql.classic.Dataset<Row>) listed).queryExecution().analyzed();
        for (LogicalPlan leaf : CollectionConverters.asJava(plan.collectLeaves())) {
            if (leaf instanceof LogicalRelation lr && lr.relation() instanceof HadoopFsRelation fs
                    && fs.location() instanceof PartitioningAwareFileIndex index) {
                out.addAll(CollectionConverters.asJava(index.allFiles()));
            }
        }
        return out;
    }

    /** A table of articles: its {@code file} and {@code text} columns (strings). */
    private static Dataset<Row> table(Dataset<Row> t, String path, int ordinal) {
        List<String> cols = Arrays.asList(t.columns());
        if (!cols.contains(FILE) || !cols.contains(TEXT)) {
            throw new UsageException(path + ": a table of articles needs the columns file and text (it has " + String.join(", ", cols) + ")");
        }
        Column file = col(FILE).cast("string");
        Column text = col(TEXT).cast("string");
        return t.select(lit(ordinal).as(INPUT), encode(file, "UTF-16BE").as(PATH), xxhash64(text).as(TIE), file.as(FILE),
                lit(null).cast("binary").as(CONTENT), text.as(TEXT),
                when(file.isNull(), lit("no file name in " + path)).when(text.isNull(), lit("no text")).as(ERROR));
    }

    /** The globs as one Hadoop glob on file names: alternatives in braces (each glob checked to have none itself). */
    static String globFilter(List<String> globs) {
        return globs.size() == 1 ? globs.get(0) : "{" + String.join(",", globs) + "}";
    }

    /**
     * A listed file (path, length, content or null) as an article row with its sort key and record name: a file
     * given as such is named as given; a file found in a directory is named by the directory as given joined with
     * the path below it (the first directory given that holds it).
     */
    static final class ArticleRows implements MapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final List<Root> roots;
        private final boolean directories;
        private final long maxChars;
        private transient java.util.Map<String, Root> byPath;

        ArticleRows(List<Root> roots, boolean directories, long maxChars) {
            this.roots = roots.stream().filter(r -> r.directory() == directories).toList();
            this.directories = directories;
            this.maxChars = maxChars;
        }

        private static String pathOf(String uri) {
            String p = new Path(uri).toUri().getPath();
            return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        }

        /** Where a listed file stands in the CLI's order: its input, its path below it (the sort key), its record name. */
        record Place(int input, byte[] path, String label) {}

        Place place(String listed) {
            if (byPath == null) {
                java.util.Map<String, Root> m = new java.util.HashMap<>();
                for (Root root : roots) m.putIfAbsent(pathOf(root.path()), root);
                byPath = m;
            }
            String path = pathOf(listed);
            if (!directories) {
                Root root = byPath.get(path);
                if (root != null) return new Place(root.ordinal(), new byte[0], root.label());
            } else {
                Root best = null;
                for (int i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
                    Root root = byPath.get(i == 0 ? "/" : path.substring(0, i));
                    if (root != null && (best == null || root.ordinal() < best.ordinal())) best = root;
                    if (i == 0) break;
                }
                if (best != null) {
                    String dir = pathOf(best.path());
                    String below = path.substring(dir.equals("/") ? 1 : dir.length() + 1);
                    String label = best.label().endsWith("/") ? best.label() + below : best.label() + "/" + below;
                    return new Place(best.ordinal(), below.replace('/', '\0').getBytes(StandardCharsets.UTF_16BE), label);
                }
            }
            // not where it was looked for (a file system that rewrites paths): named by its full path, after the others
            return new Place(Integer.MAX_VALUE, listed.getBytes(StandardCharsets.UTF_16BE), listed);
        }

        @Override
        public Row call(Row r) {
            Place p = place(r.getString(0));
            long length = r.getLong(1);
            byte[] content = r.isNullAt(2) ? null : (byte[]) r.get(2);
            String error = content == null ? AnalyzeArguments.errorLine(ArticleReader.tooLarge(length, maxChars)) : null;
            return RowFactory.create(p.input(), p.path(), 0L, p.label(), content, null, error);
        }
    }
}
