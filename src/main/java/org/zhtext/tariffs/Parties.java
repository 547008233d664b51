package org.zhtext.tariffs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.zhtext.core.CharSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties of tariff events: countries and territories by their Chinese names from CLDR ({@code
 * cldr-countries.txt}: ICU4J's {@code LocaleDisplayNames.regionDisplayName} of every ISO 3166-1 region, in zh,
 * zh_Hant and zh_Hant_HK, full and short forms, written by the test tool {@code CountryNamesGenerator} and checked
 * against ICU4J by {@code PartiesTest}; read at run time it took 100-200 ms to start), plus the news forms of {@code parties.txt} (美方, 中方, 欧方,
 * 白宫, 国务院关税税则委员会, …; one-character forms such as 美 and 华 only after a preposition: 对美, 输美,
 * 对华). Names are matched on the original text, in both scripts. Built once per process; immutable.
 */
final class Parties {
    /** A party written in a text: [start, end) in chars, its code. */
    record Mention(int start, int end, String code, String text) {
        // written out: a record's own equals and hashCode are made through method handles on first use, which took
        // 10-20 ms at each start and ran slowly under the client JIT (docs/PERFORMANCE.md); these compare the same
        @Override
        public boolean equals(Object o) {
            return o instanceof Mention m && start == m.start && end == m.end && java.util.Objects.equals(code, m.code)
                    && java.util.Objects.equals(text, m.text);
        }

        @Override
        public int hashCode() {
            return ((31 * start + end) * 31 + java.util.Objects.hashCode(code)) * 31 + java.util.Objects.hashCode(text);
        }
    }

    /** Characters after a one-character form that make it part of another word (美元, 美洲, 日前, 港口). */
    private static final String NOT_AFTER_SHORT = "元洲股债債籍军軍术術前后後内內口期元币幣圆圓裔";
    /** Characters before a one-character form that let it stand for its country (对美, 输美, 赴美, 访华). */
    private static final String SHORT_BEFORE = "对對输輸赴访訪自从從向往与與和同";

    private static volatile Parties shared;

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> shortForms = new HashMap<>();
    /** The names, longest first, and their indexes by first character. */
    private final String[] sortedNames;
    private final FirstChars byFirst;
    /** The one-character forms (美, 华), tested before their map. */
    private final CharSet shortChars;
    /** The first characters of the names and the one-character forms, tested before the maps. */
    private final CharSet firsts;

    static Parties get() {
        Parties p = shared;
        if (p == null) {
            synchronized (Parties.class) {
                if ((p = shared) == null) shared = p = new Parties(Rules.get());
            }
        }
        return p;
    }

    private Parties(Rules rules) {
        try (InputStream in = Parties.class.getResourceAsStream("cldr-countries.txt")) {
            if (in == null) throw new IllegalStateException("missing resource org/zhtext/tariffs/cldr-countries.txt");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                names.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var e : rules.newsForms.entrySet()) {
            if (e.getKey().length() == 1) shortForms.put(e.getKey(), e.getValue());
            else names.put(e.getKey(), e.getValue());
        }
        sortedNames = names.keySet().stream().sorted((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length()
                : a.compareTo(b)).toArray(String[]::new);
        byFirst = new FirstChars(sortedNames);
        StringBuilder fc = new StringBuilder(), sc = new StringBuilder();
        for (String n : sortedNames) fc.append(n.charAt(0));
        for (String f : shortForms.keySet()) {
            fc.append(f);
            sc.append(f);
        }
        firsts = CharSet.of(fc);
        shortChars = CharSet.of(sc);
    }

    /** The code of a name (full, short or news form), or null. */
    String code(String name) {
        String c = names.get(name);
        return c != null ? c : shortForms.get(name);
    }

    /** The parties written in [from, to) of {@code s}, left to right, longest match first. */
    List<Mention> find(String s, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (int i = from; i < to; ) {
            if (!firsts.contains(s.charAt(i))) {
                i++;
                continue;
            }
            String hit = null;
            int[] cands = byFirst.get(s.charAt(i));
            if (cands != null) {
                for (int k : cands) {
                    String n = sortedNames[k];
                    if (i + n.length() <= to && s.startsWith(n, i)) {
                        hit = n;
                        break;
                    }
                }
            }
            if (hit != null) {
                out.add(new Mention(i, i + hit.length(), names.get(hit), hit));
                i += hit.length();
                continue;
            }
            if (shortChars.contains(s.charAt(i)) && i > from && SHORT_BEFORE.indexOf(s.charAt(i - 1)) >= 0
                    && (i + 1 >= to || NOT_AFTER_SHORT.indexOf(s.charAt(i + 1)) < 0)) {
                String f = s.substring(i, i + 1);
                out.add(new Mention(i, i + 1, shortForms.get(f), f));
            }
            i++;
        }
        return out;
    }
}
