package org.zhtext.normalize;

import org.zhtext.core.CodePointTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhtext.core.Models;

/**
 * Phrase overrides from {@code models/conversion/overrides.txt}: corrections applied before OpenCC's
 * dictionaries. Format (UTF-8, BOM and CRLF accepted), one entry a line, {@code #} starts a comment line:
 * <pre>targets&lt;TAB&gt;from&lt;TAB&gt;to</pre>
 * {@code targets} is a target name ({@link Target#parse}) or a comma-separated list of them, or {@code *} for
 * all. {@code from} is matched exactly against the input; several input forms may share one line separated by
 * {@code |} ({@code 顯著|显著}). {@code to} is written to the output as is. Malformed lines are listed by
 * {@link #rejected()} and skipped.
 */
final class Overrides {
    static final String FILE = "conversion/overrides.txt";

    private final Map<Target, CodePointTrie> byTarget;
    private final int loaded;
    private final List<String> rejected;

    private Overrides(Map<Target, CodePointTrie> byTarget, int loaded, List<String> rejected) {
        this.byTarget = byTarget;
        this.loaded = loaded;
        this.rejected = rejected;
    }

    /** Reads the override file through {@link Models#open}; no file means no overrides. */
    static Overrides load() {
        try (InputStream in = Models.open(FILE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** Parses an override file; {@code in} may be null (no overrides). */
    static Overrides parse(InputStream in) throws IOException {
        Map<Target, Map<String, String>> entries = new EnumMap<>(Target.class);
        for (Target t : Target.values()) entries.put(t, new LinkedHashMap<>());
        List<String> bad = new ArrayList<>();
        int count = 0;
        if (in != null) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String[] f = line.strip().split("\t");
                if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
                    bad.add(FILE + ":" + no + ": expected targets<TAB>from<TAB>to");
                    continue;
                }
                List<Target> targets = new ArrayList<>();
                try {
                    for (String name : f[0].split(",")) {
                        if (name.strip().equals("*")) targets.addAll(List.of(Target.values()));
                        else targets.add(Target.parse(name));
                    }
                } catch (IllegalArgumentException e) {
                    bad.add(FILE + ":" + no + ": " + e.getMessage());
                    continue;
                }
                for (String key : f[1].split("\\|")) {
                    if (key.isBlank()) continue;
                    for (Target t : targets) entries.get(t).put(key.strip(), f[2].strip());
                }
                count++;
            }
        }
        Map<Target, CodePointTrie> tries = new EnumMap<>(Target.class);
        entries.forEach((t, m) -> tries.put(t, CodePointTrie.of(m)));
        return new Overrides(tries, count, Collections.unmodifiableList(bad));
    }

    /** The overrides of one target. */
    CodePointTrie forTarget(Target t) {
        return byTarget.get(t);
    }

    /** Number of entries (lines) loaded. */
    int loaded() {
        return loaded;
    }

    /** One message per malformed line. */
    List<String> rejected() {
        return rejected;
    }
}
