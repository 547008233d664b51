package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 through the CLI: --prefer, and the unresolved column in every format and in analyze's figure records. */
class FigureDatesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> records(String out) {
        return out.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void preferChoosesWhichWeekday() {
        String text = "财政部周三宣布新的补贴措施。";
        Cli.Result def = Cli.runWithStdin(text, "figures", "--reference-date", "2025-11-07");
        assertEquals(0, def.code(), def.err());
        assertEquals("2025-11-05", records(def.out()).get(0).get("value").asText(), "default: the last Wednesday");
        Cli.Result fut = Cli.runWithStdin(text, "figures", "--reference-date", "2025-11-07", "--prefer", "future");
        assertEquals("2025-11-12", records(fut.out()).get(0).get("value").asText(), "future: the next one");
        Cli.Result past = Cli.runWithStdin("劳动节假期消费火爆。", "figures", "--reference-date", "2025-11-07", "--prefer", "PAST");
        assertEquals("2025-05-01", records(past.out()).get(0).get("value").asText());
        Cli.Result bad = Cli.runWithStdin(text, "figures", "--prefer", "sideways");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--prefer"), bad.err());
    }

    @Test
    void unresolvedDatesAreKeptWithTheReason() {
        String text = "商务部昨天表示，去年出口增长5%，春节前后物流放缓。";
        Cli.Result csv = Cli.runWithStdin(text, "figures", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertTrue(lines.get(0).endsWith(",qualifier,sentence,unresolved,year_source,direction"), "new columns at the end: " + lines.get(0));
        assertTrue(lines.get(1).startsWith("-,date,昨天,") && lines.get(1).endsWith(",relative,none,"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-,date,春节,") && l.endsWith(",holiday,none,")), csv.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-,percent,5%,") && l.endsWith(",0,,,up")), csv.out());
        Cli.Result tsv = Cli.runWithStdin(text, "figures", "--format", "tsv");
        assertTrue(tsv.out().lines().findFirst().orElseThrow().endsWith("\tsentence\tunresolved\tyear_source\tdirection"), tsv.out());
        Cli.Result json = Cli.runWithStdin(text, "figures", "--format", "json");
        assertTrue(json.out().contains("\"unresolved\":\"relative\""), json.out());
        Cli.Result analyze = Cli.runWithStdin(text, "analyze", "--only", "document,figure");
        assertEquals(0, analyze.code(), analyze.err());
        List<JsonNode> recs = records(analyze.out());
        assertEquals("none", recs.get(0).get("reference_date_source").asText());
        JsonNode yesterday = recs.stream().filter(r -> r.path("text").asText().equals("昨天")).findFirst().orElseThrow();
        assertTrue(yesterday.get("value").isNull());
        assertEquals("relative", yesterday.get("unresolved").asText());
        Cli.Result mixed = Cli.runWithStdin(text, "analyze", "--only", "document,figure", "--format", "csv");
        assertTrue(mixed.out().lines().findFirst().orElseThrow().contains(",unresolved"), mixed.out());
    }
}
