package org.zhtext.figures;

import java.util.Arrays;

/**
 * Decides whether a figure is about a tariff from the clause around it: the text between the nearest
 * clause marks (，。；！？ brackets, line breaks — at most a window of chars on each side) must hold a tariff
 * word (关税/關稅, 税率, 加征, 徵收, 反倾销…). A price rise elsewhere in a tariff article is therefore not a
 * tariff. Dates and durations may also take the word from the clause before theirs in the same sentence
 * (…将关税休战延长90天，至11月10日): they bound the measure named there; so may any figure in a clause that
 * names what that tariff covers (涉及, 价值, 规模, 金额, 商品: …加征15%的关税，涉及金额约120亿美元).
 * One instance per text: the tariff words are found once, in one linear pass.
 */
final class Tariffs {
    /** Clause window, in chars on each side of the figure. */
    static final int WINDOW = 60;

    private final String s;
    private int[] hits = new int[8];
    private int count;

    Tariffs(String s) {
        this.s = s;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            Lexicon.Entry w = Lexicon.match(s, i, n, Lexicon.TARIFF_WORDS);
            if (w != null && !(w.word().endsWith("率") && DomesticTaxes.rateOfOne(s, i, Math.max(0, i - 8)))) {
                if (count == hits.length) hits = Arrays.copyOf(hits, count * 2);
                hits[count++] = i;
            }
        }
    }

    /**
     * True when the clause of [start, end) names a tariff. A date counts only when it bounds the measure
     * (自…起, …起, 到期, 生效, 截至, 之前, 期限为…); dates and durations may take the word from the clause before.
     */
    boolean about(int start, int end, boolean isDate, boolean isDuration) {
        if (count == 0 || (isDate && !bound(start, end))) return false;
        boolean timeBound = isDate || isDuration;
        int lo = clauseStart(start);
        int hi = clauseEnd(end);
        if (hasWord(lo, hi, start, end)) return true;
        if (lo > 0 && !isSentenceMark(s.charAt(lo - 1)) && (timeBound || covers(lo, start))) {
            return hasWord(clauseStart(lo - 1), lo, start, end);
        }
        return false;
    }

    /** Words that make a clause name what the tariff of the clause before covers (…加征15%的关税，涉及金额约120亿美元). */
    private static final String[] COVERS = {"涉及", "价值", "價值", "规模", "規模", "金额", "金額", "商品", "货值", "貨值"};

    /** The first characters of {@link #COVERS}: most clause characters are rejected with one scan of this. */
    private static final String COVERS_FIRST = "涉价價规規金商货貨";

    /** The clause text [lo, start) before a figure names what a tariff covers. */
    private boolean covers(int lo, int start) {
        for (int p = lo; p < start; p++) {
            if (COVERS_FIRST.indexOf(s.charAt(p)) < 0) continue;
            for (String w : COVERS) if (ChineseNumbers.startsWith(s, p, start, w)) return true;
        }
        return false;
    }

    private static final String[] BOUND_AFTER = {"起", "开始", "開始", "生效", "到期", "截止", "为止", "為止", "之前", "前", "后", "後", "以后", "以後"};
    private static final String[] BOUND_BEFORE = {"自", "从", "從", "至", "到", "截至", "直至", "直到",
            "期限为", "期限為", "期限是", "截止日期为", "截止日期為", "到期日为", "到期日為", "届满", "屆滿"};

    private boolean bound(int start, int end) {
        for (String w : BOUND_AFTER) if (ChineseNumbers.startsWith(s, end, s.length(), w)) return true;
        for (String w : BOUND_BEFORE) {
            int st = start - w.length();
            if (st >= 0 && ChineseNumbers.startsWith(s, st, start, w)) return true;
        }
        return false;
    }

    private int clauseStart(int from) {
        int lo = from;
        int floor = Math.max(0, from - WINDOW);
        while (lo > floor && !isClauseMark(s.charAt(lo - 1))) lo--;
        return lo;
    }

    private int clauseEnd(int from) {
        int hi = from;
        int ceil = Math.min(s.length(), from + WINDOW);
        while (hi < ceil && !isClauseMark(s.charAt(hi))) hi++;
        return hi;
    }

    /** A tariff word starting in [lo, hi), not one of the figure's own digits (301, 232). */
    private boolean hasWord(int lo, int hi, int start, int end) {
        int k = Arrays.binarySearch(hits, 0, count, lo);
        if (k < 0) k = -k - 1;
        for (; k < count && hits[k] < hi; k++) {
            if (hits[k] >= start && hits[k] < end && Character.isDigit(s.charAt(hits[k]))) continue;
            return true;
        }
        return false;
    }

    private static boolean isSentenceMark(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '；' || c == ';';
    }

    private static boolean isClauseMark(char c) {
        switch (c) {
            case '，': case ',': case '。': case '；': case ';': case '！': case '？': case '!': case '?':
            case '\n': case '\r': case '（': case '）': case '(': case ')':
                return true;
            default:
                return false;
        }
    }
}
