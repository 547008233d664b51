package org.zhtext.output;

import java.util.Arrays;

/**
 * One flat record: values aligned with its schema's columns. Values are String, Integer/Long, BigDecimal,
 * Boolean or null (empty cell / JSON null).
 */
public record Row(Schema schema, Object[] values) {
    public Row {
        if (values.length != schema.size()) {
            throw new IllegalArgumentException(schema.name() + " row has " + values.length + " values, expected " + schema.size());
        }
    }

    public static Row of(Schema schema, Object... values) {
        return new Row(schema, values);
    }

    public Object get(String column) {
        int i = schema.columns().indexOf(column);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.schema.equals(schema) && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return schema.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return schema.name() + Arrays.toString(values);
    }
}
