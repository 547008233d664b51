package org.zhtext.output;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records as JSON objects, rendered by hand (the hot path of large runs: a Jackson generator per row is 4x slower):
 * one object per record, keys in column order, after a {@code "record"} key in a mixed stream. JSON Lines ends each
 * object with a line end; JSON separates them with {@code ",\n"} inside the array's brackets.
 */
abstract class JsonObjects implements RecordFormat {
    private final boolean lines;

    /** @param lines whether each object is a line of its own (JSON Lines), else objects joined by ",\n" (JSON). */
    JsonObjects(boolean lines) {
        this.lines = lines;
    }

    @Override
    public byte[] render(List<Row> rows, RowFormat how) {
        Utf8Buffer b = BUFFER.get().reset();
        JsonBlock block = new JsonBlock();
        for (int i = 0; i < rows.size(); i++) {
            if (!lines && i > 0) b.ascii(',').ascii('\n');
            object(rows.get(i), how.recordField(), b, block);
            if (lines) b.ascii('\n');
        }
        byte[] out = b.toByteArray();
        if (b.capacity() > KEEP) BUFFER.remove(); // a huge block's buffer is not kept
        return out;
    }

    /** The rendering buffer of each thread, reused from block to block (the bytes are copied out of it). */
    private static final ThreadLocal<Utf8Buffer> BUFFER = ThreadLocal.withInitial(() -> new Utf8Buffer(1 << 16));
    private static final int KEEP = 1 << 22;

    @Override
    public RowFormat.OpenRecord open(Row row, int column, RowFormat how) {
        Object[] v = row.values();
        byte[][] keys = jsonKeys(row.schema());
        Utf8Buffer p = new Utf8Buffer(256).ascii('{');
        if (how.recordField()) p.bytes(recordKey(row.schema()));
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
        if (lines) s.ascii('\n');
        return new RowFormat.OpenRecord(p.toByteArray(), (piece, b) -> b.jsonChars(piece), s.toByteArray());
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

    /** One JSON object. */
    private static void object(Row row, boolean recordField, Utf8Buffer b, JsonBlock block) {
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
            b.bytes(prefix(s, recordField, block));
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
    private static byte[] prefix(String s, boolean recordField, JsonBlock block) {
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

    private static final Map<Schema, byte[][]> JSON_KEYS = new ConcurrentHashMap<>();
    private static final Map<Schema, byte[]> RECORD_KEYS = new ConcurrentHashMap<>();
}
