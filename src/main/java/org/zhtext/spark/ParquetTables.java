package org.zhtext.spark;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.zhtext.output.Schema;

/**
 * Parquet files of the job's tables, the types Spark's Parquet source writes: strings as {@code BINARY (STRING)},
 * integers as {@code INT32}, booleans as {@code BOOLEAN}, every column optional, Snappy-compressed, with Spark's
 * schema in the footer as Spark writes it (key {@code org.apache.spark.sql.parquet.row.metadata}), so Spark,
 * pyarrow, DuckDB and Polars read the documented types. Strings are dictionary-encoded (file names, tags, kinds,
 * units and token texts repeat), integers and booleans PLAIN; written by {@link ParquetTableWriter}.
 */
final class ParquetTables {
    /** The key under which Spark keeps a Parquet file's Spark schema (ParquetReadSupport.SPARK_METADATA_KEY). */
    static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";
    /** Columns without min/max statistics: free text, where a range says nothing a reader could skip row groups by. */
    static final List<String> NO_STATISTICS = List.of("text", "normalized", "error");

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

    /** A writer of one table's records to a new Parquet file at {@code path}, with Spark's schema in the footer. */
    static ParquetTableWriter writer(Schema schema, Path path, Configuration conf) throws IOException {
        return new ParquetTableWriter(schema, path, conf, messageType(schema), Map.of(SPARK_SCHEMA_KEY, TableSchemas.structType(schema).json()));
    }
}
