package org.zhtext.normalize;

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
 * The dictionaries are OpenCC4j 1.14.0's, an older OpenCC snapshot than the test cases (OpenCC4j itself gives the
 * same outputs on the failing cases: 胚胎髮育, 跳樑小醜, 貍猫 ...), so the target rate {@value #TARGET} is not
 * reached. The test fails below {@link #FLOORS}, regression floors a little under the measured rates; raise them
 * as the dictionaries improve. {@code -Dzhtext.opencc.floor=0.9} applies one floor to all six main configs.
 */
class OpenccEvalTest {
    static final double TARGET = 0.90;
    static final Map<String, Double> FLOORS = Map.of(
            "t2s", 0.58, "tw2s", 0.80, "hk2s", 0.80, "s2t", 0.48, "s2tw", 0.44, "s2hk", 0.40);
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
            double floor = fixed != null ? Double.parseDouble(fixed) : FLOORS.getOrDefault(config, 0.0);
            if (MAIN.contains(config) && rate < floor) low.add(config + "=" + String.format("%.3f < %.2f", rate, floor));
            if (MAIN.contains(config) && rate < TARGET) System.err.println("OpenccEvalTest: " + config + " below the target " + TARGET);
        });
        System.out.println(table);
        Path report = Path.of("target", "opencc-eval-failures.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, failures, StandardCharsets.UTF_8);
        System.out.println(failures.size() + " failing cases, listed in " + report);
        assertTrue(low.isEmpty(), "configs below their floor: " + low);
        assertTrue(score.get("t2s")[1] > 0, "no t2s cases read from " + file);
    }
}
