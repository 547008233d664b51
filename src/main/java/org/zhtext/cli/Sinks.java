package org.zhtext.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhtext.output.RecordFormat;
import org.zhtext.output.RecordWriter;
import org.zhtext.output.Row;
import org.zhtext.output.RowFormat;
import org.zhtext.output.Schema;

/**
 * Where an article command's rows go. Rendering ({@link Sink#render}) is thread-safe and runs on the workers,
 * next to the analysis; writing ({@link Sink#write(Block)}) runs on the ordering thread and only copies text,
 * so output formatting never serializes a parallel run.
 */
final class Sinks {
    private Sinks() {}

    /** An article's rows rendered for one sink. */
    interface Block {}

    /** Receives each article's rendered rows in input order. */
    interface Sink extends AutoCloseable {
        /** Renders rows for this sink; thread-safe. */
        Block render(List<Row> rows);

        /** Writes a rendered block (in input order, on one thread). */
        void write(Block block) throws IOException;

        default void write(List<Row> rows) throws IOException {
            write(render(rows));
        }

        /** Completes the output: headers of empty tables, JSON's ']', and the rename into place. */
        void commit() throws IOException;

        /** Closes; an output not committed is removed. */
        @Override
        void close() throws IOException;
    }

    private record RenderedTables(Map<Schema, byte[]> text) implements Block {}

    /** Records already rendered in a sink's format, by table (carried over from an earlier run's tables). */
    static Block rendered(Map<Schema, byte[]> text) {
        return new RenderedTables(text);
    }

    /** Records of one table (or analyze's mixed stream), or a command's per-article text, in one output. */
    static final class WriterSink implements Sink {
        private final AtomicOutput out;
        private final RecordWriter writer;
        private final Schema schema;

        WriterSink(AtomicOutput out, RowFormat format, Schema schema) {
            this.out = out;
            this.writer = new RecordWriter(out.stream(), format);
            this.schema = schema;
        }

        @Override
        public Block render(List<Row> rows) {
            return new RenderedTables(rows.isEmpty() ? Map.<Schema, byte[]>of() : Map.of(rows.get(0).schema(), writer.format().render(rows)));
        }

        @Override
        public void write(Block block) throws IOException {
            for (var e : ((RenderedTables) block).text().entrySet()) writer.writeRendered(e.getKey(), e.getValue());
        }

        /** Rows of a lazy article, rendered here; a row with a {@link org.zhtext.output.StreamedText} is streamed. */
        @Override
        public void write(List<Row> rows) throws IOException {
            writer.writeAll(rows);
        }

        @Override
        public void commit() throws IOException {
            writer.header(schema); // CSV/TSV: only when no row wrote it
            writer.finish();
            out.commit();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** analyze --output-dir: documents, tokens, entities, figures, tariffs and errors tables, each with its header. */
    static final class TablesSink implements Sink {
        private static final List<Schema> TABLES = List.of(Schema.DOCUMENT, Schema.TOKEN, Schema.ENTITY, Schema.FIGURE, Schema.TARIFF, Schema.ERROR);
        private static final List<String> NAMES = List.of("documents", "tokens", "entities", "figures", "tariffs", "errors");
        private final Map<Schema, AtomicOutput> outputs = new LinkedHashMap<>();
        private final Map<Schema, RecordWriter> writers = new LinkedHashMap<>();
        private final RowFormat format;

        /** The tables' files in {@code dir}. */
        static List<Path> files(Path dir, RecordFormat format) {
            return NAMES.stream().map(n -> dir.resolve(n + "." + format.extension())).toList();
        }

        /** Each table's schema and file in {@code dir}. */
        static Map<Schema, Path> tables(Path dir, RecordFormat format) {
            Map<Schema, Path> t = new LinkedHashMap<>();
            List<Path> files = files(dir, format);
            for (int i = 0; i < TABLES.size(); i++) t.put(TABLES.get(i), files.get(i));
            return t;
        }

        TablesSink(Path dir, RecordFormat format, boolean excel) throws IOException {
            this.format = new RowFormat(format, false, excel);
            List<Path> files = files(dir, format);
            for (int i = 0; i < TABLES.size(); i++) {
                AtomicOutput o = AtomicOutput.file(files.get(i));
                outputs.put(TABLES.get(i), o);
                writers.put(TABLES.get(i), new RecordWriter(o.stream(), this.format));
            }
        }

        @Override
        public Block render(List<Row> rows) {
            Map<Schema, List<Row>> by = new LinkedHashMap<>();
            for (Row r : rows) by.computeIfAbsent(r.schema(), k -> new ArrayList<>()).add(r);
            Map<Schema, byte[]> text = new LinkedHashMap<>();
            for (var e : by.entrySet()) text.put(e.getKey(), format.render(e.getValue()));
            return new RenderedTables(text);
        }

        @Override
        public void write(Block block) throws IOException {
            for (var e : ((RenderedTables) block).text().entrySet()) writers.get(e.getKey()).writeRendered(e.getKey(), e.getValue());
        }

        @Override
        public void commit() throws IOException {
            for (var e : writers.entrySet()) {
                e.getValue().header(e.getKey());
                e.getValue().finish();
                outputs.get(e.getKey()).commit();
            }
        }

        @Override
        public void close() throws IOException {
            for (AtomicOutput o : outputs.values()) o.close();
        }
    }
}
