package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exact-match pass rate of {@link ChineseConverter} on OpenCC's own test cases
 * ({@code ../shared/eval/opencc/testcases.flat.jsonl}, a 2026 OpenCC snapshot), per OpenCC config; the failing
 * cases are written to {@code target/opencc-eval-failures.txt}. Skips visibly when the shared folder is absent.
 * <p>
 * The six main configs must reach {@link #FLOOR} ({@code -Dzhtext.opencc.floor=...} overrides it). t2s, tw2s and
 * hk2s all run {@link Target#SIMPLIFIED}, which picks the configuration per text: a case whose text shows no
 * variant (慰藉著受傷的心靈) is read as OpenCC standard, so tw2s's answer for it (慰藉着) is not given.
 */
class OpenccEvalTest {
    static final double FLOOR = 0.90;
    /** OpenCC config -> (target, phrases); the first six are the main ones. */
    static final Map<String, Object[]> CONFIGS = new LinkedHashMap<>();

    static {
        CONFIGS.put("t2s", new Object[] {Target.SIMPLIFIED, false});
        CONFIGS.put("tw2s", new Object[] {Target.SIMPLIFIED, false});
        CONFIGS.put("hk2s", new Object[] {Target.SIMPLIFIED, false});
        CONFIGS.put("s2t", new Object[] {Target.TRADITIONAL, false});
        CONFIGS.put("s2tw", new Object[] {Target.TW, false});
        CONFIGS.put("s2hk", new Object[] {Target.HK, false});
        CONFIGS.put("s2twp", new Object[] {Target.TW, true});
        CONFIGS.put("tw2sp", new Object[] {Target.SIMPLIFIED, true});
        CONFIGS.put("s2hkp", new Object[] {Target.HK, true});
        CONFIGS.put("hk2sp", new Object[] {Target.SIMPLIFIED, true});
    }

    static final List<String> MAIN = List.of("t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2hk");

    @Test
    void passRatePerConfig() throws Exception {
        String shared = System.getProperty("zhtext.shared", "../shared");
        Path file = Path.of(shared, "eval", "opencc", "testcases.flat.jsonl");
        if (!Files.isRegularFile(file)) System.err.println("OpenccEvalTest skipped: " + file + " absent");
        assumeTrue(Files.isRegularFile(file), file + " absent: OpenCC evaluation skipped");

        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> score = new LinkedHashMap<>();
        CONFIGS.keySet().forEach(c -> score.put(c, new int[2]));
        List<String> failures = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String config = n.get("config").asText();
                Object[] spec = CONFIGS.get(config);
                if (spec == null) continue;
                String input = n.get("input").asText();
                String expected = n.get("expected").asText();
                String got = ChineseConverter.get((Target) spec[0], (Boolean) spec[1]).convert(input).text();
                int[] s = score.get(config);
                s[1]++;
                if (got.equals(expected)) s[0]++;
                else failures.add(config + " " + n.get("id").asText() + "\n   in:  " + input + "\n   exp: " + expected + "\n   got: " + got);
            }
        }
        StringBuilder table = new StringBuilder("\nconfig  target        phrases  pass/total  rate\n");
        List<String> low = new ArrayList<>();
        score.forEach((config, s) -> {
            Object[] spec = CONFIGS.get(config);
            double rate = s[1] == 0 ? 1.0 : (double) s[0] / s[1];
            table.append(String.format("%-7s %-13s %-8s %4d/%-6d %.3f%n", config, ((Target) spec[0]).label(), spec[1],
                    s[0], s[1], rate));
            String fixed = System.getProperty("zhtext.opencc.floor");
            double floor = fixed != null ? Double.parseDouble(fixed) : FLOOR;
            if (MAIN.contains(config) && rate < floor) low.add(config + "=" + String.format("%.3f < %.2f", rate, floor));
        });
        System.out.println(table);
        Path report = Path.of("target", "opencc-eval-failures.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, failures, StandardCharsets.UTF_8);
        System.out.println(failures.size() + " failing cases, listed in " + report);
        assertTrue(low.isEmpty(), "configs below their floor: " + low);
        assertTrue(score.get("t2s")[1] > 0, "no t2s cases read from " + file);
    }

    /** OpenCC's golden outputs for a 413-line text: the bare configurations (no overrides) must match byte for byte. */
    @Test
    void goldenFilesMatchExactly() throws Exception {
        Path golden = Path.of(System.getProperty("zhtext.shared", "../shared"), "eval", "opencc", "golden");
        Path input = golden.resolve("input/us_constitution_zhs.txt");
        if (!Files.isRegularFile(input)) System.err.println("OpenccEvalTest skipped: " + input + " absent");
        assumeTrue(Files.isRegularFile(input), input + " absent: golden comparison skipped");
        String text = Files.readString(input, StandardCharsets.UTF_8);
        for (String config : List.of("s2t", "s2tw", "s2twp", "s2hk", "s2hkp")) {
            String expected = Files.readString(golden.resolve("output/us_constitution_zhs." + config + ".txt"));
            assertEquals(expected, OpenccPipeline.of(config).convertText(text), config + " differs from OpenCC's golden");
        }
    }
}
