package org.zhtext.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhtext.output.Schema;

/**
 * The six tables of {@code analyze --output-dir} (documents, tokens, entities, figures, tariffs, errors) as Spark sees
 * them: their Spark schemas come from {@link Schema}'s columns and {@link Schema.Type}s, the one definition of the
 * records. All columns are nullable (a failed article's document record has no script or counts; a range has no
 * value).
 */
final class TableSchemas {
    /** The tables in the order the CLI writes them, with their directory names. */
    static final List<Schema> SCHEMAS = List.of(Schema.DOCUMENT, Schema.TOKEN, Schema.ENTITY, Schema.FIGURE, Schema.TARIFF, Schema.ERROR);
    static final List<String> NAMES = List.of("documents", "tokens", "entities", "figures", "tariffs", "errors");

    /** The index of the errors table (its failed inputs are named on stderr). */
    static final int ERRORS = SCHEMAS.indexOf(Schema.ERROR);

    private TableSchemas() {}

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

    /** The index in {@link #SCHEMAS} of a record's table. */
    static int index(Schema schema) {
        for (int i = 0; i < SCHEMAS.size(); i++) {
            if (SCHEMAS.get(i) == schema) return i;
        }
        int i = SCHEMAS.indexOf(schema);
        if (i < 0) throw new IllegalArgumentException("not a table of analyze: " + schema.name());
        return i;
    }
}
