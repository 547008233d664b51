package org.zhtext.spark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/**
 * Parquet files of the job's tables, written straight from the CLI's records with Parquet's own writer (the library
 * Spark's Parquet source writes with): strings as {@code BINARY (STRING)}, integers as {@code INT32}, booleans as
 * {@code BOOLEAN}, every column optional, Snappy-compressed, with Spark's schema in the footer as Spark writes it
 * (key {@code org.apache.spark.sql.parquet.row.metadata}), so Spark, pyarrow, DuckDB and Polars read the
 * documented types. Dictionary encoding for the columns whose values repeat (file names, tags, kinds, units, token
 * texts), plain encoding for the positions and counts (nearly all distinct: a dictionary only costs time there).
 */
final class ParquetTables {
    /** The key under which Spark keeps a Parquet file's Spark schema (ParquetReadSupport.SPARK_METADATA_KEY). */
    static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";
    /** Columns written without a dictionary: positions and counts, distinct in nearly every row. */
    private static final List<String> PLAIN = List.of("start", "end", "index", "chars", "sentences");

    /** Columns without min/max statistics: free text, where a range says nothing a reader could skip row groups by. */
    private static final List<String> NO_STATISTICS = List.of("text", "normalized", "error");

    private ParquetTables() {}

    /** The Parquet schema of a record schema (message name as Spark's: spark_schema). */
    static MessageType messageType(Schema schema) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String c : schema.columns()) {
            switch (schema.type(c)) {
                case INTEGER -> b.optional(PrimitiveTypeName.INT32).named(c);
                case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c);
                case STRING, NUMBER_OR_STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
            }
        }
        return b.named("spark_schema");
    }

    /** A writer of one table's records to a new Parquet file at {@code path}. */
    static ParquetWriter<Row> writer(Schema schema, Path path, Configuration conf) throws IOException {
        Builder b = new Builder(HadoopOutputFile.fromPath(path, conf), schema).withConf(conf)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).withCompressionCodec(CompressionCodecName.SNAPPY)
                .withDictionaryEncoding(true);
        for (String c : schema.columns()) {
            if (PLAIN.contains(c)) b = b.withDictionaryEncoding(c, false);
            if (NO_STATISTICS.contains(c)) b = b.withStatisticsEnabled(c, false);
        }
        return b.build();
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final Schema schema;

        Builder(org.apache.parquet.io.OutputFile file, Schema schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(schema);
        }
    }

    /** Records of one schema as Parquet records: a null value is a missing optional field. */
    static final class RowWriteSupport extends WriteSupport<Row> {
        private final Schema schema;
        private final MessageType type;
        private final Schema.Type[] types;
        private final String[] names;
        private RecordConsumer out;
        /** The first column's last string and its bytes: the file name, the same string object in an article's rows. */
        private String lastFirst;
        private Binary lastFirstBinary;

        RowWriteSupport(Schema schema) {
            this.schema = schema;
            this.type = messageType(schema);
            this.types = schema.types().toArray(new Schema.Type[0]);
            this.names = schema.columns().toArray(new String[0]);
        }

        @Override
        public WriteContext init(Configuration conf) {
            Map<String, String> meta = new HashMap<>();
            meta.put(SPARK_SCHEMA_KEY, Tables.structType(schema).json());
            return new WriteContext(type, meta);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Row row) {
            Object[] v = row.values();
            out.startMessage();
            for (int k = 0; k < v.length; k++) {
                Object o = v[k];
                if (o == null) continue;
                out.startField(names[k], k);
                switch (types[k]) {
                    case INTEGER -> out.addInteger(((Number) o).intValue());
                    case BOOLEAN -> out.addBoolean((Boolean) o);
                    case STRING, NUMBER_OR_STRING -> out.addBinary(k == 0 ? first(o) : binary(o));
                }
                out.endField(names[k], k);
            }
            out.endMessage();
        }

        private Binary first(Object o) {
            if (o != lastFirst) {
                lastFirst = o instanceof String s ? s : null;
                lastFirstBinary = binary(o);
            }
            return lastFirstBinary;
        }

        private static Binary binary(Object o) {
            // backed by a byte array: hashing and comparing it (dictionary, statistics) is much cheaper than Binary.fromString's buffer
            String s = o instanceof BigDecimal d ? d.toPlainString() : o.toString();
            return Binary.fromConstantByteArray(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
