package org.zhtext.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RecordFormat} with the settings of one output: whether every record starts with a {@code record} field
 * naming its kind (analyze's mixed stream; in a {@link RecordFormat#tabular tabular} format such a stream uses the
 * union header {@link Schema#MIXED}), and Excel mode (a cell that a spreadsheet would run as a formula,
 * {@code = + - @}, tab, CR, is prefixed with an apostrophe; CSV starts with a byte-order mark).
 * <p>
 * Immutable and thread-safe: workers render each article's block in parallel, and {@link RecordWriter} only
 * writes the bytes in order.
 */
public record RowFormat(RecordFormat format, boolean recordField, boolean excel) {
    /** Whether this format has a header row. */
    public boolean hasHeader() {
        return format.tabular();
    }

    /** The table a row is written in: its own schema, or the union of all for a mixed tabular stream. */
    public Schema table(Schema rowSchema) {
        return recordField && hasHeader() ? Schema.MIXED : rowSchema;
    }

    /** The header line of a table (tabular formats), with its line end, as UTF-8; none for other formats. */
    public byte[] header(Schema schema) {
        if (!hasHeader()) return RecordFormat.NONE;
        List<String> cols = new ArrayList<>();
        if (recordField) cols.add("record");
        cols.addAll(table(schema).columns());
        return format.header(cols, this);
    }

    /**
     * Renders rows as one block of UTF-8 ({@link RecordFormat#render}): JSON Lines, CSV and TSV one line each, line
     * ends included; JSON the objects separated by {@code ",\n"}, without a leading or trailing separator
     * ({@link RecordWriter} joins blocks).
     */
    public byte[] render(List<Row> rows) {
        return format.render(rows, this);
    }

    /**
     * A record whose value in {@code column} is a {@link StreamedText}, rendered in three parts: everything before
     * the value's characters ({@link OpenRecord#prefix}), the value's pieces ({@link OpenRecord#piece}), and everything
     * after ({@link OpenRecord#suffix}). The three written in order are the bytes {@link #render} gives for the row
     * with the whole value as a String. Null when the format does not stream values ({@link RecordFormat#open}).
     */
    public OpenRecord open(Row row, int column) {
        return format.open(row, column, this);
    }

    /**
     * A record with a streamed value, as {@link #open} renders it: the bytes before the value's characters, each
     * piece of it as it comes (escaped by {@code escape} as the format escapes it inside the value), the bytes after.
     */
    public record OpenRecord(byte[] prefix, Escape escape, byte[] suffix) {
        /** How a format writes a piece of a value. */
        public interface Escape {
            void piece(String s, Utf8Buffer b);
        }

        /** Appends one piece of the value, escaped as the format escapes it inside the value. */
        public void piece(String s, Utf8Buffer b) {
            escape.piece(s, b);
        }
    }

    /**
     * A string value as this format writes it in a record, before quoting: in an Excel-mode tabular cell, with the
     * apostrophe that keeps a spreadsheet from running it. Compare a table's cells to a value through this.
     */
    public String cellText(String value) {
        return hasHeader() ? TableFormat.cell(value, excel) : value;
    }
}
