package org.zhtext.tariffs;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import org.zhtext.core.CharSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties of tariff events: countries and territories by their Chinese names from CLDR (ICU4J's
 * {@link LocaleDisplayNames#regionDisplayName} of every ISO 3166-1 region, in zh, zh_Hant and zh_Hant_HK, full
 * and short forms, as the gazetteers have them), plus the news forms of {@code parties.txt} (美方, 中方, 欧方,
 * 白宫, 国务院关税税则委员会, …; one-character forms such as 美 and 华 only after a preposition: 对美, 输美,
 * 对华). Names are matched on the original text, in both scripts. Built once per process; immutable.
 */
final class Parties {
    /** A party written in a text: [start, end) in chars, its code. */
    record Mention(int start, int end, String code, String text) {}

    private static final List<String> LOCALES = List.of("zh", "zh_Hant", "zh_Hant_HK");
    /** Region names CLDR has that are no single country's and are not parties here. */
    private static final String EXCLUDED = "UN EZ QO ZZ";
    /** Characters after a one-character form that make it part of another word (美元, 美洲, 日前, 港口). */
    private static final String NOT_AFTER_SHORT = "元洲股债債籍军軍术術前后後内內口期元币幣圆圓裔";
    /** Characters before a one-character form that let it stand for its country (对美, 输美, 赴美, 访华). */
    private static final String SHORT_BEFORE = "对對输輸赴访訪自从從向往与與和同";

    private static volatile Parties shared;

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> shortForms = new HashMap<>();
    /** The names by first character, longest first: most positions are rejected with one lookup. */
    private final Map<Character, String[]> byFirst = new HashMap<>();
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
        for (String loc : LOCALES) {
            for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
                LocaleDisplayNames n = LocaleDisplayNames.getInstance(new ULocale(loc), length);
                for (String code : ULocale.getISOCountries()) add(n.regionDisplayName(code), code);
                add(n.regionDisplayName("EU"), "EU");
            }
        }
        for (var e : rules.newsForms.entrySet()) {
            if (e.getKey().length() == 1) shortForms.put(e.getKey(), e.getValue());
            else names.put(e.getKey(), e.getValue());
        }
        Map<Character, List<String>> m = new HashMap<>();
        for (String n : names.keySet()) {
            m.computeIfAbsent(n.charAt(0), c -> new ArrayList<>()).add(n);
        }
        StringBuilder fc = new StringBuilder();
        for (var e : m.entrySet()) {
            e.getValue().sort((a, b) -> b.length() - a.length());
            byFirst.put(e.getKey(), e.getValue().toArray(String[]::new));
            fc.append(e.getKey().charValue());
        }
        for (String f : shortForms.keySet()) fc.append(f);
        firsts = CharSet.of(fc);
    }

    private void add(String name, String code) {
        if (name == null || name.length() < 2 || name.equals(code) || EXCLUDED.contains(code)) return;
        if (name.indexOf('(') >= 0 || name.indexOf('（') >= 0 || name.indexOf(' ') >= 0) return;
        names.putIfAbsent(name, code);
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
            String[] cands = byFirst.get(s.charAt(i));
            if (cands != null) {
                for (String n : cands) {
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
            String c = shortForms.get(s.substring(i, i + 1));
            if (c != null && i > from && SHORT_BEFORE.indexOf(s.charAt(i - 1)) >= 0
                    && (i + 1 >= to || NOT_AFTER_SHORT.indexOf(s.charAt(i + 1)) < 0)) {
                out.add(new Mention(i, i + 1, c, s.substring(i, i + 1)));
            }
            i++;
        }
        return out;
    }
}
