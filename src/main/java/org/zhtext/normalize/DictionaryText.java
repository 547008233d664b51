package org.zhtext.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OpenCC's dictionary text format: one entry a line, {@code key<TAB>value [value...]} (the first value is
 * the default, alternatives are separated by spaces). A space instead of the tab is accepted (OpenCC4j writes
 * some files that way), as are a UTF-8 byte-order mark, CRLF line ends, blank lines and {@code #} comments.
 * The first entry of a key wins.
 * <p>
 * Also derives the tables OpenCC's build generates from annotated files ({@link #reverse}, {@link #tofuRisk}),
 * following its {@code data/scripts/common.py} and {@code extract_tofu_risk.py}.
 */
final class DictionaryText {
    private static final String REVERSE_PREFER = "# @reverse-prefer:";
    private static final String TOFU_RISK = "# @tofu-risk:";

    private DictionaryText() {}

    /** The lines of a UTF-8 file, without a byte-order mark or line ends. */
    static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (out.isEmpty() && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                out.add(line);
            }
        }
        return out;
    }

    /** Parses a dictionary into key -> candidate values (in file order). */
    static Map<String, String[]> read(InputStream in) throws IOException {
        return parse(lines(in));
    }

    /** Parses dictionary lines into key -> candidate values (in file order). */
    static Map<String, String[]> parse(List<String> lines) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String raw : lines) {
            String[] entry = entry(raw);
            if (entry != null) out.putIfAbsent(entry[0], java.util.Arrays.copyOfRange(entry, 1, entry.length));
        }
        return out;
    }

    /** {@code {key, value...}} of an entry line, null for a comment or blank line. */
    private static String[] entry(String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.charAt(0) == '#') return null;
        int sep = line.indexOf('\t');
        if (sep < 0) sep = line.indexOf(' ');
        if (sep <= 0) return null;
        String[] values = line.substring(sep + 1).strip().split("[ \t]+");
        if (values.length == 0 || values[0].isEmpty()) return null;
        String[] out = new String[values.length + 1];
        out[0] = line.substring(0, sep);
        System.arraycopy(values, 0, out, 1, values.length);
        return out;
    }

    /**
     * The reverse table (OpenCC's {@code reverse.py}): every value becomes a key whose values are the keys it came
     * from, in file order; a {@code # @reverse-prefer: key [value]} line moves that value to the front of the
     * reversed key (one field: the key prefers itself).
     */
    static Map<String, String[]> reverse(List<String> lines) {
        Map<String, List<String>> rev = new LinkedHashMap<>();
        Map<String, String> prefer = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith(REVERSE_PREFER)) {
                String[] f = line.substring(REVERSE_PREFER.length()).strip().split("\\s+");
                if (f.length < 1 || f.length > 2 || f[0].isEmpty()) {
                    throw new IllegalArgumentException("invalid reverse preference: " + line);
                }
                prefer.put(f[0], f[f.length - 1]);
                continue;
            }
            String[] e = entry(line);
            if (e == null) continue;
            for (int i = 1; i < e.length; i++) rev.computeIfAbsent(e[i], k -> new ArrayList<>()).add(e[0]);
        }
        prefer.forEach((key, value) -> {
            List<String> vs = rev.get(key);
            if (vs == null || !vs.remove(value)) {
                throw new IllegalArgumentException("reverse preference " + key + " -> " + value + " has no mapping");
            }
            vs.add(0, value);
        });
        Map<String, String[]> out = new LinkedHashMap<>();
        rev.forEach((k, vs) -> out.put(k, vs.toArray(new String[0])));
        return out;
    }

    /**
     * The mappings annotated {@code # @tofu-risk:} (OpenCC's {@code extract_tofu_risk.py}, which builds
     * TSCharactersExt): the entry on the next line, without its first value when that is the key itself.
     */
    static Map<String, String[]> tofuRisk(List<String> lines) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).startsWith(TOFU_RISK)) continue;
            String[] e = entry(lines.get(i + 1));
            if (e == null) throw new IllegalArgumentException("no mapping after " + TOFU_RISK + " at line " + (i + 1));
            int from = e.length > 2 && e[1].equals(e[0]) ? 2 : 1;
            out.putIfAbsent(e[0], java.util.Arrays.copyOfRange(e, from, e.length));
        }
        return out;
    }

    /** Key -> default (first) value. */
    static Map<String, String> defaults(Map<String, String[]> dict) {
        Map<String, String> out = new LinkedHashMap<>();
        dict.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }
}
