package org.zhtext.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.zhtext.cli.AnalyzeArguments;
import org.zhtext.core.Article;
import org.zhtext.output.Schema;
import org.zhtext.pipeline.AnalysisSettings;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.Windows;
import scala.Tuple2;

/**
 * One task: the analysis of a partition of articles ({@link Inputs#ARTICLES} rows, in order), article by article,
 * each article's records written at once to the partition's part file of their table ({@link TableOutput.Part}).
 * The pipeline comes from the JVM's {@link Pipelines}. Every article gives exactly the rows {@code zhtext analyze}
 * gives it, in the same order; an article that cannot be read or analyzed gives the CLI's error rows (a document
 * record carrying the error, and an error record), never a failed task. Only a failure to write the files fails
 * the task (Spark retries it in a new attempt directory). Returns one {@link PartResult}.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<Tuple2<ArticleKey, ArticleIn>>, PartResult> {
    private static final long serialVersionUID = 1L;

    private final AnalysisSettings settings;
    private final TableOutput output;

    AnalyzePartition(AnalysisSettings settings, TableOutput output) {
        this.settings = settings;
        this.output = output;
    }

    /** An I/O failure of the part files: fails the task, unlike a failure of an article. */
    private static final class WriteFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause);
        }
    }

    @Override
    public Iterator<PartResult> call(Iterator<Tuple2<ArticleKey, ArticleIn>> input) throws IOException {
        Pipelines.Pipeline p = Pipelines.get(settings);
        TaskContext task = TaskContext.get();
        int partition = task.partitionId();
        long articles = 0;
        long chars = 0;
        List<List<String>> errors = new ArrayList<>();
        TableOutput.Part part = output.open(partition, task.attemptNumber());
        try (part) {
            if (partition == 0) part.openAll();
            List<List<org.zhtext.output.Row>> byTable = new ArrayList<>();
            for (int t = 0; t < TableSchemas.SCHEMAS.size(); t++) byTable.add(new ArrayList<>());
            RowBlocks.BlockSink sink = block -> {
                for (org.zhtext.output.Row r : block) byTable.get(TableSchemas.index(r.schema())).add(r);
                for (int t = 0; t < byTable.size(); t++) {
                    List<org.zhtext.output.Row> rows = byTable.get(t);
                    if (rows.isEmpty()) continue;
                    if (t == TableSchemas.ERRORS && errors.size() < AnalyzeJob.ERRORS_SHOWN) {
                        for (org.zhtext.output.Row e : rows) errors.add(List.of(String.valueOf(e.values()[0]), String.valueOf(e.values()[1])));
                    }
                    part.write(t, rows);
                    rows.clear();
                }
            };
            while (input.hasNext()) {
                ArticleIn in = input.next()._2();
                articles++;
                chars += analyze(p, in, sink);
            }
        } catch (WriteFailure e) {
            throw e.getCause();
        }
        return List.of(new PartResult(partition, task.attemptNumber(), part.files(), part.rows(), articles, chars,
                errors.size() > AnalyzeJob.ERRORS_SHOWN ? List.copyOf(errors.subList(0, AnalyzeJob.ERRORS_SHOWN)) : errors)).iterator();
    }

    /** Analyzes one article into {@code sink}, as the CLI does; its number of chars (0 when it cannot be read). */
    private static long analyze(Pipelines.Pipeline p, ArticleIn in, RowBlocks.BlockSink sink) throws IOException {
        String file = in.file();
        String error = in.error();
        if (error != null) {
            sink.accept(p.analyzer().failed(file, error));
            return 0;
        }
        Article a = null;
        RowBlocks blocks;
        try {
            a = in.content() == null ? p.reader().fromText(file, in.text()) : p.reader().read(file, in.content());
            // an ordinary article is analyzed here, at once; a huge one window by window while it is written (Windows)
            blocks = p.analyzer().blocks(a, Windows.DEFAULT_SIZE);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            sink.accept(p.analyzer().failed(file, AnalyzeArguments.errorLine(e)));
            return a == null ? 0 : a.text().length();
        }
        try {
            blocks.forEach(rows -> {
                try {
                    sink.accept(rows);
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
            });
        } catch (WriteFailure e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // as the CLI: a huge article that failed part way keeps its rows so far and its document record
            List<org.zhtext.output.Row> rest = new ArrayList<>();
            for (org.zhtext.output.Row r : p.analyzer().failed(file, AnalyzeArguments.errorLine(e))) {
                if (r.schema() != Schema.DOCUMENT) rest.add(r);
            }
            sink.accept(rest);
        }
        return a.text().length();
    }
}
