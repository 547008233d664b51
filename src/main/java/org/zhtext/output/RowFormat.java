package org.zhtext.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How rows are rendered as text: JSON Lines, JSON objects, CSV (RFC 4180, Commons CSV) or TSV (tabs, line
 * breaks and backslashes inside values escaped as {@code \t}, {@code \n}, {@code \r}, {@code \\}).
 * <p>
 * With {@code recordField}, every object/row starts with a {@code record} field naming its kind (the mixed
 * stream of {@code analyze}); in CSV/TSV such a stream uses the union header {@link Schema#MIXED}. In Excel mode
 * a cell that a spreadsheet would run as a formula ({@code = + - @}, tab, CR) is prefixed with an apostrophe.
 * <p>
 * Immutable and thread-safe: workers render each article's block in parallel, and {@link RecordWriter} only
 * writes the text in order.
 */
public record RowFormat(Format format, boolean recordField, boolean excel) {
    public RowFormat {
        if (format != Format.JSONL && format != Format.JSON && format != Format.CSV && format != Format.TSV) {
            throw new IllegalArgumentException("cannot write records as " + format);
        }
    }

    /** Whether this format has a header row. */
    public boolean hasHeader() {
        return format == Format.CSV || format == Format.TSV;
    }

    /** The table a row is written in: its own schema, or the union of all for a mixed CSV/TSV stream. */
    public Schema table(Schema rowSchema) {
        return recordField && hasHeader() ? Schema.MIXED : rowSchema;
    }

    /** The header line of a table (CSV/TSV), with its line end, as UTF-8. */
    public byte[] header(Schema schema) {
        Schema table = table(schema);
        List<String> cols = table.columns();
        Object[] c = new Object[cols.size() + (recordField ? 1 : 0)];
        int k = 0;
        if (recordField) c[k++] = "record";
        for (String col : cols) c[k++] = col;
        StringBuilder sb = new StringBuilder();
        lines(java.util.Collections.singletonList(c), sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Renders rows as one block of UTF-8. JSON Lines, CSV and TSV: one line each, line ends included. JSON: the
     * objects separated by {@code ",\n"}, without a leading or trailing separator ({@link RecordWriter} joins
     * blocks).
     */
    public byte[] render(List<Row> rows) {
        switch (format) {
            case JSONL, JSON -> {
                Utf8Buffer b = new Utf8Buffer(rows.size() * 192);
                JsonBlock block = new JsonBlock();
                for (int i = 0; i < rows.size(); i++) {
                    if (format == Format.JSON && i > 0) b.ascii(',').ascii('\n');
                    json(rows.get(i), b, block);
                    if (format == Format.JSONL) b.ascii('\n');
                }
                return b.toByteArray();
            }
            default -> {
                StringBuilder sb = new StringBuilder(rows.size() * 80);
                List<Object[]> cells = new java.util.ArrayList<>(rows.size());
                for (Row r : rows) cells.add(recordField ? mixedCells(r) : cells(r));
                lines(cells, sb);
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * A record whose value in {@code column} is a {@link StreamedText}, rendered in three parts: everything before
     * the value's characters ({@link OpenRecord#prefix}: the fields before it, the value's opening quote, Excel's
     * apostrophe), the value's pieces ({@link OpenRecord#piece}), and everything after ({@link OpenRecord#suffix}).
     * The three written in order are the bytes {@link #render} gives for the row with the whole value as a
     * String: JSON and TSV escape character by character; CSV's quoting (Commons CSV, RFC 4180, quote mode
     * MINIMAL) and Excel's apostrophe are decided from the value's {@link StreamedText.Shape}, as Commons CSV
     * decides them from the whole value (CSVFormat.printWithQuotes, 1.12).
     */
    public OpenRecord open(Row row, int column) {
        Object[] v = row.values();
        StreamedText.Shape shape = ((StreamedText) v[column]).shape();
        if (format == Format.JSONL || format == Format.JSON) {
            byte[][] keys = jsonKeys(row.schema());
            Utf8Buffer p = new Utf8Buffer(256).ascii('{');
            if (recordField) p.bytes(recordKey(row.schema()));
            for (int i = 0; i < column; i++) {
                p.bytes(keys[i]);
                value(v[i], p);
            }
            p.bytes(keys[column]).ascii('"');
            Utf8Buffer s = new Utf8Buffer(64).ascii('"');
            for (int i = column + 1; i < v.length; i++) {
                s.bytes(keys[i]);
                value(v[i], s);
            }
            s.ascii('}');
            if (format == Format.JSONL) s.ascii('\n');
            return new OpenRecord(OpenRecord.JSON, p.toByteArray(), s.toByteArray());
        }
        Object[] others = v.clone();
        others[column] = "";
        Row placeholder = new Row(row.schema(), others);
        Object[] cells = recordField ? mixedCells(placeholder) : cells(placeholder);
        int at = recordField ? 1 + Schema.MIXED.columns().indexOf(row.schema().columns().get(column)) : column;
        boolean apostrophe = excel && shape.length() > 0 && formulaStart(shape.first());
        StringBuilder p = new StringBuilder(), s = new StringBuilder();
        int kind;
        if (format == Format.TSV) {
            kind = OpenRecord.TSV;
            for (int i = 0; i < at; i++) {
                tsvEscape(String.valueOf(cells[i]), p);
                p.append('\t');
            }
            if (apostrophe) p.append('\'');
            for (int i = at + 1; i < cells.length; i++) {
                s.append('\t');
                tsvEscape(String.valueOf(cells[i]), s);
            }
            s.append('\n');
        } else {
            CSVFormat csv = CSVFormat.RFC4180;
            boolean quote = csvQuoted(shape, apostrophe, at == 0);
            kind = quote ? OpenRecord.CSV_QUOTED : OpenRecord.CSV_PLAIN;
            try {
                for (int i = 0; i < at; i++) csv.print(cells[i], p, i == 0);
                if (at > 0) p.append(csv.getDelimiterString());
                if (quote) p.append(csv.getQuoteCharacter().charValue());
                if (apostrophe) p.append('\'');
                if (quote) s.append(csv.getQuoteCharacter().charValue());
                for (int i = at + 1; i < cells.length; i++) csv.print(cells[i], s, false);
                csv.println(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not fail
            }
        }
        return new OpenRecord(kind, p.toString().getBytes(StandardCharsets.UTF_8), s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether Commons CSV 1.12 (RFC 4180: quote '"', no escape character, delimiter ',', quote mode MINIMAL) quotes a
     * value of this shape, with Excel's apostrophe before it when {@code apostrophe}: an empty value only first on
     * its line; a value starting with a char up to '#'; one containing CR, LF, '"' or ','; one ending with a char
     * up to ' '.
     */
    private static boolean csvQuoted(StreamedText.Shape shape, boolean apostrophe, boolean newRecord) {
        if (shape.length() == 0) return newRecord; // no apostrophe on an empty value
        char first = apostrophe ? '\'' : shape.first();
        return first <= '#' || shape.csvSpecial() || shape.last() <= ' ';
    }

    /**
     * A record with a streamed value, as {@link #open} renders it: the bytes before the value's characters, each
     * piece of it as it comes, the bytes after.
     */
    public record OpenRecord(int kind, byte[] prefix, byte[] suffix) {
        static final int JSON = 0, CSV_PLAIN = 1, CSV_QUOTED = 2, TSV = 3;

        /** Appends one piece of the value, escaped as the format escapes it inside the value. */
        public void piece(String s, Utf8Buffer b) {
            switch (kind) {
                case JSON -> b.jsonChars(s);
                case CSV_PLAIN -> b.text(s);
                case CSV_QUOTED -> b.text(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\""));
                default -> {
                    StringBuilder sb = new StringBuilder(s.length() + 16);
                    tsvEscape(s, sb);
                    b.text(sb.toString());
                }
            }
        }
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

    /**
     * A string value as this format writes it in a record, before quoting: in an Excel-mode CSV or TSV cell, with the
     * apostrophe that keeps a spreadsheet from running it. Compare a table's cells to a value through this.
     */
    public String cellText(String value) {
        return hasHeader() ? cell(value) : value;
    }

    private String cell(Object o) {
        if (o == null) return "";
        if (o instanceof StreamedText) throw new IllegalArgumentException("a streamed value is written by RecordWriter.writeStreamed");
        String s = o instanceof BigDecimal b ? b.toPlainString() : o.toString();
        if (excel && !s.isEmpty() && !(o instanceof Number) && formulaStart(s.charAt(0))) s = "'" + s;
        return s;
    }

    /** A first character that makes a spreadsheet run a cell (Excel mode prefixes such a cell with an apostrophe). */
    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** CSV through one Commons CSV printer per block; TSV with its escapes. */
    private void lines(List<Object[]> rows, StringBuilder sb) {
        if (format == Format.TSV) {
            for (Object[] cells : rows) {
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) sb.append('\t');
                    tsvEscape(String.valueOf(cells[i]), sb);
                }
                sb.append('\n');
            }
            return;
        }
        try {
            CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180);
            for (Object[] cells : rows) p.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
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

    /**
     * What the rows of one block share: the keys of the last schema, and the start of an object up to the second
     * value for the last first-column string (the file name, the same object in every row of an article):
     * {@code {"record":"token","file":"a.txt","sentence":} as one byte string.
     */
    private static final class JsonBlock {
        Schema schema;
        byte[][] keys;
        byte[] recordKey;
        String first;
        byte[] prefix;
    }

    /** One JSON object, rendered by hand: the hot path of large runs (a Jackson generator per row is 4x slower). */
    private void json(Row row, Utf8Buffer b, JsonBlock block) {
        if (row.schema() != block.schema) {
            block.schema = row.schema();
            block.keys = jsonKeys(block.schema);
            block.recordKey = recordField ? recordKey(block.schema) : null;
            block.first = null;
        }
        byte[][] keys = block.keys;
        Object[] v = row.values();
        int i = 0;
        if (v[0] instanceof String s) {
            b.bytes(prefix(s, block));
            i = Math.min(2, v.length);
            if (v.length > 1) value(v[1], b);
        } else {
            b.ascii('{');
            if (recordField) b.bytes(block.recordKey);
        }
        for (; i < v.length; i++) {
            b.bytes(keys[i]);
            value(v[i], b);
        }
        b.ascii('}');
    }

    private static void value(Object o, Utf8Buffer b) {
        if (o == null) b.bytes(NULL);
        else if (o instanceof StreamedText) throw new IllegalArgumentException("a streamed value is written by RecordWriter.writeStreamed");
        else if (o instanceof String s) b.jsonString(s);
        else if (o instanceof Integer n) b.integer(n);
        else if (o instanceof BigDecimal d) b.text(d.toPlainString());
        else if (o instanceof Number || o instanceof Boolean) b.text(o.toString());
        else b.jsonString(o.toString());
    }

    /** {@code {}, the record key, the first key and {@code s} as its value, and the second key (if any), once per string. */
    private byte[] prefix(String s, JsonBlock block) {
        if (s != block.first) {
            block.first = s;
            Utf8Buffer p = new Utf8Buffer(s.length() * 3 + 64).ascii('{');
            if (recordField) p.bytes(block.recordKey);
            p.bytes(block.keys[0]).jsonString(s);
            if (block.keys.length > 1) p.bytes(block.keys[1]);
            block.prefix = p.toByteArray();
        }
        return block.prefix;
    }

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    /** {@code "name":} (with the separating comma after the first) per column, as UTF-8, computed once per schema. */
    private static byte[][] jsonKeys(Schema schema) {
        return JSON_KEYS.computeIfAbsent(schema, s -> {
            byte[][] k = new byte[s.size()][];
            for (int i = 0; i < k.length; i++) {
                Utf8Buffer b = new Utf8Buffer(32);
                if (i > 0) b.ascii(',');
                k[i] = b.jsonString(s.columns().get(i)).ascii(':').toByteArray();
            }
            return k;
        });
    }

    /** {@code "record":"kind",} of the mixed stream, per schema. */
    private static byte[] recordKey(Schema schema) {
        return RECORD_KEYS.computeIfAbsent(schema, s -> new Utf8Buffer(32).text("\"record\":").jsonString(s.name()).ascii(',').toByteArray());
    }

    private static final java.util.Map<Schema, byte[][]> JSON_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Schema, byte[]> RECORD_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
}
