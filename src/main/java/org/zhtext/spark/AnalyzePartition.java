package org.zhtext.spark;

import org.zhtext.cli.AnalyzeArguments;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.zhtext.core.Article;
import org.zhtext.output.Schema;
import org.zhtext.pipeline.AnalysisSettings;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.Windows;

/**
 * The analysis of one partition of articles ({@link Inputs#ARTICLES} rows, in order) into analysis rows
 * ({@link Tables#ANALYSIS}, one per article), article by article, lazily. The pipeline
 * comes from the JVM's {@link Pipelines}. Every article gives exactly the rows {@code zhtext analyze} gives it, in
 * the same order (document, tokens, entities, figures); an article that cannot be read or analyzed gives the CLI's
 * error rows (a document record carrying the error, and an error record), never a failed task.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final AnalysisSettings settings;
    private final LongAccumulator articles;
    private final LongAccumulator chars;

    AnalyzePartition(AnalysisSettings settings, LongAccumulator articles, LongAccumulator chars) {
        this.settings = settings;
        this.articles = articles;
        this.chars = chars;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Pipelines.Pipeline p = Pipelines.get(settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                return Tables.analysisRow(rows(p, input.next()));
            }
        };
    }

    /** One article's records, as the CLI writes them. */
    List<org.zhtext.output.Row> rows(Pipelines.Pipeline p, Row in) {
        String file = in.getString(in.fieldIndex(Inputs.FILE));
        String error = in.getString(in.fieldIndex(Inputs.ERROR));
        articles.add(1);
        if (error != null) return p.analyzer().failed(file, error);
        Article a;
        RowBlocks blocks;
        try {
            int c = in.fieldIndex(Inputs.CONTENT);
            a = in.isNullAt(c) ? p.reader().fromText(file, in.getString(in.fieldIndex(Inputs.TEXT)))
                    : p.reader().read(file, (byte[]) in.get(c));
            chars.add(a.text().length());
            // an ordinary article is analyzed here, at once; a huge one window by window below (Windows)
            blocks = p.analyzer().blocks(a, Windows.DEFAULT_SIZE);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return p.analyzer().failed(file, AnalyzeArguments.errorLine(e));
        }
        List<org.zhtext.output.Row> rows = new ArrayList<>();
        try {
            blocks.forEach(rows::addAll);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // as the CLI: a huge article that failed part way keeps its rows so far and its document record
            for (org.zhtext.output.Row r : p.analyzer().failed(file, AnalyzeArguments.errorLine(e))) {
                if (r.schema() != Schema.DOCUMENT) rows.add(r);
            }
        }
        return rows;
    }
}
