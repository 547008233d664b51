package org.zhtext.output;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes flat records as JSON Lines, JSON (an array of the JSON Lines objects), CSV (RFC 4180, header row) or
 * TSV (header row; tabs and line breaks inside values escaped as \t, \n, \r and backslash as \\).
 * <p>
 * With {@code recordField}, every object/row starts with a {@code record} field naming its kind (the mixed
 * stream of {@code analyze}). CSV/TSV print one header, before the first row; a mixed stream in CSV/TSV uses
 * the union header {@link Schema#MIXED}. In Excel mode a cell that a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 * <p>
 * Not thread-safe: one writer per output; callers render each article's records as a block.
 */
public final class RecordWriter implements AutoCloseable {
    private final Writer out;
    private final Format format;
    private final boolean recordField;
    private final boolean excel;
    private Schema headerWritten;
    private boolean first = true;
    private boolean opened;

    public RecordWriter(Writer out, Format format, boolean recordField, boolean excel) {
        if (format != Format.JSONL && format != Format.JSON && format != Format.CSV && format != Format.TSV) {
            throw new IllegalArgumentException("RecordWriter cannot write " + format);
        }
        this.out = out;
        this.format = format;
        this.recordField = recordField;
        this.excel = excel;
    }

    /** Writes the start of the output (JSON's '[', Excel's BOM). Called automatically by the first write. */
    public void begin() throws IOException {
        if (opened) return;
        opened = true;
        if (excel && format == Format.CSV) out.write('\uFEFF');
        if (format == Format.JSON) out.write("[");
    }

    /** Writes the header of a table even when no row follows (an empty CSV still has its header). */
    public void header(Schema schema) throws IOException {
        begin();
        if ((format == Format.CSV || format == Format.TSV) && headerWritten == null) {
            writeHeader(recordField ? Schema.MIXED : schema);
        }
    }

    public void write(Row row) throws IOException {
        begin();
        out.write(render(row));
    }

    /**
     * Writes rows one after the other (each rendered on its own, so a huge article's records are never held
     * as one string: a single 30 MB article can have a million figures).
     */
    public void writeAll(List<Row> rows) throws IOException {
        begin();
        for (Row r : rows) out.write(render(r));
    }

    /** Renders one row as the text this writer would write (headers included when first needed). */
    String render(Row row) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        switch (format) {
            case JSONL -> sb.append(json(row)).append('\n');
            case JSON -> {
                sb.append(first ? "\n" : ",\n").append(json(row));
                first = false;
            }
            case CSV, TSV -> {
                Schema table = recordField ? Schema.MIXED : row.schema();
                if (headerWritten == null) {
                    headerWritten = table;
                    sb.append(line(headerCells(table)));
                }
                sb.append(line(recordField ? mixedCells(row) : cells(row)));
            }
            default -> throw new IllegalStateException();
        }
        return sb.toString();
    }

    private void writeHeader(Schema schema) throws IOException {
        headerWritten = schema;
        out.write(line(headerCells(schema)));
    }

    private Object[] headerCells(Schema s) {
        List<String> cols = s.columns();
        Object[] c = new Object[cols.size() + (recordField ? 1 : 0)];
        int k = 0;
        if (recordField) c[k++] = "record";
        for (String col : cols) c[k++] = col;
        return c;
    }

    private Object[] cells(Row row) {
        Object[] v = row.values();
        Object[] c = new Object[v.length + (recordField ? 1 : 0)];
        int k = 0;
        if (recordField) c[k++] = row.schema().name();
        for (Object o : v) c[k++] = cell(o);
        return c;
    }

    private Object[] mixedCells(Row row) {
        List<String> cols = Schema.MIXED.columns();
        Object[] c = new Object[cols.size() + 1];
        java.util.Arrays.fill(c, "");
        c[0] = row.schema().name();
        List<String> own = row.schema().columns();
        for (int i = 0; i < own.size(); i++) c[1 + cols.indexOf(own.get(i))] = cell(row.values()[i]);
        return c;
    }

    private String cell(Object o) {
        if (o == null) return "";
        String s = o instanceof BigDecimal b ? b.toPlainString() : o.toString();
        if (excel && !s.isEmpty() && !(o instanceof Number)) {
            char c = s.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') s = "'" + s;
        }
        return s;
    }

    private String line(Object[] cells) throws IOException {
        if (format == Format.TSV) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) sb.append('\t');
                tsvEscape(String.valueOf(cells[i]), sb);
            }
            return sb.append('\n').toString();
        }
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            p.printRecord(cells);
        }
        return sb.toString();
    }

    private static void tsvEscape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
    }

    /** One JSON object, rendered by hand: this is the hot path of large runs (a Jackson generator per row is 4x slower). */
    private String json(Row row) {
        StringBuilder sb = new StringBuilder(160);
        sb.append('{');
        if (recordField) {
            sb.append("\"record\":");
            jsonString(row.schema().name(), sb);
            sb.append(',');
        }
        List<String> cols = row.schema().columns();
        Object[] v = row.values();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(',');
            jsonString(cols.get(i), sb);
            sb.append(':');
            Object o = v[i];
            if (o == null) sb.append("null");
            else if (o instanceof BigDecimal b) sb.append(b.toPlainString());
            else if (o instanceof Number || o instanceof Boolean) sb.append(o);
            else jsonString(o.toString(), sb);
        }
        return sb.append('}').toString();
    }

    /** Appends a JSON string literal (RFC 8259): quotes, backslashes and control characters escaped, the rest as is. */
    static void jsonString(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || (Character.isSurrogate(c) && !pairedAt(s, i))) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Whether the surrogate at i is half of a well-formed pair (a lone surrogate is written escaped). */
    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Writes the end of the output (JSON's ']') and flushes. Does not close the underlying writer. */
    public void finish() throws IOException {
        begin();
        if (format == Format.JSON) out.write(first ? "]\n" : "\n]\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
