package org.zhtext.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes record blocks rendered by a {@link RowFormat} to one output, in order: the format's
 * {@link RecordFormat#begin begin} (JSON's '[', the Excel BOM), a table's header (once, before the first row, or at
 * {@link #finish} for an empty table), each block after its {@link RecordFormat#separator separator} (JSON's commas),
 * and its {@link RecordFormat#end end}. Not thread-safe: one writer per output, used by the thread that orders the
 * blocks.
 */
public final class RecordWriter implements AutoCloseable {
    private final OutputStream out;
    private final RowFormat format;
    private boolean headerWritten;
    private boolean any;
    private boolean opened;

    /** A writer of UTF-8 records to {@code out} (buffer it: blocks are written as they come). */
    public RecordWriter(OutputStream out, RowFormat format) {
        this.out = out;
        this.format = format;
    }

    public RecordWriter(OutputStream out, RecordFormat format, boolean recordField, boolean excel) {
        this(out, new RowFormat(format, recordField, excel));
    }

    public RowFormat format() {
        return format;
    }

    /** Writes the start of the output (JSON's '[', Excel's BOM). Called automatically by the first write. */
    public void begin() throws IOException {
        if (opened) return;
        opened = true;
        out.write(format.format().begin(format));
    }

    /** Writes the header of a table unless one was written (an empty CSV still has its header). */
    public void header(Schema schema) throws IOException {
        begin();
        if (format.hasHeader() && !headerWritten) {
            out.write(format.header(schema));
            headerWritten = true;
        }
    }

    /** Renders and writes rows (on this thread); a row with a {@link StreamedText} value is streamed. */
    public void writeAll(List<Row> rows) throws IOException {
        if (rows.isEmpty()) return;
        if (rows.stream().noneMatch(r -> StreamedText.column(r) >= 0)) {
            writeRendered(rows.get(0).schema(), format.render(rows));
            return;
        }
        for (Row r : rows) {
            if (StreamedText.column(r) >= 0) writeStreamed(r);
            else writeRendered(r.schema(), format.render(List.of(r)));
        }
    }

    /**
     * Writes a row whose value in one column is a {@link StreamedText}: the record up to that value, the value's
     * pieces escaped one by one as they come, the rest; so only a piece is held, never the whole value. The bytes
     * are those of {@link #writeAll} of the row with the whole value as a String ({@link RowFormat#open}).
     */
    public void writeStreamed(Row row) throws IOException {
        int column = StreamedText.column(row);
        StreamedText text = (StreamedText) row.values()[column];
        RowFormat.OpenRecord open = format.open(row, column);
        if (open == null) { // a format that does not stream values: the row with the value read whole
            StringBuilder whole = new StringBuilder();
            text.pieces().forEach(whole::append);
            Object[] values = row.values().clone();
            values[column] = whole.toString();
            writeRendered(row.schema(), format.render(List.of(new Row(row.schema(), values))));
            return;
        }
        header(row.schema());
        out.write(format.format().separator(!any));
        any = true;
        out.write(open.prefix());
        Utf8Buffer b = new Utf8Buffer(1 << 16);
        text.pieces().forEach(piece -> {
            open.piece(piece, b.clear());
            b.writeTo(out);
        });
        out.write(open.suffix());
    }

    public void write(Row row) throws IOException {
        writeAll(List.of(row));
    }

    /** Writes a block rendered by this writer's {@link RowFormat} (on a worker); {@code schema} is its rows' kind. */
    public void writeRendered(Schema schema, byte[] block) throws IOException {
        if (block.length == 0) return;
        header(schema);
        out.write(format.format().separator(!any));
        any = true;
        out.write(block);
    }

    /** Writes the end of the output (JSON's ']') and flushes. Does not close the underlying writer. */
    public void finish() throws IOException {
        begin();
        out.write(format.format().end(any));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
