package org.zhtext.spark;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/**
 * One table's Parquet file, written column by column. Rows are buffered per row group as columns (integers and
 * booleans as primitive arrays, strings as dictionary ids keyed by the Java string, so that a repeated value - an
 * article's file name, a tag, a unit - costs one hash-map hit on a cached hash and no byte comparisons); a full row
 * group is encoded as Parquet's version 1 data pages (definition levels RLE, dictionary ids RLE/bit-packed, other
 * values PLAIN), Snappy-compressed, and handed to Parquet's own {@link ParquetFileWriter}, which writes the page
 * headers, the column and offset indexes and the footer. Min/max statistics are computed per page on integers and,
 * for dictionary columns, on the dictionary's order (each distinct value compared once, not every value); a string
 * column whose dictionary outgrows {@link #DICTIONARY_BYTES} continues the row group in PLAIN encoding, as Parquet's
 * writer does. Parquet's record-level writer (ParquetWriter, MessageColumnIO) did the same per value through
 * hashing and comparing byte arrays: about four times this writer's CPU time (docs/SPARK.md). Row groups hold at
 * most {@link #ROW_GROUP_ROWS} rows (a quarter million: the buffers stay small, the dictionaries' ids narrow) or
 * {@link #ROW_GROUP_BYTES} of buffered values.
 */
final class ParquetTableWriter implements Closeable {
    static final int ROW_GROUP_ROWS = 1 << 18;
    static final long ROW_GROUP_BYTES = 128L << 20;
    static final int PAGE_ROWS = 20_000;
    static final int PAGE_BYTES = 1 << 20;
    static final int DICTIONARY_BYTES = 1 << 20;

    private final ParquetFileWriter file;
    private final CodecFactory codecs;
    private final BytesInputCompressor compressor;
    private final Map<String, String> footer;
    private final Column[] columns;
    private final PageBuffer page = new PageBuffer();
    private int rows;

    ParquetTableWriter(Schema schema, Path path, Configuration conf, MessageType type, Map<String, String> footer) throws IOException {
        this.file = new ParquetFileWriter(HadoopOutputFile.fromPath(path, conf), type, ParquetFileWriter.Mode.OVERWRITE,
                ROW_GROUP_BYTES, 0, 64, Integer.MAX_VALUE, true);
        this.codecs = new CodecFactory(conf, PAGE_BYTES);
        this.compressor = codecs.getCompressor(CompressionCodecName.SNAPPY);
        this.footer = footer;
        List<String> names = schema.columns();
        this.columns = new Column[names.size()];
        for (int k = 0; k < columns.length; k++) {
            ColumnDescriptor d = type.getColumns().get(k);
            String c = names.get(k);
            boolean stats = !ParquetTables.NO_STATISTICS.contains(c);
            columns[k] = switch (schema.type(c)) {
                case INTEGER -> new IntColumn(d);
                case BOOLEAN -> new BooleanColumn(d);
                case STRING, NUMBER_OR_STRING -> new StringColumn(d, stats);
            };
        }
        file.start();
    }

    void write(Row row) throws IOException {
        Object[] v = row.values();
        long bytes = 0;
        for (int k = 0; k < columns.length; k++) bytes += columns[k].add(v[k], rows);
        rows++;
        if (rows == ROW_GROUP_ROWS || bytes > ROW_GROUP_BYTES) flush();
    }

