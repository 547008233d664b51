package org.zhtext.figures;

import org.zhtext.core.CharClasses;

/**
 * The text of one scan and the character-level helpers every recognizer shares: spaces between the parts of
 * a figure, look-ahead, range connectors, character classes. Offsets are UTF-16 char indices; every helper
 * looks at a bounded window.
 */
abstract class TextScan {
    /** Most spaces allowed between the parts of a figure (2025 年 9 月, 80 亿美元). */
    static final int MAX_SPACES = 2;

    final String s;
    final int n;

    TextScan(String text) {
        this.s = text;
        this.n = text.length();
    }

    /** p after at most {@link #MAX_SPACES} spaces. */
    final int skipSpaces(int p) {
        int q = p;
        while (q < n && q - p < MAX_SPACES && isSpace(s.charAt(q))) q++;
        return q;
    }

    /** The char at p is one of cs. */
    final boolean nextIs(int p, char... cs) {
        if (p >= n) return false;
        char c = s.charAt(p);
        for (char x : cs) if (c == x) return true;
        return false;
    }

    final boolean startsWith(int p, String w) {
        return ChineseNumbers.startsWith(s, p, n, w);
    }

    final boolean startsAny(int p, String... ws) {
        for (String w : ws) if (ChineseNumbers.startsWith(s, p, n, w)) return true;
        return false;
    }

    /** Value 0–9 of the digit at p, or -1. */
    final int digitAt(int p) {
        return p < n ? ChineseNumbers.digitValue(s.charAt(p)) : -1;
    }

    /** Index after a range connector (至/到/-/~, with spaces) at p, or p when there is none. */
    final int connector(int p) {
        int q = skipSpaces(p);
        if (q >= n || !isConnector(s.charAt(q))) return p;
        if (s.charAt(q) == '至' && nextIs(q + 1, '今', '少', '多', '于', '於')) return p;
        if (s.charAt(q) == '到' && nextIs(q + 1, '期', '达', '達', '位', '底', '了')) return p;
        if (isDash(s.charAt(q)) && q + 1 < n && isDash(s.charAt(q + 1))) q++; // -- and —— are one connector
        int r = skipSpaces(q + 1);
        return r < n && (ChineseNumbers.canStart(s.charAt(r)) || s.charAt(r) == '百' || s.charAt(r) == '今'
                || s.charAt(r) == '明' || s.charAt(r) == '去') ? r : p;
    }

    /**
     * The first of two neighbouring Chinese digits that mean "this or the next" (三四万, 两三天, 七八月), when the
     * digit before {@code i} is one (两 as 2) standing alone: not after another numeral (二十三四), 第, a weekday word
     * (周三四, 星期三四) or 期. 1–9, or 0 when none.
     */
    final int pairedDigitBefore(int i) {
        if (i == 0) return 0;
        char c = s.charAt(i - 1);
        int d = c == '两' || c == '兩' ? 2 : ChineseNumbers.isArabicDigit(c) ? -1 : ChineseNumbers.digitValue(c);
        if (d < 1 || d > 9) return 0;
        if (i >= 2) {
            char b = s.charAt(i - 2);
            if (ChineseNumbers.digitValue(b) >= 0 || ChineseNumbers.unitExp(b) > 0 || "第周週期".indexOf(b) >= 0) return 0;
        }
        return d;
    }

    static boolean isConnector(char c) {
        return c == '至' || c == '到' || c == '-' || c == '—' || c == '–' || c == '~' || c == '～' || c == '－' || c == '〜';
    }

    static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–' || c == '－';
    }

    static boolean isSpace(char c) {
        return CharClasses.isInlineSpace(c);
    }

    static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9fff';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
