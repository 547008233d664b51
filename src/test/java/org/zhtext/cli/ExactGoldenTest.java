package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact goldens (Lucene's {@code assertAnalyzesTo} style): for each core sentence of
 * {@code src/test/resources/goldens/exact.txt}, the whole sequence of tokens, entities, figures and tariff events
 * that {@code zhtext analyze} prints, so an extra or a missing record fails where a {@code contains} check would
 * pass. The sentences are our own. The expected lines were written from the output and reviewed by hand; a
 * {@code # known error:} comment under a case marks a line that records a known fault rather than the right answer.
 *
 * <p>After a reviewed change of behaviour, {@code mvn test -Dtest=ExactGoldenTest -Dgoldens.write=true} rewrites
 * the file from the current output (comments kept); review its diff before committing.
 */
class ExactGoldenTest {
    private static final Path FILE = Path.of("src/test/resources/goldens/exact.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One case: its id, sentence, comment lines and expected lines ({@code kind: …}). */
    private record Case(String id, String text, List<String> comments, Map<String, String> expected) {}

    @Test
    void everyCoreSentenceAnalyzesToExactlyItsRecords(@TempDir Path dir) throws IOException {
        List<Case> cases = read();
        assertTrue(cases.size() >= 30, "at least 30 core sentences");
        for (Case c : cases) Files.writeString(dir.resolve(c.id() + ".txt"), c.text() + "\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("analyze", "--format", "jsonl", "--threads", "1", "--no-progress",
                "--reference-date", "2025-09-01", dir.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Map<String, List<String>>> actual = new LinkedHashMap<>();
        for (String line : r.out().split("\n")) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            String id = Path.of(n.get("file").asText()).getFileName().toString().replaceFirst("\\.txt$", "");
            String kind = n.get("record").asText();
            if (kind.equals("document")) continue;
            actual.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(item(n));
        }
        if (Boolean.getBoolean("goldens.write")) {
            write(cases, actual);
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Map<String, List<String>> got = actual.getOrDefault(c.id(), Map.of());
            for (String kind : KINDS) {
                String want = c.expected().getOrDefault(kind, "");
                String have = String.join(" ", got.getOrDefault(kind, List.of()));
                if (!want.equals(have)) failures.add(c.id() + " " + kind + "\n  want: " + want + "\n  have: " + have);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " differences (rewrite with -Dgoldens.write=true after review):\n"
                + String.join("\n", failures));
    }

    private static final List<String> KINDS = List.of("token", "entity", "figure", "tariff");

    /** A record as one readable item: tokens text/pos, entities type:text@start, figures kind:text=value… */
    private static String item(JsonNode n) {
        return switch (n.get("record").asText()) {
            case "token" -> n.get("text").asText() + "/" + n.get("pos").asText();
            case "entity" -> n.get("type").asText() + ":" + n.get("text").asText() + "@" + n.get("start").asInt();
            case "figure" -> n.get("kind").asText() + ":" + n.get("text").asText() + "@" + n.get("start").asInt() + "="
                    + text(n, "value") + opt(n, "unit", "") + opt(n, "currency", "") + opt(n, "qualifier", "~")
                    + (n.get("tariff").asBoolean() ? "[tariff]" : "");
            case "tariff" -> "[" + n.get("action").asText() + "," + n.get("stance").asText() + ","
                    + text(n, "imposer_code") + ">" + text(n, "target_code") + "," + text(n, "rate") + ","
                    + text(n, "previous_rate") + "," + text(n, "effective") + "," + text(n, "until") + ","
                    + text(n, "products") + "]";
            default -> throw new IllegalStateException("unexpected record " + n);
        };
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String opt(JsonNode n, String field, String mark) {
        String v = text(n, field);
        return v.isEmpty() ? "" : "|" + mark + v;
    }

    private static List<Case> read() throws IOException {
        List<Case> out = new ArrayList<>();
        String id = null, text = null;
        List<String> comments = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.startsWith("== ")) {
                if (id != null) out.add(new Case(id, text, comments, expected));
                id = line.substring(3).strip();
                text = null;
                comments = new ArrayList<>();
                expected = new LinkedHashMap<>();
            } else if (id != null && line.startsWith("text: ")) {
                text = line.substring(6);
            } else if (id != null && line.startsWith("# ")) {
                comments.add(line);
            } else if (id != null && line.contains(": ")) {
                int colon = line.indexOf(": ");
                expected.put(line.substring(0, colon), line.substring(colon + 2));
            } else if (id != null && line.endsWith(":")) {
                expected.put(line.substring(0, line.length() - 1), "");
            }
        }
        if (id != null) out.add(new Case(id, text, comments, expected));
        return out;
    }

    private static void write(List<Case> cases, Map<String, Map<String, List<String>>> actual) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Exact goldens of `zhtext analyze --reference-date 2025-09-01` (ExactGoldenTest): per case the whole\n")
          .append("# sequence of tokens (text/pos), entities (type:text@start), figures (kind:text@start=value|unit|currency|~qualifier\n")
          .append("# [tariff]) and tariff events ([action,stance,imposer>target,rate,previous,effective,until,products]).\n")
          .append("# Our own sentences. Rewrite with -Dgoldens.write=true only after reviewing the change.\n");
        for (Case c : cases) {
            sb.append("\n== ").append(c.id()).append('\n').append("text: ").append(c.text()).append('\n');
            for (String cm : c.comments()) sb.append(cm).append('\n');
            Map<String, List<String>> got = actual.getOrDefault(c.id(), Map.of());
            for (String kind : KINDS) {
                String v = String.join(" ", got.getOrDefault(kind, List.of()));
                sb.append(kind).append(':').append(v.isEmpty() ? "" : " " + v).append('\n');
            }
        }
        Files.writeString(FILE, sb.toString(), StandardCharsets.UTF_8);
    }
}
