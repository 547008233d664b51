package org.zhtext.spark;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.zhtext.output.Schema;

/**
 * An article's records in one compact byte string, kept between the analysis and the writing of the tables: a
 * section per table (its byte length, its row count, its rows), each value typed by its column's
 * {@link Schema.Type}. Decoding one table's section skips the others, so each table is read from the kept analysis
 * once, straight into Spark's internal rows, when it is written (Spark's encoders for nested rows cost as much as
 * the analysis itself; its encoder for generic rows re-encodes every string, a tenth of the job's CPU time).
 */
final class RecordCodec {
    private static final List<Schema.Type[]> TYPES = Tables.SCHEMAS.stream().map(s -> s.types().toArray(new Schema.Type[0])).toList();

    private RecordCodec() {}

    /** The records (of the five tables, in the CLI's order) as one byte string; {@code counts} gets rows per table. */
    static byte[] encode(List<org.zhtext.output.Row> records, int[] counts) {
        try {
            ByteArrayOutputStream all = new ByteArrayOutputStream(256 + records.size() * 48);
            DataOutputStream out = new DataOutputStream(all);
            ByteArrayOutputStream section = new ByteArrayOutputStream(256);
            DataOutputStream s = new DataOutputStream(section);
            for (int t = 0; t < Tables.SCHEMAS.size(); t++) {
                Schema schema = Tables.SCHEMAS.get(t);
                Schema.Type[] types = TYPES.get(t);
                section.reset();
                int n = 0;
                for (org.zhtext.output.Row r : records) {
                    if (r.schema() != schema && !r.schema().equals(schema)) continue;
                    n++;
                    Object[] v = r.values();
                    for (int k = 0; k < v.length; k++) write(s, types[k], Tables.value(types[k], v[k]));
                }
                counts[t] = n;
                s.flush();
                out.writeInt(section.size());
                out.writeInt(n);
                section.writeTo(out);
            }
            out.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
    }

    /**
     * The rows of table {@code t} (index in {@link Tables#SCHEMAS}) of an encoded article, as Spark's internal rows of
     * its schema: strings are {@link UTF8String}s over the encoded bytes themselves (the records were encoded as
     * UTF-8), so no value is decoded into a Java string and encoded again on its way to the table's writer.
     */
    static List<InternalRow> decode(byte[] bytes, int t) {
        ByteBuffer in = ByteBuffer.wrap(bytes); // big-endian, as DataOutputStream wrote it
        for (int i = 0; i < t; i++) {
            int len = in.getInt();
            in.getInt();
            in.position(in.position() + len);
        }
        in.getInt();
        int n = in.getInt();
        Schema.Type[] types = TYPES.get(t);
        List<InternalRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] v = new Object[types.length];
            for (int k = 0; k < types.length; k++) v[k] = read(in, bytes, types[k]);
            rows.add(new GenericInternalRow(v));
        }
        return rows;
    }

    private static void write(DataOutputStream s, Schema.Type t, Object v) throws IOException {
        switch (t) {
            case INTEGER -> {
                s.writeBoolean(v != null);
                if (v != null) s.writeInt((Integer) v);
            }
            case BOOLEAN -> s.writeByte(v == null ? 2 : (Boolean) v ? 1 : 0);
            case STRING, NUMBER_OR_STRING -> {
                if (v == null) {
                    s.writeInt(-1);
                } else {
                    byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
                    s.writeInt(b.length);
                    s.write(b);
                }
            }
        }
    }

    private static Object read(ByteBuffer in, byte[] bytes, Schema.Type t) {
        return switch (t) {
            case INTEGER -> in.get() != 0 ? in.getInt() : null;
            case BOOLEAN -> {
                byte b = in.get();
                yield b == 2 ? null : b == 1;
            }
            case STRING, NUMBER_OR_STRING -> {
                int len = in.getInt();
                if (len < 0) yield null;
                int at = in.position();
                in.position(at + len);
                yield UTF8String.fromBytes(bytes, at, len);
            }
        };
    }
}
