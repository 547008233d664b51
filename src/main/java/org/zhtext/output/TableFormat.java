package org.zhtext.output;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A format of tables: one line of cells per record under a header line (CSV, TSV). This class makes the cells (the
 * {@code record} field of a mixed stream, a mixed row's place in the union header {@link Schema#MIXED}, numbers in
 * plain notation, null as an empty cell, Excel mode's apostrophe); a subclass only writes a line of them
 * ({@link #line}), and, to stream a huge value piece by piece, {@link #openCells}.
 */
public abstract class TableFormat implements RecordFormat {
    @Override
    public final boolean tabular() {
        return true;
    }

    /** Appends one record's cells (String values, already made cells), with its line end. */
    protected abstract void line(Object[] cells, StringBuilder sb);

    /** Appends the lines of a block; by default {@link #line} for each. */
    protected void lines(List<Object[]> rows, StringBuilder sb) {
        for (Object[] cells : rows) line(cells, sb);
    }

    @Override
    public byte[] header(List<String> columns, RowFormat how) {
        StringBuilder sb = new StringBuilder();
        lines(List.<Object[]>of(columns.toArray()), sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] render(List<Row> rows, RowFormat how) {
        StringBuilder sb = new StringBuilder(rows.size() * 80);
        List<Object[]> cells = new ArrayList<>(rows.size());
        for (Row r : rows) cells.add(cells(r, how));
        lines(cells, sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public RowFormat.OpenRecord open(Row row, int column, RowFormat how) {
        Object[] v = row.values();
        StreamedText.Shape shape = ((StreamedText) v[column]).shape();
        Object[] others = v.clone();
        others[column] = "";
        Object[] cells = cells(new Row(row.schema(), others), how);
        int at = how.recordField() ? 1 + Schema.MIXED.columns().indexOf(row.schema().columns().get(column)) : column;
        boolean apostrophe = how.excel() && shape.length() > 0 && formulaStart(shape.first());
        return openCells(cells, at, shape, apostrophe);
    }

    /**
     * A record whose cell {@code at} (empty in {@code cells}) is a streamed value of this shape, with Excel's
     * apostrophe before it when {@code apostrophe}; null (the default) when this format does not stream values.
     */
    protected RowFormat.OpenRecord openCells(Object[] cells, int at, StreamedText.Shape shape, boolean apostrophe) {
        return null;
    }

    /** A row's cells: the {@code record} field of a mixed stream first, in the union header's columns. */
    private static Object[] cells(Row row, RowFormat how) {
        Object[] v = row.values();
        if (!how.recordField()) {
            Object[] c = new Object[v.length];
            for (int i = 0; i < v.length; i++) c[i] = cell(v[i], how.excel());
            return c;
        }
        List<String> cols = Schema.MIXED.columns();
        Object[] c = new Object[cols.size() + 1];
        Arrays.fill(c, "");
        c[0] = row.schema().name();
        List<String> own = row.schema().columns();
        for (int i = 0; i < own.size(); i++) c[1 + cols.indexOf(own.get(i))] = cell(v[i], how.excel());
        return c;
    }

    /** A value as a cell: empty for null, numbers in plain notation, Excel mode's apostrophe before a formula start. */
    static String cell(Object o, boolean excel) {
        if (o == null) return "";
        if (o instanceof StreamedText) throw new IllegalArgumentException("a streamed value is written by RecordWriter.writeStreamed");
        String s = o instanceof BigDecimal b ? b.toPlainString() : o.toString();
        if (excel && !s.isEmpty() && !(o instanceof Number) && formulaStart(s.charAt(0))) s = "'" + s;
        return s;
    }

    /** A first character that makes a spreadsheet run a cell (Excel mode prefixes such a cell with an apostrophe). */
    static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
