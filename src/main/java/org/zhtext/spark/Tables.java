package org.zhtext.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhtext.output.Schema;

/**
 * The five tables of {@code analyze --output-dir} (documents, tokens, entities, figures, errors) as Spark sees
 * them: their Spark schemas come from {@link Schema}'s columns and {@link Schema.Type}s, the one definition of the
 * records. All columns are nullable (a failed article's document record has no script or counts; a range has no
 * value). The job's intermediate rows are "analysis rows", one per article: its number of records in each table
 * (columns named like the tables) and the records themselves, encoded ({@link RecordCodec}).
 */
final class Tables {
    /** The tables in the order the CLI writes them, with their directory names. */
    static final List<Schema> SCHEMAS = List.of(Schema.DOCUMENT, Schema.TOKEN, Schema.ENTITY, Schema.FIGURE, Schema.ERROR);
    static final List<String> NAMES = List.of("documents", "tokens", "entities", "figures", "errors");

    /** The schema of the analysis rows. */
    static final StructType ANALYSIS = analysisSchema();

    private Tables() {}

    /** The Spark schema of a record schema. */
    static StructType structType(Schema schema) {
        List<StructField> fields = new ArrayList<>();
        for (String c : schema.columns()) fields.add(DataTypes.createStructField(c, dataType(schema.type(c)), true));
        return DataTypes.createStructType(fields);
    }

    static DataType dataType(Schema.Type t) {
        return switch (t) {
            case INTEGER -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
            case STRING, NUMBER_OR_STRING -> DataTypes.StringType;
        };
    }

    /** The analysis rows' column holding an article's records ({@link RecordCodec}). */
    static final String RECORDS = "records";

    private static StructType analysisSchema() {
        List<StructField> fields = new ArrayList<>();
        for (String name : NAMES) fields.add(DataTypes.createStructField(name, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(RECORDS, DataTypes.BinaryType, false));
        return DataTypes.createStructType(fields);
    }

    /** An article's records (of the five tables, in the CLI's order) as its analysis row. */
    static Row analysisRow(List<org.zhtext.output.Row> records) {
        int[] counts = new int[SCHEMAS.size()];
        byte[] encoded = RecordCodec.encode(records, counts);
        Object[] v = new Object[counts.length + 1];
        for (int i = 0; i < counts.length; i++) v[i] = counts[i];
        v[counts.length] = encoded;
        return RowFactory.create(v);
    }

    /** A record's value as its typed table holds it. */
    static Object value(Schema.Type t, Object o) {
        if (o == null) return null;
        return switch (t) {
            case INTEGER -> ((Number) o).intValue();
            case BOOLEAN -> (Boolean) o;
            case STRING -> o.toString();
            case NUMBER_OR_STRING -> o instanceof BigDecimal b ? b.toPlainString() : o.toString();
        };
    }
}
