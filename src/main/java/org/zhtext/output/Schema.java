package org.zhtext.output;

import java.util.List;

/**
 * A record kind and its columns, in order. The schemas are the contract with users (DESIGN.md): columns are
 * added, never renamed or reordered.
 */
public record Schema(String name, List<String> columns) {
    /** By name only (equal schemas have equal names): a record's own hash walks every column on each call. */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    public static final Schema DOCUMENT = new Schema("document",
            List.of("file", "script", "chars", "sentences", "reference_date", "reference_date_source", "error"));
    public static final Schema NORMALIZE = new Schema("normalize",
            List.of("file", "script", "to", "changed_chars", "text"));
    public static final Schema TOKEN = new Schema("token",
            List.of("file", "sentence", "index", "text", "start", "end", "pos", "normalized"));
    public static final Schema ENTITY = new Schema("entity",
            List.of("file", "type", "text", "start", "end", "normalized", "engine"));
    public static final Schema ENTITY_UNIQUE = new Schema("entity",
            List.of("file", "type", "normalized", "count"));
    public static final Schema FIGURE = new Schema("figure",
            List.of("file", "kind", "text", "start", "end", "value", "low", "high", "unit", "currency", "per",
                    "tariff", "year_inferred", "qualifier", "sentence", "unresolved", "year_source", "direction"));
    /** A tariff event (issue 25, docs/TARIFFS.md); {@code figure_ids} holds the {@code start} of each figure it uses. */
    public static final Schema TARIFF = new Schema("tariff",
            List.of("file", "sentence", "start", "end", "text", "action", "stance", "imposer", "imposer_code", "target",
                    "target_code", "products", "rate", "previous_rate", "effective", "until", "figure_ids", "rate_low", "rate_high"));
    public static final Schema ERROR = new Schema("error", List.of("file", "error"));

    /**
     * The columns of a mixed CSV/TSV stream (analyze to stdout): the union of the article schemas, each
     * column once, in schema order; a row fills the columns of its own kind and leaves the rest empty.
     */
    public static final Schema MIXED = union("mixed", DOCUMENT, TOKEN, ENTITY, FIGURE, ERROR, TARIFF);

    private static Schema union(String name, Schema... schemas) {
        java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>();
        for (Schema s : schemas) cols.addAll(s.columns());
        return new Schema(name, List.copyOf(cols));
    }

    public int size() {
        return columns.size();
    }

    /**
     * The type of a column's values, for typed tables (the Spark job's Parquet, DESIGN.md's record schemas). A column
     * name has one type in every schema.
     */
    public enum Type {
        /** text; null allowed */
        STRING,
        /** a 32-bit integer (code point offsets, indexes, counts) */
        INTEGER,
        /** true or false */
        BOOLEAN,
        /**
         * A figure's value, low and high: a number (BigDecimal, written in plain decimal notation: 200, 8000000000,
         * 0.5) or an ISO 8601 date or duration string ({@code 2025-09-13}, {@code P90D}). Typed tables store it as
         * text: the number as CSV writes it.
         */
        NUMBER_OR_STRING
    }

    private static final java.util.Map<String, Type> TYPES = java.util.Map.ofEntries(
            java.util.Map.entry("chars", Type.INTEGER), java.util.Map.entry("sentences", Type.INTEGER),
            java.util.Map.entry("changed_chars", Type.INTEGER), java.util.Map.entry("sentence", Type.INTEGER),
            java.util.Map.entry("index", Type.INTEGER), java.util.Map.entry("start", Type.INTEGER),
            java.util.Map.entry("end", Type.INTEGER), java.util.Map.entry("count", Type.INTEGER),
            java.util.Map.entry("value", Type.NUMBER_OR_STRING), java.util.Map.entry("low", Type.NUMBER_OR_STRING),
            java.util.Map.entry("high", Type.NUMBER_OR_STRING), java.util.Map.entry("rate", Type.NUMBER_OR_STRING),
            java.util.Map.entry("previous_rate", Type.NUMBER_OR_STRING),
            java.util.Map.entry("rate_low", Type.NUMBER_OR_STRING),
            java.util.Map.entry("rate_high", Type.NUMBER_OR_STRING),
            java.util.Map.entry("tariff", Type.BOOLEAN), java.util.Map.entry("year_inferred", Type.BOOLEAN));

    /** The type of one of this schema's columns (every column not listed as another type is a string). */
    public Type type(String column) {
        return TYPES.getOrDefault(column, Type.STRING);
    }

    /** The types of the columns, in order. */
    public List<Type> types() {
        return columns.stream().map(this::type).toList();
    }
}
