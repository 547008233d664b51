package org.zhtext.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.zhtext.cli.AnalyzeArguments;
import org.zhtext.output.RecordFormat;
import org.zhtext.output.RecordFormats;
import org.zhtext.output.RecordWriter;
import org.zhtext.output.Row;
import org.zhtext.output.RowFormat;
import org.zhtext.output.Schema;

/**
 * The job's six tables under the output directory, written in one pass: each task writes the part file of its
 * partition for every table while it analyzes the partition's articles, into a directory of its own attempt under
 * {@code OUT/_temporary/zhtext-JOB/}; the driver then commits the attempts whose results it received (one per
 * partition: a failed or lost attempt's files are never used): it assembles each new table complete with
 * {@code _SUCCESS} in the staging directory, then swaps it with the old one ({@link OutputCommit}: at every point a
 * reader finds each table whole, old or new), and removes the staging directory. No {@code .crc} side files on the
 * local file system.
 * Part files are named {@code part-NNNNN-JOB.EXT} by partition, so in name order they hold the partitions in order.
 * <p>
 * Parquet files are written by {@link ParquetTables}; the registry's formats the job offers
 * ({@link AnalyzeArguments#TEXT_FORMATS}: CSV, JSON Lines) by the CLI's own renderer ({@link RowFormat}), so a part
 * file holds exactly the lines the CLI writes for its articles (CSV: each part file with the header). A partition with no rows for a table writes no file for it, except partition 0, which writes
 * every table (an empty table is still a readable table with its schema).
 */
