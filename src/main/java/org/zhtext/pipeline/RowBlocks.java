package org.zhtext.pipeline;

import java.io.IOException;
import java.util.List;
import org.zhtext.output.Row;

/**
 * The rows of one article, handed over in blocks: an ordinary article's rows are computed on a worker and held
 * as one block; a huge article's are computed window by window while they are written ({@link Windows}), so
 * its records are never all in memory at once.
 */
@FunctionalInterface
public interface RowBlocks {
    /** Receives blocks of rows in order. */
    @FunctionalInterface
    interface BlockSink {
        void accept(List<Row> rows) throws IOException;
    }

    /**
     * Hands every block to {@code sink} in order. Lazy implementations do their work here, on the caller's
     * thread: an exception other than the sink's IOException is a failure of the article.
     */
    void forEach(BlockSink sink) throws Exception;

    /** Rows already computed, as one block. */
    static RowBlocks of(List<Row> rows) {
        return new Eager(rows);
    }

    /** Rows computed up front (an ordinary article), which the writer may render ahead on a worker. */
    record Eager(List<Row> rows) implements RowBlocks {
        @Override
        public void forEach(BlockSink sink) throws IOException {
            sink.accept(rows);
        }
    }
}
