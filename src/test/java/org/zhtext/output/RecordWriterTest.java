package org.zhtext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordWriterTest {
    private static final Row ERR = Row.of(Schema.ERROR, "a,\"b\".txt", "line1\nline2\ttab");
    private static final Row FIG = Row.of(Schema.FIGURE, "x.txt", "money", "80 亿美元", 0, 6, new BigDecimal("8E+9"), null, null,
            null, "USD", null, true, null, null, 0, null, null, null);

    private static String write(RecordFormat f, boolean recordField, boolean excel, Row... rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordWriter w = new RecordWriter(bytes, f, recordField, excel)) {
            w.writeAll(List.of(rows));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvQuotesPerRfc4180WithHeader() throws Exception {
        assertEquals("file,error\r\n\"a,\"\"b\"\".txt\",\"line1\nline2\ttab\"\r\n", write(RecordFormats.CSV, false, false, ERR));
    }

    @Test
    void tsvEscapesTabsAndNewlines() throws Exception {
        assertEquals("file\terror\na,\"b\".txt\tline1\\nline2\\ttab\n", write(RecordFormats.TSV, false, false, ERR));
    }

    @Test
    void jsonlWritesNumbersPlainAndNullsAsNull() throws Exception {
        String s = write(RecordFormats.JSONL, false, false, FIG);
        JsonNode n = new ObjectMapper().readTree(s);
        assertEquals("8000000000", n.get("value").toString());
        assertEquals(true, n.get("tariff").asBoolean());
        assertEquals(true, n.get("low").isNull());
        assertEquals(List.of("file", "kind", "text"), List.of(n.fieldNames().next(), "kind", "text"));
    }

    @Test
    void jsonStringsAreEscapedAndParseBack() throws Exception {
        String nasty = "引号\"反斜杠\\换行\n制表\t\u0001\u2028𫜰";
        String s = write(RecordFormats.JSONL, true, false, Row.of(Schema.ERROR, nasty, "ok"));
        assertEquals(1, s.split("\n").length, "one line per record");
        JsonNode n = new ObjectMapper().readTree(s);
        assertEquals(nasty, n.get("file").asText());
        assertEquals("error", n.get("record").asText());
    }

    @Test
    void jsonIsAnArrayOfTheJsonlObjects() throws Exception {
        String s = write(RecordFormats.JSON, true, false, ERR, FIG);
        JsonNode n = new ObjectMapper().readTree(s);
        assertEquals(2, n.size());
        assertEquals("error", n.get(0).get("record").asText());
        assertEquals("figure", n.get(1).get("record").asText());
        assertEquals("[]\n", write(RecordFormats.JSON, false, false));
    }

    @Test
    void excelModeAddsBomAndNeutralizesFormulas() throws Exception {
        Row r = Row.of(Schema.ERROR, "=cmd|' /C calc'!A0", "-2+3");
        String s = write(RecordFormats.CSV, false, true, r);
        assertEquals("\uFEFFfile,error\r\n'=cmd|' /C calc'!A0,'-2+3\r\n", s);
    }

    @Test
    void mixedCsvUsesTheUnionHeader() throws Exception {
        String s = write(RecordFormats.CSV, true, false, ERR, FIG);
        String header = s.substring(0, s.indexOf("\r\n"));
        assertEquals("record," + String.join(",", Schema.MIXED.columns()), header);
        assertEquals(3, s.split("\r\n(?=(error|figure),)").length);
    }
}
