package org.zhtext.figures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forward- and backward-pointing words before a date ({@code leaning-words.txt}): 延长到, 将于, 推迟至, 截至 point
 * forward (+1), 原定, 此前 backward (-1). {@link DateResolver} takes, of two near readings of a month without a year,
 * the later or the earlier one.
 */
final class Leaning {
    private Leaning() {
    }

    private static final Lexicon.Table WORDS;

    static {
        Map<String, String> words = new LinkedHashMap<>();
        for (String[] f : Scripts.lines("leaning-words.txt")) {
            String lean = f[0].equals("forward") ? "+" : f[0].equals("backward") ? "-" : null;
            if (lean == null) throw new IllegalStateException("leaning-words.txt: " + f[0]);
            for (String w : f[1].split(" ")) words.put(w, lean);
        }
        WORDS = Scripts.table(words, true);
    }

    /**
     * +1, -1 or 0 for the date at [{@code start}, {@code end}) in {@code s}: the word right before it ({@link #of(String,
     * int)}), else -1 when its sentence is told in the past: a perfective 了, 已 or 曾 after the date and no word of the
     * future (将, 拟, 计划, 预计, 定于, 即将, 准备, 打算, 有望, 届时 …) before the sentence ends (3月2日，欧盟公布了调查结果: this
     * March, not next), or 于 right before it with no such word before (公司于3月10日发布公告).
     */
    static int of(String s, int start, int end) {
        int before = of(s, start);
        if (before != 0) return before;
        return toldInThePast(s, end) || pastAfterYu(s, start) ? -1 : 0;
    }

    /**
     * 于 right before the date and no word of the future before it in the sentence (公司于3月10日发布公告, not
     * 将分别于, 计划于): news tells such a date in the past.
     */
    private static boolean pastAfterYu(String s, int start) {
        int q = start;
        while (q > 0 && TextScan.isSpace(s.charAt(q - 1))) q--;
        if (q == 0 || (s.charAt(q - 1) != '于' && s.charAt(q - 1) != '於')) return false;
        for (int i = q - 2; i >= 0 && i >= q - 40; i--) {
            if (SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0) break;
            if (futureAt(s, i)) return false;
        }
        return true;
    }

    /** The future markers of the weekday rule ({@link RelativeRecognizer#FUTURE_BEFORE}): one list for both. */
    private static final String[] FUTURE = RelativeRecognizer.FUTURE_BEFORE;
    /** The first characters of {@link #FUTURE}: most characters of a sentence start none, and are passed with one look-up. */
    private static final org.zhtext.core.CharSet FUTURE_FIRST = org.zhtext.core.CharSet.of(
            java.util.Arrays.stream(FUTURE).map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining()));

    /** A word of {@link #FUTURE} starts at i of s. */
    private static boolean futureAt(String s, int i) {
        if (!FUTURE_FIRST.contains(s.charAt(i))) return false;
        for (String w : FUTURE) if (s.startsWith(w, i)) return true;
        return false;
    }
    private static final String SENTENCE_ENDS = "。！？；!?;\n";

    private static boolean toldInThePast(String s, int from) {
        int to = Math.min(s.length(), from + 40);
        boolean past = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) break;
            if (futureAt(s, i)) return false;
            if (c == '已' || c == '曾') past = true;
            if (c == '了' && i > from && "为為除不得".indexOf(s.charAt(i - 1)) < 0
                    && (i + 1 >= s.length() || s.charAt(i + 1) != '解')) {
                past = true;
            }
        }
        return past;
    }

    /** +1, -1 or 0 for the word right before {@code start} (or before 在/于/到/至 there) in {@code s}. */
    static int of(String s, int start) {
        int q = start;
        while (q > 0 && TextScan.isSpace(s.charAt(q - 1))) q--;
        Lexicon.Entry w = Lexicon.matchBefore(s, q, Math.max(0, q - 5), WORDS);
        if (w == null && q > 0 && "在于於到至".indexOf(s.charAt(q - 1)) >= 0) {
            w = Lexicon.matchBefore(s, q - 1, Math.max(0, q - 6), WORDS);
        }
        return w == null ? 0 : w.norm().equals("+") ? 1 : -1;
    }
}
