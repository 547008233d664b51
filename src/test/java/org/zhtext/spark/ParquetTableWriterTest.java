package org.zhtext.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/**
 * The job's own Parquet writer, read back with Parquet's reader (the library Spark reads with): every value, null
 * and type of several row groups; statistics equal to each row group's real minimum and maximum; filters that use
 * the statistics and column indexes find exactly the matching rows; a dictionary that outgrows its limit goes on
 * in PLAIN; a column that is null throughout.
 */
class ParquetTableWriterTest {
    @TempDir
    Path dir;

    private static final String[] POS = {"n", "v", "nr", "ns", "w", "m", "q", "a"};

    /** Tokens-like rows: 600,000 (three row groups), files as runs, repeating words, some null columns. */
    private static List<Row> tokens() {
        List<Row> rows = new ArrayList<>();
        Random random = new Random(11);
        String file = null;
        for (int i = 0; i < 600_000; i++) {
            if (i % 1000 == 0) file = String.format("corpus/%05d.txt", i / 1000);
            String word = "詞" + random.nextInt(60_000);
            rows.add(Row.of(Schema.TOKEN, file, i / 40, i % 1000, word, i * 2, i * 2 + word.length() - 1,
                    POS[random.nextInt(POS.length)], i % 7 == 0 ? null : word.replace('詞', '词')));
        }
        return rows;
    }

