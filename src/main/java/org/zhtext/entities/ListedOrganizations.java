package org.zhtext.entities;

import org.zhtext.engine.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Companies listed before 等 and a word for firms ({@link EntityRules.Rule#LISTED_ORGANIZATIONS}): in 亿纬锂能、国轩高科等
 * 企业, 信义光能、福莱特玻璃等中国企业, 晶科能源、天合光能和阿特斯阳光电力等企业 every item is a company. Where one item
 * already is an organization (of the tagger or the lexicon), or a person or place covers only part of an item (福莱特 of
 * 福莱特玻璃: no name of a person runs on into 玻璃), the list is one of companies: an organization that covers part
 * of its item grows to the item (晶科 → 晶科能源), persons or places inside an item longer than them become the item
 * as an organization (泰格医药, read as the places 泰 and 格), a person that is the whole item too (英派斯), and an
 * item no mention touches is added, unless it is one common word of the dictionary (钢铁、汽车等企业 names sectors) or
 * a place of the lexicon; a place that is the whole item stays a place. Items are 2 to 8 characters between 、/和/及/与
 * (以及); the first item starts at its name ({@link #items}). Not after 等等, nor before 企业家. Stateless, thread-safe.
 */
final class ListedOrganizations {
    private ListedOrganizations() {
    }

    /** Words for firms after 等 (and at most {@link #GAP} characters: 中国, 电池, 新能源车). */
    private static final List<String> FIRMS = List.of("企业", "企業", "公司", "车企", "車企", "厂商", "廠商", "药企", "藥企",
            "券商", "银行", "銀行", "集团", "集團", "巨头", "巨頭", "品牌", "机构", "機構", "厂家", "廠家", "大厂", "大廠");
    private static final int GAP = 6;
    private static final String SEPARATORS = "、和及与與";
    private static final String CLAUSE_MARKS = "，,。；;：:！？!?（(）)“”「」《》\n";

    /** {@code kept} (sorted by start, non-overlapping) with the lists of companies in {@code sentence} read. */
    static List<Mention> apply(String sentence, List<Mention> kept, LexiconMatcher lexicon, WordClasses words) {
        List<Mention> out = kept;
        for (int deng = sentence.indexOf('等', 3); deng > 0; deng = sentence.indexOf('等', deng + 1)) {
            if (sentence.charAt(deng - 1) == '等' || !firmsAfter(sentence, deng + 1)) continue; // 等等: the first 等 ends it
            List<int[]> items = items(sentence, deng, out, words);
            if (items.size() < 2) continue;
            boolean companies = false;
            for (int[] it : items) {
                for (Mention m : out) {
                    if (m.end() <= it[0] || m.start() >= it[1]) continue;
                    if (EntityTypes.ORGANIZATION.equals(m.type()) && m.start() >= it[0] && m.end() <= it[1]) companies = true;
                    if (!EntityTypes.ORGANIZATION.equals(m.type()) && m.start() >= it[0] && m.end() < it[1]) companies = true;
                }
            }
            if (!companies) continue;
            List<Mention> next = new ArrayList<>();
            for (Mention m : out) if (!inAny(items, m)) next.add(m);
            for (int[] it : items) {
                List<Mention> inside = new ArrayList<>();
                boolean crosses = false;
                for (Mention m : out) {
                    if (m.end() <= it[0] || m.start() >= it[1]) continue;
                    if (m.start() < it[0] || m.end() > it[1]) crosses = true;
                    else inside.add(m);
                }
                boolean wholePlace = inside.size() == 1 && EntityTypes.LOCATION.equals(inside.get(0).type())
                        && inside.get(0).end() - inside.get(0).start() == it[1] - it[0];
                if (crosses || wholePlace || inside.isEmpty() && !nameLike(sentence, it, lexicon, words)) {
                    next.addAll(inside); // a mention over the item's edge, a place that is the item (美国、日本等…): as they were
                    continue;
                }
                next.add(new Mention(it[0], it[1], EntityTypes.ORGANIZATION));
            }
            next.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out = next;
        }
        return out;
    }

    /** A word for firms at {@code from}, or after at most {@link #GAP} Han characters (等中国企业, 等电池企业). */
    private static boolean firmsAfter(String s, int from) {
        for (int i = from; i <= Math.min(s.length() - 2, from + GAP); i++) {
            for (String w : FIRMS) {
                // not 企业家, 银行家, 公司法, 集团军: people, laws and armies
                if (s.startsWith(w, i)) return i + w.length() >= s.length() || "家主法军軍".indexOf(s.charAt(i + w.length())) < 0;
            }
            if (i < s.length() && !isHan(s.charAt(i))) return false;
        }
        return false;
    }

    /**
     * The items of the list ending at 等 ({@code end}), first to last, as {start, end}; empty when none. The first
     * item (no separator before it) starts at the first organization in it, else the first mention in it (涉及晶科能源,
     * 除索尼, 韩国的现代); without a mention only after a clause mark and not at a verb, preposition, conjunction or
     * adverb (如亿纬锂能…: not the item 如亿纬锂能).
     */
    private static List<int[]> items(String s, int end, List<Mention> kept, WordClasses words) {
        List<int[]> out = new ArrayList<>();
        int e = end;
        while (true) {
            int b = e;
            while (b > 0 && SEPARATORS.indexOf(s.charAt(b - 1)) < 0 && CLAUSE_MARKS.indexOf(s.charAt(b - 1)) < 0
                    && !Character.isWhitespace(s.charAt(b - 1)) && e - b < 9) {
                b--;
            }
            boolean separated = b > 0 && SEPARATORS.indexOf(s.charAt(b - 1)) >= 0;
            boolean opened = b == 0 || CLAUSE_MARKS.indexOf(s.charAt(b - 1)) >= 0 || Character.isWhitespace(s.charAt(b - 1));
            int item = e;
            if (separated && e - 1 > b && s.charAt(e - 1) == '以' && e < s.length() && s.charAt(e) == '及') item = e - 1; // 以及
            if (!separated) {
                Mention first = null, organization = null;
                for (Mention m : kept) {
                    if (m.start() < b || m.start() >= e || m.end() > e) continue;
                    if (first == null) first = m;
                    if (organization == null && EntityTypes.ORGANIZATION.equals(m.type())) organization = m;
                }
                Mention at = organization != null ? organization : first;
                boolean function = "pvcdr".indexOf(WordClasses.wordClass(words.wordAt(s, b, e))) >= 0;
                if (at == null && (!opened || function)) break;
                // 除索尼, 来自北大方正集团, 韩国的现代, 记者拨打招商银行: the item starts at its name; one character before
                // it (药 of 药明康德: the tagger's 明康德) is kept
                if (at != null && (!opened || function || at.start() - b > 1)) b = at.start();
            }
            if (item - b < 2 || item - b > 8) break;
            out.add(0, new int[] {b, item});
            if (!separated) break;
            e = b - 1;
        }
        return out;
    }

    /** An item no mention touches that reads as a name: not one common word, not a lexicon place, only Han letters. */
    private static boolean nameLike(String s, int[] it, LexiconMatcher lexicon, WordClasses words) {
        for (int i = it[0]; i < it[1]; i++) if (!isHan(s.charAt(i))) return false;
        long w = words.wordAt(s, it[0], it[1]);
        if (WordClasses.length(w) == it[1] - it[0] && WordClasses.wordClass(w) != WordClasses.ORGANIZATION_NAME) return false;
        return !lexicon.isPlace(s, it[0], it[1]);
    }

    private static boolean inAny(List<int[]> items, Mention m) {
        for (int[] it : items) if (m.start() >= it[0] && m.end() <= it[1]) return true;
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
