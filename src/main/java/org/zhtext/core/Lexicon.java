package org.zhtext.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user lexicon: one entry per line, {@code word [pos] [frequency]} separated by spaces or tabs.
 * UTF-8 with or without BOM, LF or CRLF; blank lines and lines starting with {@code #} are skipped.
 * A line is rejected (and counted) when the word contains whitespace-only text, the frequency is not a
 * positive integer, or there are more than three fields. Later entries for the same word replace earlier ones.
 * Immutable after loading; read fresh from disk on every run (no binary cache).
 */
public final class Lexicon {
    /** One lexicon entry; {@code pos} may be null (engine default), {@code frequency} defaults to 1000. */
    public record Entry(String word, String pos, int frequency) {}

    private final Map<String, Entry> entries;
    private final int rejected;
    private final List<String> sources;

    private Lexicon(Map<String, Entry> entries, int rejected, List<String> sources) {
        this.entries = Collections.unmodifiableMap(entries);
        this.rejected = rejected;
        this.sources = List.copyOf(sources);
    }

    public static Lexicon empty() {
        return new Lexicon(new LinkedHashMap<>(), 0, List.of());
    }

    /** Loads every {@code lexicon/*.txt} of the models folder (sorted by name), then the extra files given. */
    public static Lexicon load(List<Path> extraFiles) throws IOException {
        Builder b = new Builder();
        for (String rel : Models.list("lexicon", ".txt")) {
            try (InputStream in = Models.open(rel)) {
                if (in != null) b.read(rel, in);
            }
        }
        for (Path p : extraFiles) {
            try (InputStream in = Files.newInputStream(p)) {
                b.read(p.toString(), in);
            }
        }
        return b.build();
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public int rejected() {
        return rejected;
    }

    public List<String> sources() {
        return sources;
    }

    /** Accumulates lexicon files. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private final List<String> sources = new ArrayList<>();
        private int rejected;

        public Builder read(String name, InputStream in) throws IOException {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
            for (String line : s.split("\r?\n|\r")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                Entry e = parse(t);
                if (e == null) {
                    rejected++;
                } else {
                    entries.put(e.word(), e);
                }
            }
            sources.add(name);
            return this;
        }

        public Builder add(String word, String pos, int frequency) {
            entries.put(word, new Entry(word, pos, frequency));
            return this;
        }

        static Entry parse(String line) {
            String[] f = line.split("[ \t\u3000]+");
            if (f.length > 3 || f[0].isEmpty()) return null;
            String pos = null;
            int freq = 1000;
            if (f.length >= 2) {
                if (f[1].chars().allMatch(Character::isDigit)) {
                    if (f.length == 3) return null;
                    freq = parseFreq(f[1]);
                } else {
                    pos = f[1];
                    if (!pos.matches("[A-Za-z]{1,6}")) return null;
                    if (f.length == 3) freq = parseFreq(f[2]);
                }
            }
            if (freq <= 0) return null;
            return new Entry(f[0], pos, freq);
        }

        private static int parseFreq(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        public Lexicon build() {
            return new Lexicon(new LinkedHashMap<>(entries), rejected, sources);
        }
    }
}