final class TableOutput implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String dir;
    private final String format;
    private final String job;
    /** Hadoop's configuration, broadcast: sent to each executor once, not with every task (it has ~1,000 entries). */
    private final Broadcast<SerializableConfiguration> conf;

    TableOutput(JavaSparkContext spark, String dir, String format, String job) {
        this.dir = dir.replaceAll("(?<=.)/+$", "");
        this.format = format;
        this.job = job;
        this.conf = spark.broadcast(new SerializableConfiguration(OutputCommit.withoutChecksums(spark.hadoopConfiguration())));
    }

    /** Drops the broadcast configuration from the executors. */
    void release() {
        conf.destroy();
    }

    String dir() {
        return dir;
    }

    private Path staging() {
        return new Path(OutputCommit.temporary(new Path(dir)), OutputCommit.JOB_PREFIX + job);
    }

    private Path attempt(int partition, int attempt) {
        return new Path(staging(), String.format(Locale.ROOT, "%05d-%d", partition, attempt));
    }

    /** The format of the text tables, or null for Parquet. */
    private RecordFormat textFormat() {
        return format.equals(AnalyzeArguments.PARQUET) ? null : RecordFormats.find(format);
    }

    private String extension() {
        RecordFormat f = textFormat();
        return f == null ? ".snappy.parquet" : "." + f.extension();
    }

    /** A part file's path below the output directory (and below an attempt's directory): {@code table/part-NNNNN-JOB.EXT}. */
    private String partFile(int table, int partition) {
        return TableSchemas.NAMES.get(table) + "/" + String.format(Locale.ROOT, "part-%05d-%s", partition, job) + extension();
    }

    /** The writers of one task attempt. */
    Part open(int partition, int attempt) {
        return new Part(partition, attempt);
    }

    /**
     * Commits the job ({@link OutputCommit}): assembles each new table, complete, in the staging directory (the
     * committed attempts' part files and {@code _SUCCESS}), then swaps the tables into place and removes the staging.
     */
    void commit(List<PartResult> parts) throws IOException {
        Configuration c = conf.value().value();
        Path out = new Path(dir);
        FileSystem fs = out.getFileSystem(c);
        OutputCommit.point("tasks-committed");
        Path tables = OutputCommit.tables(staging());
        for (String name : TableSchemas.NAMES) {
            if (!fs.mkdirs(new Path(tables, name))) throw new IOException("cannot create " + new Path(tables, name));
        }
        for (PartResult p : parts) {
            Path from = attempt(p.partition(), p.attempt());
            for (String f : p.files()) OutputCommit.rename(fs, new Path(from, f), new Path(tables, f));
        }
        for (String name : TableSchemas.NAMES) fs.create(new Path(new Path(tables, name), "_SUCCESS"), false).close();
        OutputCommit.swap(fs, out, staging());
    }

    /**
     * Removes the staging directory (and _temporary when nothing else is in it), unless the commit got as far as its
     * marker: then the new tables are complete and the next run completes their swap. True when removed.
     */
    boolean abort() throws IOException {
        Path s = staging();
        FileSystem fs = s.getFileSystem(conf.value().value());
        if (fs.exists(new Path(s, OutputCommit.MARKER))) return false;
        OutputCommit.delete(fs, new Path(dir), s);
        return true;
    }

    /** The part files of one task attempt, one per table, opened on the first row (partition 0: all, at once). */
    final class Part implements AutoCloseable {
        private final int partition;
        private final Path root;
        private final Configuration c = conf.value().value();
        private final RowFormat text = textFormat() == null ? null : new RowFormat(textFormat(), false, false);
        private final List<ParquetTableWriter> parquet = new ArrayList<>();
        private final List<RecordWriter> texts = new ArrayList<>();
        private final List<java.io.OutputStream> streams = new ArrayList<>();
        private final long[] rows = new long[TableSchemas.NAMES.size()];
        private final List<String> files = new ArrayList<>();

        private Part(int partition, int attempt) {
            this.partition = partition;
            this.root = attempt(partition, attempt);
            for (int t = 0; t < rows.length; t++) {
                parquet.add(null);
                texts.add(null);
                streams.add(null);
            }
        }

        /** Opens every table's file: partition 0 writes them all, so that an empty table still has its schema. */
        void openAll() throws IOException {
            for (int t = 0; t < rows.length; t++) open(t);
        }

        private void open(int t) throws IOException {
            if (parquet.get(t) != null || texts.get(t) != null) return;
            String f = partFile(t, partition);
            Path p = new Path(root, f);
            Schema schema = TableSchemas.SCHEMAS.get(t);
            if (text == null) {
                parquet.set(t, ParquetTables.writer(schema, p, c));
            } else {
                java.io.OutputStream s = new BufferedOutputStream(p.getFileSystem(c).create(p, true), 1 << 16);
                streams.set(t, s);
                RecordWriter w = new RecordWriter(s, text);
                w.header(schema);
                texts.set(t, w);
            }
            files.add(f);
        }

        /** Writes rows of table {@code t} (one article's, in order). */
        void write(int t, List<Row> block) throws IOException {
            if (block.isEmpty()) return;
            open(t);
            rows[t] += block.size();
            if (text != null) {
                texts.get(t).writeRendered(TableSchemas.SCHEMAS.get(t), text.render(block));
            } else {
                ParquetTableWriter w = parquet.get(t);
                for (Row r : block) w.write(r);
            }
        }

        long[] rows() {
            return rows.clone();
        }

        /** The files written, below the attempt's directory (and the output directory), in table order. */
        List<String> files() {
            List<String> sorted = new ArrayList<>(files);
            sorted.sort(java.util.Comparator.comparingInt(f -> TableSchemas.NAMES.indexOf(f.substring(0, f.indexOf('/')))));
            return sorted;
        }

        @Override
        public void close() throws IOException {
            IOException failed = null;
            for (int t = 0; t < rows.length; t++) {
                try {
                    if (parquet.get(t) != null) parquet.get(t).close();
                    if (texts.get(t) != null) {
                        texts.get(t).finish();
                        streams.get(t).close();
                    }
                } catch (IOException e) {
                    if (failed == null) failed = e;
                }
            }
            if (failed != null) throw failed;
        }
    }
}