    private void flush() throws IOException {
        if (rows == 0) return;
        file.startBlock(rows);
        for (Column c : columns) {
            file.startColumn(c.descriptor, rows, CompressionCodecName.SNAPPY);
            c.writeChunk(rows);
            file.endColumn();
            c.reset();
        }
        file.endBlock();
        rows = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
            file.end(footer);
        } finally {
            codecs.release();
        }
    }

    /** A growable byte buffer (unsynchronized, unlike ByteArrayOutputStream) whose contents go to the compressor without a copy. */
    private static final class PageBuffer extends OutputStream {
        private byte[] buf = new byte[1 << 16];
        private int count;

        void reset() {
            count = 0;
        }

        int size() {
            return count;
        }

        BytesInput bytes() {
            return BytesInput.from(buf, 0, count);
        }

        private void ensure(int more) {
            if (count + more > buf.length) buf = Arrays.copyOf(buf, Math.max(count + more, buf.length * 2));
        }

        @Override
        public void write(int b) {
            ensure(1);
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        void intLE(int v) {
            ensure(4);
            buf[count] = (byte) v;
            buf[count + 1] = (byte) (v >>> 8);
            buf[count + 2] = (byte) (v >>> 16);
            buf[count + 3] = (byte) (v >>> 24);
            count += 4;
        }

        /** Writes {@code v} at {@code at} (a length reserved before its contents). */
        void intLE(int at, int v) {
            buf[at] = (byte) v;
            buf[at + 1] = (byte) (v >>> 8);
            buf[at + 2] = (byte) (v >>> 16);
            buf[at + 3] = (byte) (v >>> 24);
        }

        void unsignedVarInt(int v) {
            while ((v & ~0x7F) != 0) {
                write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write(v);
        }
    }

    /** One column of the current row group: values (nulls as definition level 0) and their encoding. */
    private abstract class Column {
        final ColumnDescriptor descriptor;
        final PrimitiveType type;
        /** Null flags by row, allocated at the first null of a row group. */
        boolean[] nulls;
        int nullCount;

        Column(ColumnDescriptor descriptor) {
            this.descriptor = descriptor;
            this.type = descriptor.getPrimitiveType();
        }

        /** Adds row {@code row}'s value; returns the bytes this column buffers (for the row group's size limit). */
        final long add(Object value, int row) {
            if (value == null && nulls == null) nulls = new boolean[Math.max(1024, row * 2)];
            if (nulls != null && row >= nulls.length) nulls = Arrays.copyOf(nulls, Math.max(row + 1, nulls.length * 2));
            if (value != null) return addValue(value);
            nulls[row] = true;
            nullCount++;
            return bufferedBytes();
        }

        final boolean isNull(int row) {
            return nulls != null && nulls[row];
        }

        abstract long addValue(Object value);

        abstract long bufferedBytes();

        /** Writes this column's chunk of {@code rows} rows: dictionary page (if any) and data pages. */
        void writeChunk(int rows) throws IOException {
            int value = 0;
            for (int from = 0; from < rows; ) {
                int to = pageEnd(from, rows, value);
                int defined = 0;
                for (int r = from; r < to; r++) if (!isNull(r)) defined++;
                page.reset();
                definitionLevels(from, to, defined);
                Encoding encoding = values(value, value + defined);
                Statistics<?> stats = statistics(value, value + defined, to - from - defined);
                BytesInput raw = page.bytes();
                BytesInput compressed = compressor.compress(raw);
                file.writeDataPage(to - from, Math.toIntExact(raw.size()), compressed, stats, to - from, Encoding.BIT_PACKED,
                        Encoding.RLE, encoding);
                value += defined;
                from = to;
            }
        }

        /** The end of the page starting at row {@code from} (its first value being the {@code value}-th non-null). */
        int pageEnd(int from, int rows, int value) {
            return Math.min(rows, from + PAGE_ROWS);
        }

        /** Definition levels of rows [from, to): a 4-byte length, then RLE runs (one run when no row is null). */
        private void definitionLevels(int from, int to, int defined) throws IOException {
            int start = page.size();
            page.intLE(0);
            if (defined == to - from || defined == 0) {
                page.unsignedVarInt((to - from) << 1);
                page.write(defined == 0 ? 0 : 1);
            } else {
                RunLengthBitPackingHybridEncoder e = new RunLengthBitPackingHybridEncoder(1, 1024, PAGE_BYTES, HeapByteBufferAllocator.getInstance());
                for (int r = from; r < to; r++) e.writeInt(isNull(r) ? 0 : 1);
                e.toBytes().writeAllTo(page);
                e.close();
            }
            page.intLE(start, page.size() - start - 4);
        }

        /** Encodes values [from, to) (indexes among the non-null values) into the page; returns their encoding. */
        abstract Encoding values(int from, int to) throws IOException;

        /** Statistics of values [from, to) and {@code nulls} nulls, or empty statistics when the column keeps none. */
        abstract Statistics<?> statistics(int from, int to, int nulls);

        final Statistics<?> minMax(byte[] min, byte[] max, int nulls) {
            Statistics.Builder b = Statistics.getBuilderForReading(type).withNumNulls(nulls);
            if (min != null) b.withMin(min).withMax(max);
            return b.build();
        }

        void reset() {
            nulls = null;
            nullCount = 0;
        }
    }

    private class IntColumn extends Column {
        int[] values = new int[1024];
        int size;

        IntColumn(ColumnDescriptor d) {
            super(d);
        }

        @Override
        long addValue(Object value) {
            return addInt(((Number) value).intValue());
        }

        final long addInt(int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
            return bufferedBytes();
        }

        @Override
        long bufferedBytes() {
            return 4L * size;
        }

        @Override
        Encoding values(int from, int to) {
            for (int i = from; i < to; i++) page.intLE(values[i]);
            return Encoding.PLAIN;
        }

        @Override
        Statistics<?> statistics(int from, int to, int nulls) {
            if (from == to) return minMax(null, null, nulls);
            int min = values[from], max = min;
            for (int i = from + 1; i < to; i++) {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
            return minMax(bytes(min), bytes(max), nulls);
        }

        /** A minimum or maximum as Parquet's statistics hold it (INT32: 4 bytes, little-endian). */
        byte[] bytes(int v) {
            return BytesUtils.intToBytes(v);
        }

        @Override
        void reset() {
            super.reset();
            size = 0;
        }
    }

    /** Booleans, held as 0 and 1: PLAIN is bit-packed, the statistics' minimum and maximum one byte each. */
    private final class BooleanColumn extends IntColumn {
        BooleanColumn(ColumnDescriptor d) {
            super(d);
        }

        @Override
        long addValue(Object value) {
            return addInt((Boolean) value ? 1 : 0);
        }

        @Override
        Encoding values(int from, int to) {
            // least significant bit first
            for (int i = from; i < to; i += 8) {
                int b = 0;
                for (int j = 0; j < 8 && i + j < to; j++) b |= values[i + j] << j;
                page.write(b);
            }
            return Encoding.PLAIN;
        }

        @Override
        byte[] bytes(int v) {
            return new byte[] {(byte) v};
        }
    }

    /**
     * Strings (and decimals, as their plain strings): dictionary ids while the dictionary stays under
     * {@link #DICTIONARY_BYTES}, then PLAIN values for the rest of the row group.
     */
    private final class StringColumn extends Column {
        private final boolean keepStatistics;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<byte[]> dictionary = new ArrayList<>();
        private long dictionaryBytes;
        private int[] values = new int[1024];
        private int size;
        /** The last value added and its id: an article's rows repeat its file name, the same string object. */
        private Object last;
        private int lastId;
        /** After the dictionary overflowed: every value's UTF-8 bytes (plain). */
        private List<byte[]> plain;
        private long plainBytes;
        /** While a chunk is written: each dictionary entry's rank in Parquet's order, and the ids' bit width. */
        private int[] order;
        private int bitWidth;

        StringColumn(ColumnDescriptor d, boolean keepStatistics) {
            super(d);
            this.keepStatistics = keepStatistics;
        }

        @Override
        long addValue(Object value) {
            if (plain != null) {
                byte[] b = string(value).getBytes(StandardCharsets.UTF_8);
                plain.add(b);
                plainBytes += b.length + 4;
                return bufferedBytes();
            }
            int id;
            if (value == last) {
                id = lastId;
            } else {
                String s = string(value);
                Integer known = ids.get(s);
                if (known == null) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    id = dictionary.size();
                    ids.put(s, id);
                    dictionary.add(b);
                    dictionaryBytes += b.length + 4;
                    if (dictionaryBytes > DICTIONARY_BYTES) {
                        toPlain(b);
                        return bufferedBytes();
                    }
                } else {
                    id = known;
                }
                last = value;
                lastId = id;
            }
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = id;
            return bufferedBytes();
        }

        /** The dictionary is full: the row group's values so far, and {@code next}, become plain values. */
        private void toPlain(byte[] next) {
            plain = new ArrayList<>(Math.max(1024, size * 2));
            for (int i = 0; i < size; i++) {
                byte[] b = dictionary.get(values[i]);
                plain.add(b);
                plainBytes += b.length + 4;
            }
            plain.add(next);
            plainBytes += next.length + 4;
            ids.clear();
            dictionary.clear();
            dictionaryBytes = 0;
            size = 0;
            last = null;
        }

        private static String string(Object o) {
            return o instanceof BigDecimal d ? d.toPlainString() : o.toString();
        }

        @Override
        long bufferedBytes() {
            return 4L * size + dictionaryBytes + plainBytes;
        }

        @Override
        void writeChunk(int rows) throws IOException {
            if (plain == null && dictionary.isEmpty()) plain = new ArrayList<>(); // every value null: no dictionary
            if (plain == null) {
                bitWidth = BytesUtils.getWidthFromMaxInt(dictionary.size() - 1);
                if (keepStatistics) order = ranks();
                page.reset();
                for (byte[] b : dictionary) {
                    page.intLE(b.length);
                    page.write(b, 0, b.length);
                }
                BytesInput raw = page.bytes();
                file.writeDictionaryPage(new DictionaryPage(compressor.compress(raw), Math.toIntExact(raw.size()),
                        dictionary.size(), Encoding.PLAIN_DICTIONARY));
            }
            super.writeChunk(rows);
        }

        /** Each dictionary entry's rank in Parquet's order of binary values (unsigned bytes). */
        private int[] ranks() {
            Integer[] sorted = new Integer[dictionary.size()];
            for (int i = 0; i < sorted.length; i++) sorted[i] = i;
            Arrays.sort(sorted, (a, b) -> Arrays.compareUnsigned(dictionary.get(a), dictionary.get(b)));
            int[] rank = new int[sorted.length];
            for (int r = 0; r < sorted.length; r++) rank[sorted[r]] = r;
            return rank;
        }

        @Override
        int pageEnd(int from, int rows, int value) {
            int end = super.pageEnd(from, rows, value);
            if (plain == null) return end;
            long bytes = 0;
            for (int r = from; r < end; r++) {
                if (isNull(r)) continue;
                bytes += plain.get(value++).length + 4;
                if (bytes >= PAGE_BYTES) return r + 1;
            }
            return end;
        }

        @Override
        Encoding values(int from, int to) throws IOException {
            if (plain != null) {
                for (int i = from; i < to; i++) {
                    byte[] b = plain.get(i);
                    page.intLE(b.length);
                    page.write(b, 0, b.length);
                }
                return Encoding.PLAIN;
            }
            page.write(bitWidth);
            RunLengthBitPackingHybridEncoder e = new RunLengthBitPackingHybridEncoder(bitWidth, 1024, PAGE_BYTES, HeapByteBufferAllocator.getInstance());
            for (int i = from; i < to; i++) e.writeInt(values[i]);
            e.toBytes().writeAllTo(page);
            e.close();
            return Encoding.PLAIN_DICTIONARY;
        }

        @Override
        Statistics<?> statistics(int from, int to, int nulls) {
            if (!keepStatistics) return Statistics.getBuilderForReading(type).build();
            if (from == to) return minMax(null, null, nulls);
            if (plain != null) {
                byte[] min = plain.get(from), max = min;
                for (int i = from + 1; i < to; i++) {
                    byte[] b = plain.get(i);
                    if (Arrays.compareUnsigned(b, min) < 0) min = b;
                    if (Arrays.compareUnsigned(b, max) > 0) max = b;
                }
                return minMax(min, max, nulls);
            }
            int min = values[from], max = min;
            for (int i = from + 1; i < to; i++) {
                int v = values[i];
                if (order[v] < order[min]) min = v;
                if (order[v] > order[max]) max = v;
            }
            return minMax(dictionary.get(min), dictionary.get(max), nulls);
        }

        @Override
        void reset() {
            super.reset();
            ids.clear();
            dictionary.clear();
            dictionaryBytes = 0;
            size = 0;
            last = null;
            plain = null;
            plainBytes = 0;
            order = null;
        }
    }
}