    /** Figures-like rows: unique long texts (the dictionary overflows), decimals, booleans, a column always null. */
    private static List<Row> figures() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            String text = "第" + i + "项：" + "关税".repeat(10 + i % 5);
            rows.add(Row.of(Schema.FIGURE, "f" + (i / 100), i % 3 == 0 ? "percent" : "money", text, i, i + 3,
                    i % 4 == 0 ? null : new BigDecimal(i).movePointLeft(2), null, null, i % 2 == 0 ? "%" : "USD", null,
                    null, i % 5 == 0, i % 3 == 0 ? null : i % 2 == 0, null, i / 10, null, null, null));
        }
        return rows;
    }

    private Path write(Schema schema, List<Row> rows) throws Exception {
        Path p = dir.resolve(schema.name() + ".parquet");
        try (ParquetTableWriter w = ParquetTables.writer(schema, new org.apache.hadoop.fs.Path(p.toUri()), new Configuration())) {
            for (Row r : rows) w.write(r);
        }
        return p;
    }

    private static List<List<String>> read(Path p, Schema schema, FilterPredicate filter) throws Exception {
        List<List<String>> out = new ArrayList<>();
        ParquetReader.Builder<Group> b = ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(p.toUri()));
        if (filter != null) b = b.withFilter(FilterCompat.get(filter));
        try (ParquetReader<Group> r = b.build()) {
            for (Group g = r.read(); g != null; g = r.read()) {
                List<String> row = new ArrayList<>();
                for (String c : schema.columns()) row.add(g.getFieldRepetitionCount(c) == 0 ? null : g.getValueToString(schema.columns().indexOf(c), 0));
                out.add(row);
            }
        }
        return out;
    }

    private static List<List<String>> expected(List<Row> rows, Predicate<Row> keep) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            if (!keep.test(r)) continue;
            out.add(Arrays.stream(r.values()).map(v -> v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString()).toList());
        }
        return out;
    }

    @Test
    void tokensReadBackWithTheirStatisticsAndFilters() throws Exception {
        List<Row> rows = tokens();
        Path p = write(Schema.TOKEN, rows);
        assertEquals(expected(rows, r -> true), read(p, Schema.TOKEN, null));

        ParquetMetadata footer;
        try (ParquetFileReader f = ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(p.toUri()), new Configuration()))) {
            footer = f.getFooter();
        }
        assertEquals(3, footer.getBlocks().size(), "600,000 rows in row groups of 262,144");
        assertTrue(footer.getFileMetaData().getKeyValueMetaData().get(ParquetTables.SPARK_SCHEMA_KEY).contains("\"normalized\""));
        int first = 0;
        for (BlockMetaData block : footer.getBlocks()) {
            List<Row> group = rows.subList(first, first + (int) block.getRowCount());
            first += (int) block.getRowCount();
            for (ColumnChunkMetaData c : block.getColumns()) {
                String name = c.getPath().toDotString();
                int k = Schema.TOKEN.columns().indexOf(name);
                Statistics<?> s = c.getStatistics();
                if (ParquetTables.NO_STATISTICS.contains(name)) {
                    assertTrue(!s.hasNonNullValue(), name + " keeps no min/max");
                    continue;
                }
                assertEquals(group.stream().filter(r -> r.values()[k] == null).count(), s.getNumNulls(), name);
                if (c.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT32) {
                    assertEquals(group.stream().mapToInt(r -> (Integer) r.values()[k]).min().getAsInt(), s.genericGetMin(), name);
                    assertEquals(group.stream().mapToInt(r -> (Integer) r.values()[k]).max().getAsInt(), s.genericGetMax(), name);
                } else {
                    // Parquet's order of strings: their UTF-8 bytes, unsigned
                    List<byte[]> values = group.stream().map(r -> (String) r.values()[k]).filter(Objects::nonNull)
                            .map(v -> v.getBytes(StandardCharsets.UTF_8)).sorted(Arrays::compareUnsigned).toList();
                    assertEquals(Binary.fromConstantByteArray(values.get(0)), s.genericGetMin(), name);
                    assertEquals(Binary.fromConstantByteArray(values.get(values.size() - 1)), s.genericGetMax(), name);
                }
            }
        }
        // filters that skip row groups and pages by the statistics and column indexes: exactly the matching rows
        assertEquals(expected(rows, r -> r.values()[0].equals("corpus/00321.txt")),
                read(p, Schema.TOKEN, FilterApi.eq(FilterApi.binaryColumn("file"), Binary.fromString("corpus/00321.txt"))));
        assertEquals(expected(rows, r -> (Integer) r.values()[4] >= 700_000 && (Integer) r.values()[4] < 700_100),
                read(p, Schema.TOKEN, FilterApi.and(FilterApi.gtEq(FilterApi.intColumn("start"), 700_000),
                        FilterApi.lt(FilterApi.intColumn("start"), 700_100))));
        assertEquals(expected(rows, r -> r.values()[6].equals("nr") && (Integer) r.values()[1] < 100),
                read(p, Schema.TOKEN, FilterApi.and(FilterApi.eq(FilterApi.binaryColumn("pos"), Binary.fromString("nr")),
                        FilterApi.lt(FilterApi.intColumn("sentence"), 100))));
    }

    @Test
    void overflowingDictionariesDecimalsBooleansAndNullColumnsReadBack() throws Exception {
        List<Row> rows = figures();
        Path p = write(Schema.FIGURE, rows);
        assertEquals(expected(rows, r -> true), read(p, Schema.FIGURE, null));
        try (ParquetFileReader f = ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(p.toUri()), new Configuration()))) {
            BlockMetaData block = f.getFooter().getBlocks().get(0);
            ColumnChunkMetaData text = block.getColumns().get(Schema.FIGURE.columns().indexOf("text"));
            assertTrue(text.getEncodings().contains(Encoding.PLAIN),
                    "the texts' dictionary outgrew its limit: PLAIN pages " + text.getEncodings());
            ColumnChunkMetaData low = block.getColumns().get(Schema.FIGURE.columns().indexOf("low"));
            assertEquals(rows.size(), low.getStatistics().getNumNulls());
            ColumnChunkMetaData unit = block.getColumns().get(Schema.FIGURE.columns().indexOf("unit"));
            assertTrue(unit.getEncodings().contains(Encoding.PLAIN_DICTIONARY), "a repeated string stays a dictionary");
        }
        assertEquals(expected(rows, r -> Boolean.TRUE.equals(r.values()[11])),
                read(p, Schema.FIGURE, FilterApi.eq(FilterApi.booleanColumn("tariff"), true)));
    }
}
