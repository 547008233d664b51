package org.zhtext.figures;

import com.ibm.icu.text.CurrencyDisplayNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The currency words and symbols of money figures (issue 26), as ISO 4217 codes: ICU4J's Chinese currency names
 * ({@code CurrencyDisplayNames} of zh: 韩元, 印度卢比, 马来西亚林吉特, 南非兰特 …) of the currencies in use, their stems
 * once the country's Chinese name is stripped (林吉特, 雷亚尔, 兰特; a stem several currencies share is used only as
 * {@code currency-words.txt} resolves it: 卢比 INR, 比索 MXN), ICU's symbols in zh and en (₩, ₹, €, £, A$, HK$, NT$)
 * and ISO codes (CHF, JPY), and the colloquial words of {@code currency-words.txt} (美金, 块, 港币). Traditional
 * forms are generated with zhtext's converter. {@code ¥}/{@code ￥} is CNY unless its sentence is about Japan
 * ({@link #aboutJapan}).
 */
final class Currencies {
    private Currencies() {
    }

    /** Regions, not countries, before a stem (西非法郎, 中非法郎, 太平洋法郎): they decide no text's currency. */
    private static final java.util.Set<String> REGIONS = java.util.Set.of("中非", "西非", "东加勒比", "太平洋");
    /** Stem → (country name, in both scripts → ISO code) for stems several currencies share (比索, 克朗, 卢比). */
    private static final Map<String, Map<String, String>> STEM_COUNTRIES = new HashMap<>();

    /** A currency word several countries' currencies share (比索, 克朗, 卢比, 法郎; simplified or traditional). */
    static boolean sharedStem(String word) {
        return STEM_COUNTRIES.containsKey(word);
    }

    /**
     * The currency of a shared stem in {@code text}: that of the one country of the stem the text names (an article
     * on Argentina: 比索 is ARS), or null when it names none or several.
     */
    static String localStem(String word, String text) {
        Map<String, String> countries = STEM_COUNTRIES.get(word);
        if (countries == null) return null;
        List<String> named = new ArrayList<>();
        for (String c : countries.keySet()) if (text.contains(c)) named.add(c);
        String found = null;
        for (String c : named) {
            boolean inLonger = false; // 印度 inside 印度尼西亚: the longer name is the one written
            for (String o : named) inLonger |= o.length() > c.length() && o.contains(c);
            if (inLonger) continue;
            if (found != null && !found.equals(countries.get(c))) return null;
            found = countries.get(c);
        }
        return found;
    }

    private static boolean isHan(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) return false;
        return true;
    }

    /** The table generated from ICU4J and {@code currency-words.txt} ({@code CurrencyTableTest} writes it). */
    static final String GENERATED = "currencies-generated.txt";

    /** Words and symbols after an amount, and before it. */
    static final Lexicon.Table AFTER, BEFORE;
    private static final Lexicon.Table JAPAN;

    static {
        // reading ICU's currency and region data took 0.5 s of every start-up; it is read at build time instead
        Map<String, String> after = new LinkedHashMap<>(), before = new LinkedHashMap<>(), jp = new LinkedHashMap<>();
        for (String[] f : Scripts.lines(GENERATED)) {
            switch (f[0]) {
                case "after": after.put(f[1], f[2]); break;
                case "before": before.put(f[1], f[2]); break;
                case "japan": jp.put(f[1], "JPY"); break;
                default: throw new IllegalStateException(GENERATED + ": unknown line " + String.join("\t", f));
            }
        }
        AFTER = Scripts.table(after, true);
        // 阿根廷比索 ARS, 墨西哥比索 MXN, 菲律宾比索 PHP: the countries of each stem several currencies share
        for (Map.Entry<String, String> stem : after.entrySet()) {
            String w = stem.getKey();
            if (w.length() < 2 || !isHan(w)) continue;
            Map<String, String> countries = new LinkedHashMap<>();
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (Map.Entry<String, String> e : after.entrySet()) {
                String name = e.getKey();
                if (name.length() < w.length() + 2 || !name.endsWith(w) || !isHan(name)) continue;
                String country = name.substring(0, name.length() - w.length());
                if (REGIONS.contains(country)) continue; // 中非法郎: 中非 is also China-Africa (中非合作)
                countries.put(country, e.getValue());
                for (String t : Scripts.traditional(country)) countries.putIfAbsent(t, e.getValue());
                codes.add(e.getValue());
            }
            if (codes.size() >= 2) {
                STEM_COUNTRIES.put(w, countries);
                for (String t : Scripts.traditional(w)) STEM_COUNTRIES.putIfAbsent(t, countries); // 盧比
            }
        }
        BEFORE = Scripts.table(before, true);
        JAPAN = Scripts.table(jp, true);
    }

    /**
     * The lines of {@link #GENERATED}: ICU4J's Chinese currency names ({@code CurrencyDisplayNames} of zh) of the
     * currencies in use on 2025-01-01, their stems once the country's Chinese name is stripped (a stem several
     * currencies share only as {@code currency-words.txt} resolves it), ICU's symbols in zh and en and ISO codes,
     * then the words of {@code currency-words.txt}. Run at build time by {@code CurrencyTableTest}, which checks
     * that the committed file is what this gives (so an ICU4J upgrade or an edited word file cannot go unnoticed).
     */
    static List<String> generate() {
        Map<String, String> after = new LinkedHashMap<>();
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> stems = new HashMap<>();
        List<String> japan = new ArrayList<>();
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, String> beforeWords = new LinkedHashMap<>();
        for (String[] f : Scripts.lines("currency-words.txt")) {
            switch (f[0]) {
                case "stem": stems.put(f[1], f[2]); break;
                case "word": words.put(f[1], f[2]); break;
                case "before": beforeWords.put(f[1], f[2]); break;
                case "japan": japan.add(f[1]); break;
                default: throw new IllegalStateException("currency-words.txt: unknown line " + String.join("\t", f));
            }
        }
        Date now = new Date(1735689600000L); // 2025-01-01: currencies in use (not 法国法郎, 德国马克)
        Map<String, String> icu = CurrencyDisplayNames.getInstance(ULocale.SIMPLIFIED_CHINESE).nameMap();
        Map<String, List<String>> stemCodes = new HashMap<>();
        List<String> countries = countryNames();
        for (Map.Entry<String, String> e : icu.entrySet()) {
            String name = e.getKey(), code = e.getValue();
            if (!Currency.isAvailable(code, now, now) || name.indexOf('(') >= 0 || name.indexOf('（') >= 0) continue;
            if (isAscii(name)) continue; // codes are added below, symbols from the symbol maps
            after.put(name, code);
            for (String c : countries) {
                if (name.length() > c.length() + 1 && name.startsWith(c)) {
                    List<String> l = stemCodes.computeIfAbsent(name.substring(c.length()), k -> new ArrayList<>());
                    if (!l.contains(code)) l.add(code);
                }
            }
        }
        for (Map.Entry<String, List<String>> e : stemCodes.entrySet()) {
            String stem = e.getKey();
            if (after.containsKey(stem)) continue;
            if (e.getValue().size() == 1 && !stems.containsKey(stem)) after.put(stem, e.getValue().get(0));
        }
        for (Map.Entry<String, String> e : stems.entrySet()) after.putIfAbsent(e.getKey(), e.getValue());
        after.putAll(words);
        for (ULocale loc : new ULocale[] {ULocale.SIMPLIFIED_CHINESE, ULocale.ENGLISH}) {
            for (Map.Entry<String, String> e : CurrencyDisplayNames.getInstance(loc).symbolMap().entrySet()) {
                String sym = e.getKey(), code = e.getValue();
                if (!Currency.isAvailable(code, now, now) || !symbolUsable(sym, code)) continue;
                before.putIfAbsent(sym, code);
                if (!sym.equals(code)) continue;
                after.putIfAbsent(sym, code); // 5 EUR
            }
        }
        for (Map.Entry<String, String> e : beforeWords.entrySet()) before.put(e.getKey(), e.getValue());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) out.add("after\t" + e.getKey() + "\t" + e.getValue());
        for (Map.Entry<String, String> e : before.entrySet()) out.add("before\t" + e.getKey() + "\t" + e.getValue());
        for (String w : japan) out.add("japan\t" + w);
        return out;
    }

    /** ICU's zh names of the world's countries and regions (印度, 马来西亚, 南非), longest first. */
    private static List<String> countryNames() {
        List<String> out = new ArrayList<>();
        for (String cc : java.util.Locale.getISOCountries()) {
            String name = new ULocale("und", cc).getDisplayCountry(ULocale.SIMPLIFIED_CHINESE);
            if (!name.isEmpty() && !name.equals(cc)) out.add(name);
        }
        out.add("沙特"); // ICU: 沙特阿拉伯; the currency is 沙特里亚尔
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    /**
     * A symbol is used when it is the ISO code, or holds a character that is no ASCII letter ($, ¥, ₩, A$);
     * a bare {@code $} is USD only (Lexicon); {@code ¥} is CNY (the zh reading).
     */
    private static boolean symbolUsable(String sym, String code) {
        if (sym.equals(code)) return sym.length() == 3;
        if (sym.equals("$") || sym.equals("¥") || sym.equals("￥")) return false;
        for (int k = 0; k < sym.length(); k++) {
            char c = sym.charAt(k);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return true;
        }
        return false;
    }

    private static boolean isAscii(String w) {
        for (int k = 0; k < w.length(); k++) if (w.charAt(k) > 0x7f) return false;
        return true;
    }

    /** The sentence around {@code i} names Japan or its yen (日本, 东京, 日元): ¥ there is JPY. */
    static boolean aboutJapan(String s, int i) {
        int a = i, b = i;
        while (a > 0 && !sentenceEnd(s.charAt(a - 1))) a--;
        while (b < s.length() && !sentenceEnd(s.charAt(b))) b++;
        for (int k = a; k < b; k++) {
            if (Lexicon.match(s, k, b, JAPAN) != null) return true;
        }
        return false;
    }

    private static boolean sentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
    }
}
