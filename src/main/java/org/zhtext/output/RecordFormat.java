package org.zhtext.output;

import java.util.List;

/**
 * One output format: how records become bytes. Every format a command offers, the {@code --errors} file, analyze's
 * {@code --output-dir} tables and the Spark job's text tables come from {@link RecordFormats}, the one place formats
 * are registered; adding one is a class implementing this interface (for a table of cells, extend
 * {@link TableFormat}) and one line in {@link RecordFormats}. An output is {@link #begin}, then for each table
 * {@link #header} once, then blocks of rendered records ({@link #render}), each preceded by {@link #separator}, then
 * {@link #end}; {@link RecordWriter} writes them in that order.
 * <p>
 * Implementations are immutable and thread-safe: workers render each article's block in parallel.
 */
public interface RecordFormat {
    byte[] NONE = {};

    /** The {@code --format} value, lower case (what help, errors and {@link RecordFormats#find} use). */
    String name();

    /** The file name extension of its files, without the dot ({@code analyze --output-dir}, {@code --errors FILE}). */
    String extension();

    /**
     * Whether it writes any flat record (every record command offers it, the {@code --errors} file may be one). A
     * format that does not ({@link DocumentFormat}: plain text, CoNLL-U) writes a text that the commands offering it
     * render per article themselves.
     */
    default boolean records() {
        return true;
    }

    /**
     * Whether records are lines of cells under a header line (CSV, TSV): values are written as strings (Excel mode may
     * prefix them), and a mixed stream has one header, the union of the kinds' columns ({@link Schema#MIXED}).
     */
    default boolean tabular() {
        return false;
    }

    /** The start of an output (JSON's '[', CSV's byte-order mark in Excel mode). */
    default byte[] begin(RowFormat how) {
        return NONE;
    }

    /** The header of a table with these columns, with its line end, as UTF-8 (only a {@link #tabular} format has one). */
    default byte[] header(List<String> columns, RowFormat how) {
        return NONE;
    }

    /**
     * Renders rows as one block of UTF-8, without the {@link #separator} before it. Rows have no
     * {@link StreamedText} value ({@link #open} streams those); a format that cannot write a value throws
     * IllegalArgumentException.
     */
    byte[] render(List<Row> rows, RowFormat how);

    /** What comes before a block: {@code first} for the output's first one (JSON: a line end, then ",\n"). */
    default byte[] separator(boolean first) {
        return NONE;
    }

    /** The end of an output; {@code any}: whether a block was written (JSON's ']'). */
    default byte[] end(boolean any) {
        return NONE;
    }

    /**
     * A row whose value in {@code column} is a {@link StreamedText}, rendered around that value so that it can be
     * written piece by piece (the bytes equal {@link #render} of the row with the whole value as a String); null when
     * the format does not stream: {@link RecordWriter} then renders the row with the value read whole.
     */
    default RowFormat.OpenRecord open(Row row, int column, RowFormat how) {
        return null;
    }

    /**
     * How {@link RecordIndex} finds each article's records in a file of this format ({@code analyze
     * --skip-unchanged} carries them into the next run), or null when it cannot: the skipped inputs are then
     * processed again.
     */
    default RecordIndex.Layout indexLayout() {
        return null;
    }
}
