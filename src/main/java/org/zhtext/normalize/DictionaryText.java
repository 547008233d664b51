package org.zhtext.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads OpenCC's dictionary text format: one entry a line, {@code key<TAB>value [value...]} (the first value is
 * the default, alternatives are separated by spaces). A space instead of the tab is accepted (OpenCC4j writes
 * some files that way), as are a UTF-8 byte-order mark, CRLF line ends, blank lines and {@code #} comments.
 * The first entry of a key wins.
 */
final class DictionaryText {
    private DictionaryText() {}

    /** Parses a dictionary into key -> candidate values (in file order). */
    static Map<String, String[]> read(InputStream in) throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                first = false;
                line = line.strip();
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                int sep = line.indexOf('\t');
                if (sep < 0) sep = line.indexOf(' ');
                if (sep <= 0) continue;
                String key = line.substring(0, sep);
                String[] values = line.substring(sep + 1).strip().split("[ \t]+");
                if (values.length == 0 || values[0].isEmpty()) continue;
                out.putIfAbsent(key, values);
            }
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
