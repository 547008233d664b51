package org.zhtext.figures;

/**
 * Decides whether a figure is about a tariff from the clause around it: the text between the nearest
 * clause marks (，。；！？ brackets, line breaks — at most a window of chars on each side) must hold a tariff word
 * (关税/關稅, 税率, 加征, 徵收, 反倾销…). A price rise elsewhere in a tariff article is therefore not a tariff.
 */
final class Tariffs {
    private Tariffs() {
    }

    static boolean about(String s, int start, int end, int window) {
        int lo = start;
        int floor = Math.max(0, start - window);
        while (lo > floor && !isClauseMark(s.charAt(lo - 1))) lo--;
        int hi = end;
        int ceil = Math.min(s.length(), end + window);
        while (hi < ceil && !isClauseMark(s.charAt(hi))) hi++;
        for (int i = lo; i < hi; i++) {
            char c = s.charAt(i);
            for (String w : Lexicon.TARIFF_WORDS) {
                if (w.charAt(0) == c && ChineseNumbers.startsWith(s, i, hi, w)) {
                    // a figure's own digits (301, 232) must not count as the Section 301/232 word
                    if (Character.isDigit(c) && i >= start && i < end) continue;
                    return true;
                }
            }
        }
        return false;
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
