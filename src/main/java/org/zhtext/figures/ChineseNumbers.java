package org.zhtext.figures;

import org.zhtext.core.CharClasses;

import java.math.BigDecimal;

/**
 * Parses numbers as written in Chinese text: ASCII and full-width digits with decimals and thousands
 * separators ({@code 1,200}, {@code 1，200}, {@code ３．５}), Chinese numerals in everyday and financial
 * forms ({@code 两千五百万}, {@code 壹佰贰拾}, {@code 廿二}, {@code 二〇二五}), shorthand ({@code 三万五} = 35000,
 * {@code 一百二} = 120) and mixed forms ({@code 1.7億}, {@code 4.2万亿}, {@code 39.5 亿}, {@code 1万600}).
 *
 * <p>{@link #parse(String)} is the strict whole-string entry point; the extractor uses {@link #scan} which
 * reads the longest number at a position. Both run in time linear in the input: digit runs longer than
 * {@value #MAX_DIGITS} digits are not numbers (they are skipped, never converted).
 * Stateless and thread-safe.
 */
public final class ChineseNumbers {
    /** Longest digit run (integer or fraction part) read as a number. */
    static final int MAX_DIGITS = 30;

    private ChineseNumbers() {
    }

    /**
     * Parses a whole string as one number, or returns null when it is not exactly one number.
     * Accepts a leading sign ({@code -}, {@code 负}, {@code 負}, spaces after it), a trailing generic
     * classifier ({@code 个}/{@code 個}; {@code 对}/{@code 双} pair ×2, {@code 打} dozen ×12), Latin
     * K/M/G suffixes ({@code 1.2M}), fractions ({@code 二分之一}), {@code 半}/{@code 一半} (0.5) and the
     * cheque forms {@code 壹拾壹元整}, {@code 玖仟陆佰陆拾伍圆壹角捌分}.
     */
    public static BigDecimal parse(String s) {
        if (s == null) return null;
        String t = s.strip();
        boolean neg = false;
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '负' || t.charAt(0) == '負' || t.charAt(0) == '−')) {
            neg = true;
            t = t.substring(1).strip();
        }
        if (t.isEmpty()) return null;
        BigDecimal v = parseUnsigned(t);
        return v == null ? null : (neg ? v.negate() : v);
    }

    private static BigDecimal parseUnsigned(String t) {
        if (t.equals("半") || t.equals("一半") || t.equals("半个") || t.equals("半個")) return new BigDecimal("0.5");
        int frac = t.indexOf("分之");
        if (frac > 0) {
            BigDecimal den = parseUnsigned(t.substring(0, frac));
            BigDecimal num = parseUnsigned(t.substring(frac + 2));
            if (den == null || num == null || den.signum() == 0) return null;
            return strip(num.divide(den, java.math.MathContext.DECIMAL64));
        }
        BigDecimal mult = BigDecimal.ONE;
        char last = t.charAt(t.length() - 1);
        switch (last) {
            case '个': case '個': break;
            case '对': case '對': case '双': case '雙': mult = BigDecimal.valueOf(2); break;
            case '打': mult = BigDecimal.valueOf(12); break;
            case 'k': case 'K': mult = BigDecimal.valueOf(1_000); break;
            case 'M': mult = BigDecimal.valueOf(1_000_000); break;
            case 'G': mult = BigDecimal.valueOf(1_000_000_000); break;
            default: last = 0;
        }
        if (last != 0) t = t.substring(0, t.length() - 1);
        if (t.startsWith(".") || t.startsWith("．")) t = "0" + t;
        if (t.isEmpty()) return null;
        NumScan r = new NumScan();
        int end = scan(t, 0, t.length(), r, true);
        if (end <= 0 || r.overflow) return null;
        BigDecimal v = r.value;
        if (end < t.length()) {
            v = chequeTail(t, end, v);
            if (v == null) return null;
        }
        return strip(v.multiply(mult));
    }

    /**
     * 元整 / 元正 / 元 / 圆 and 角 分 after a cheque amount (or 角/分 alone: 肆角叁分, 壹分); null when
     * anything else follows.
     */
    private static BigDecimal chequeTail(String t, int i, BigDecimal v) {
        int n = t.length();
        char c = t.charAt(i);
        int d;
        if (c == '角' || c == '分') {
            if (v.scale() > 0 || v.compareTo(BigDecimal.TEN) >= 0) return null;
            d = v.intValue();
            v = BigDecimal.ZERO;
            i--;
        } else {
            if (c != '元' && c != '圆' && c != '圓') return null;
            i++;
            if (i == n) return v;
            if (i + 1 == n && (t.charAt(i) == '整' || t.charAt(i) == '正')) return v;
            if (t.charAt(i) == '零' && i + 1 < n) i++; // 壹元零壹分
            d = digitValue(t.charAt(i));
        }
        if (d >= 0 && i + 1 < n && t.charAt(i + 1) == '角') {
            v = v.add(BigDecimal.valueOf(d, 1));
            i += 2;
            if (i == n) return v;
            d = digitValue(t.charAt(i));
        }
        if (d >= 0 && i + 2 == n && t.charAt(i + 1) == '分') return v.add(BigDecimal.valueOf(d, 2));
        return null;
    }

    private static final BigDecimal[] POW10 = new BigDecimal[25];

    static {
        for (int i = 0; i < POW10.length; i++) POW10[i] = BigDecimal.ONE.scaleByPowerOfTen(i).setScale(0);
    }

    /** 10^e for the exponents of units and scales (and their sums, as in 万亿). */
    static BigDecimal pow10(int e) {
        return e < POW10.length ? POW10[e] : BigDecimal.ONE.scaleByPowerOfTen(e).setScale(0);
    }

    static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Value 0–9 of a Chinese or Arabic digit (two 两 兩 count as 2, 〇 零 as 0), or -1. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '０' && c <= '９') return c - '０';
        switch (c) {
            case '零': case '〇': case '○': return 0;
            case '一': case '壹': case '幺': return 1;
            case '二': case '贰': case '貳': case '两': case '兩': case '俩': case '倆': return 2;
            case '三': case '叁': case '參': case '叄': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Exponent of a unit character 十 百 千 (1, 2, 3) or 0. */
    static int unitExp(char c) {
        switch (c) {
            case '十': case '拾': return 1;
            case '百': case '佰': return 2;
            case '千': case '仟': return 3;
            default: return 0;
        }
    }

    /** Exponent of a scale character 万 亿 兆 (4, 8, 12) or 0. */
    static int scaleExp(char c) {
        switch (c) {
            case '万': case '萬': return 4;
            case '亿': case '億': return 8;
            case '兆': return 12;
            default: return 0;
        }
    }

    /** Tens characters 廿 卅 卌: 2, 3, 4 tens, or 0. */
    private static int tensValue(char c) {
        switch (c) {
            case '廿': return 2;
            case '卅': return 3;
            case '卌': return 4;
            default: return 0;
        }
    }

    /** True when a number may start with {@code c} (the extractor's anchor test). */
    static boolean canStart(char c) {
        return isArabicDigit(c) || digitValue(c) >= 0 || unitExp(c) == 1 || tensValue(c) > 0
                || c == '百' || c == '千' || c == '佰' || c == '仟';
    }

    /** Result of {@link #scan}; reused by the caller. */
    static final class NumScan {
        BigDecimal value;
        /** A pure Arabic integer without separators/scales: its digit count, else 0 (used for years). */
        int plainDigits;
        /** A run of Chinese digits read one by one (二〇二五): its length, else 0. */
        int directDigits;
        /** The number is one Chinese digit character alone (一, 两). */
        boolean singleChineseDigit;
        /** 多 / 余 inside the number (1800多, 50余万). */
        boolean more;
        /** Exponent of the trailing scale run when the number is "simple × scale" (5400万 → 4), else 0. */
        int trailingScale;
        /** Contains an Arabic digit. */
        boolean arabic;
        boolean integer;
        /** A digit run longer than MAX_DIGITS: not a number; the scan returned its end for skipping. */
        boolean overflow;
        /** The scan's working state, reused so that a scan allocates nothing of its own. */
        private final NumberParse parse = new NumberParse(this);

        private void clear() {
            value = null;
            plainDigits = 0;
            directDigits = 0;
            singleChineseDigit = false;
            more = false;
            trailingScale = 0;
            arabic = false;
            integer = true;
            overflow = false;
        }
    }

    /** Kinds of the last token read: nothing yet, a digit (run), a unit 十百千, a scale 万亿兆, a 零 gap. */
    private static final int NONE = 0, DIGIT = 1, UNIT = 2, SCALE = 3, ZERO = 4;

    /**
     * Reads the longest number starting at {@code from} (not past {@code limit}); returns its end
     * (exclusive) or -1 when no number starts there. Spaces (at most two) are allowed between digits and a
     * following scale or 多/余 ({@code 39.5 亿}). {@code wholeMode} allows a leading bare scale (萬九).
     * On overflow it returns the end of the digit run with {@code r.overflow} set.
     */
    static int scan(String s, int from, int limit, NumScan r, boolean wholeMode) {
        r.clear();
        return r.parse.run(s, from, limit, wholeMode);
    }

    /**
     * One {@link #scan} as small parse steps, one per kind of character. The value read so far is
     * {@code acc} (everything up to the last scale: 3亿) + {@code section} (units since: 4千5百) + {@code num}
     * (the pending digits: 6). A step returns true when it took its character(s) and the scan goes on, false
     * when the number ends before them (or on overflow, with {@code r.overflow} set).
     */
    private static final class NumberParse {
        private final NumScan r;
        private String s;
        private int limit;
        private boolean wholeMode;
        /** Next position; end of the number so far (-1: none); start of a trailing 零 (backed out at the end). */
        private int i, end, zeroStart;
        /** The end returned on overflow. */
        private int overflowEnd;
        /** Digits, units and scales read. */
        private int tokens;
        private BigDecimal acc, section, num;
        private int lastScale, lastUnit;
        /** Kind of the last token, and of the token before the pending digit (for shorthand). */
        private int prev, prevBeforeNum;
        /** Length of a digit-by-digit Chinese run in num. */
        private int direct;
        private boolean numDecimal, numArabic;
        /** A decimal got a scale: only a bigger scale may follow. */
        private boolean decimalScaled;
        private boolean leadingBareUnit, zeroGap;
        /** Exponent of the current trailing run of scales. */
        private int scaleRunExp;
        private boolean simpleBeforeScale;

        NumberParse(NumScan r) {
            this.r = r;
        }

        int run(String text, int from, int lim, boolean whole) {
            start(text, from, lim, whole);
            while (i < limit && step(s.charAt(i))) {
                // every step that goes on has advanced i
            }
            int e = r.overflow ? overflowEnd : finish();
            s = null;
            return e;
        }

        private void start(String text, int from, int lim, boolean whole) {
            s = text;
            limit = lim;
            wholeMode = whole;
            i = from;
            end = -1;
            zeroStart = -1;
            overflowEnd = -1;
            tokens = 0;
            acc = BigDecimal.ZERO;
            section = BigDecimal.ZERO;
            num = null;
            lastScale = 0;
            lastUnit = 99;
            prev = NONE;
            prevBeforeNum = NONE;
            direct = 0;
            numDecimal = false;
            numArabic = false;
            decimalScaled = false;
            leadingBareUnit = false;
            zeroGap = false;
            scaleRunExp = 0;
            simpleBeforeScale = true;
        }

        private boolean step(char c) {
            if (isArabicDigit(c)) return arabicNumber();
            int d = digitValue(c);
            if (d > 0 || (d == 0 && c != '零' && prev == DIGIT && direct > 0)) return chineseDigit(d);
            if (d == 0) return zero(c);
            int u = unitExp(c);
            if (u > 0) return unit(u);
            int tv = tensValue(c);
            if (tv > 0) return tens(tv);
            int sc = scaleExp(c);
            if (sc > 0) return scale(sc);
            if (c == '点' || c == '點') return decimalPart();
            if (c == '多' || c == '余' || c == '餘') return more();
            return false;
        }

        /** A token ends at {@code next}. */
        private void took(int next) {
            tokens++;
            i = next;
            end = next;
            zeroStart = -1;
        }

        private boolean overflow(int runEnd) {
            r.overflow = true;
            overflowEnd = runEnd;
            return false;
        }

        /** 1,200 / 3.5 (spaces after it are skipped when a scale or 多 follows: 39.5 亿). */
        private boolean arabicNumber() {
            if (prev == DIGIT || decimalScaled) return false;
            int j = arabicRun(s, i, limit, r);
            if (r.overflow) return overflow(j);
            if (j < 0) return false;
            // 1百01 style only with integers after units
            boolean integer = r.plainDigits > 0 && r.value.scale() <= 0;
            if (prev != NONE && !integer && prev != SCALE && prev != ZERO) return false;
            prevBeforeNum = prev;
            num = r.value;
            numDecimal = r.value.scale() > 0;
            numArabic = true;
            r.arabic = true;
            direct = 0;
            prev = DIGIT;
            took(j);
            i = skipSpacesBeforeScale(s, i, limit);
            return true;
        }

        /** 一 … 九 (and 〇 inside a digit run): a new pending digit, or the next one of 二〇二五. */
        private boolean chineseDigit(int d) {
            if (decimalScaled) return false;
            if (prev == DIGIT) {
                if (direct == 0 || numDecimal) return false;
                if (direct >= MAX_DIGITS) return overflow(skipDirectRun(s, i, limit));
                if (direct == 1 && !wholeMode && !longDirectRun(s, i - 1, limit)) return false; // 三四个月
                num = num.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d));
                direct++;
            } else {
                prevBeforeNum = prev;
                num = BigDecimal.valueOf(d);
                direct = 1;
                numDecimal = false;
                numArabic = false;
            }
            prev = DIGIT;
            took(i + 1);
            return true;
        }

        /** 零 / 〇 not continuing a digit run: a leading zero, the end of 一七二零, or the gap of 一千零五. */
        private boolean zero(char c) {
            if (prev == NONE) {
                num = BigDecimal.ZERO;
                direct = 1;
                prevBeforeNum = NONE;
                prev = DIGIT;
                took(i + 1);
                return true;
            }
            if (prev == DIGIT && direct > 0 && !numDecimal && c == '零') {
                // 一七二零: a digit-by-digit run may continue with 零
                if (i + 1 < limit && (unitExp(s.charAt(i + 1)) > 0 || scaleExp(s.charAt(i + 1)) > 0)) return false;
                num = num.multiply(BigDecimal.TEN);
                direct++;
                i++;
                end = i;
                return true;
            }
            if (prev == UNIT || prev == SCALE) {
                if (zeroStart < 0) zeroStart = i;
                zeroGap = true;
                prev = ZERO;
                i++;
                return true;
            }
            return false;
        }

        /** 十 百 千 (exponent u): adds the pending digit (or 1) times the unit to the section. */
        private boolean unit(int u) {
            if (decimalScaled || direct > 1) return false;
            if (u == 2 && startsWith(s, i + 1, limit, "分之")) return false; // 百分之
            if (u == 3 && i + 1 < limit && isMetricSuffix(s.charAt(i + 1)) && (num != null || prev == SCALE)) {
                return false; // 千米 千克, 1000万千瓦
            }
            if (u >= lastUnit) return false;
            if (num == null) {
                if (prev == UNIT && (u > 1 || leadingBareUnit)) return false; // 百十一
                if (u > 1) leadingBareUnit = prev == NONE;
                num = BigDecimal.ONE;
            }
            section = section.add(num.multiply(pow10(u)));
            simpleBeforeScale = false;
            num = null;
            numDecimal = false;
            lastUnit = u;
            prev = UNIT;
            zeroGap = false;
            direct = 0;
            took(i + 1);
            return true;
        }

        /** 廿 卅 卌 (tv tens). */
        private boolean tens(int tv) {
            if (prev == DIGIT || lastUnit <= 1 || decimalScaled) return false;
            section = section.add(BigDecimal.valueOf(tv * 10L));
            lastUnit = 1;
            prev = UNIT;
            simpleBeforeScale = false;
            took(i + 1);
            return true;
        }

        /** 万 亿 兆 (exponent sc): multiplies what was read since the last smaller scale. */
        private boolean scale(int sc) {
            if (sc == 12 && i + 1 < limit && isMegaSuffix(s.charAt(i + 1))) return false; // 500兆瓦, 兆赫: mega, no scale
            if (prev == NONE && !wholeMode) return false;
            if (prev == ZERO) return false;
            if (num != null) num = shorthand(); // kept even when the scale is refused below
            BigDecimal chunk = section.add(num == null ? (prev == NONE ? BigDecimal.ONE : BigDecimal.ZERO) : num);
            if (lastScale != 0 && sc == lastScale) return false;
            if (decimalScaled && sc < lastScale) return false;
            if (chunk.signum() == 0 && !(prev == SCALE && sc > lastScale)) return false;
            if (prev == SCALE) {
                scaleRunExp += sc;
            } else {
                scaleRunExp = sc;
                simpleBeforeScale = simpleBeforeScale && section.signum() == 0 && acc.signum() == 0;
            }
            if (lastScale != 0 && sc > lastScale) {
                acc = acc.add(chunk).multiply(pow10(sc));
            } else {
                acc = acc.add(chunk.multiply(pow10(sc)));
            }
            if (numDecimal) decimalScaled = true;
            lastScale = sc;
            section = BigDecimal.ZERO;
            num = null;
            numDecimal = false;
            lastUnit = 99;
            prev = SCALE;
            direct = 0;
            zeroGap = false;
            took(i + 1);
            return true;
        }

        /** 点 / 點 and the Chinese or Arabic digits after it (三点五, 一百点123). */
        private boolean decimalPart() {
            if (!(prev == DIGIT || (prev == UNIT && num == null)) || numDecimal
                    || i + 1 >= limit || digitValue(s.charAt(i + 1)) < 0) {
                return false;
            }
            if (num == null) num = BigDecimal.ZERO; // 一百点123
            int j = i + 1;
            int fd = 0;
            BigDecimal frac = BigDecimal.ZERO;
            while (j < limit && digitValue(s.charAt(j)) >= 0) {
                if (++fd > MAX_DIGITS) return overflow(skipDirectRun(s, j, limit));
                frac = frac.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(digitValue(s.charAt(j))));
                j++;
            }
            num = num.add(frac.movePointLeft(fd));
            numDecimal = true;
            direct = 0;
            i = j;
            end = i;
            return true;
        }

        /** 多 / 余 (1800多, 50余万): only a scale may follow it. */
        private boolean more() {
            if (prev == NONE || prev == ZERO || r.more || (prev == DIGIT && numDecimal)) return false;
            r.more = true;
            i++;
            end = i;
            return i < limit && scaleExp(s.charAt(i)) > 0 && prev != SCALE;
        }

        /** Shorthand: a lone last digit counts in the next lower unit (三万五, 一百二, 百二萬, 两千六). */
        private BigDecimal shorthand() {
            boolean loneDigit = direct == 1 && !numArabic && !numDecimal && !zeroGap;
            if (!loneDigit || (prevBeforeNum != UNIT && prevBeforeNum != SCALE)) return num;
            int e = prevBeforeNum == UNIT ? lastUnit - 1 : lastScale - 1;
            return e >= 1 ? num.multiply(pow10(e)) : num;
        }

        /** The value and the flags of the number read; its end, or -1. */
        private int finish() {
            if (tokens == 0 || end < 0) return -1;
            if (zeroStart >= 0 && zeroStart < end) end = zeroStart;
            if (num != null && !r.more) num = shorthand();
            BigDecimal v = acc.add(section);
            if (num != null) v = v.add(num);
            r.value = strip(v);
            r.integer = r.value.scale() <= 0;
            boolean onlyDigits = prev == DIGIT && lastScale == 0 && lastUnit == 99 && !numArabic && !numDecimal;
            r.directDigits = onlyDigits ? direct : 0;
            r.singleChineseDigit = onlyDigits && direct == 1;
            if (!(tokens == 1 && numArabic && prev == DIGIT)) r.plainDigits = 0;
            r.trailingScale = (prev == SCALE && simpleBeforeScale) ? scaleRunExp : 0;
            return end;
        }
    }

    /** In running text a digit-by-digit run needs three digits or a zero (二〇二五, 一九九七), not 三四. */
    private static boolean longDirectRun(String s, int i, int limit) {
        int len = 0;
        boolean zero = false;
        for (int k = i; k < limit && len < 3; k++) {
            int d = digitValue(s.charAt(k));
            if (d < 0 || isArabicDigit(s.charAt(k))) break;
            zero |= d == 0;
            len++;
        }
        return len >= 3 || zero;
    }

    private static boolean isMetricSuffix(char c) {
        return c == '米' || c == '克' || c == '瓦' || c == '卡' || c == '字' || c == '兆';
    }

    /** After 兆, a unit it is the SI prefix of (兆瓦 MW, 兆赫 MHz, 兆帕 MPa). */
    private static boolean isMegaSuffix(char c) {
        return c == '瓦' || c == '赫' || c == '帕';
    }

    private static int skipSpacesBeforeScale(String s, int i, int limit) {
        int j = i;
        while (j < limit && j - i < 2 && CharClasses.isNumberSpace(s.charAt(j))) j++;
        if (j > i && j < limit) {
            char c = s.charAt(j);
            if (scaleExp(c) > 0 || c == '多' || c == '余' || c == '餘') return j;
        }
        return i;
    }

    private static int skipDirectRun(String s, int i, int limit) {
        while (i < limit && (digitValue(s.charAt(i)) >= 0)) i++;
        return i;
    }

    static boolean startsWith(String s, int i, int limit, String w) {
        if (i + w.length() > limit) return false;
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(i + k) != w.charAt(k)) return false;
        }
        return true;
    }

    /**
     * Reads an Arabic number (digits, thousands separators, one decimal part) at {@code i}. Sets
     * {@code r.value} and {@code r.plainDigits} (digit count for separator-free integers, else 0); returns
     * the end. Runs longer than MAX_DIGITS set {@code r.overflow} and return the end of the run.
     */
    private static int arabicRun(String s, int i, int limit, NumScan r) {
        long intVal = 0;
        int intDigits = 0;
        int group = 0;
        boolean separated = false;
        int j = i;
        while (j < limit) {
            char c = s.charAt(j);
            if (isArabicDigit(c)) {
                if (intDigits < 18) intVal = intVal * 10 + digitValue(c);
                intDigits++;
                group++;
                j++;
            } else if ((c == ',' || c == '，') && ((!separated && group <= 3) || (separated && group == 3))
                    && threeDigitsFollow(s, j + 1, limit)) {
                separated = true;
                group = 0;
                j++;
            } else {
                break;
            }
        }
        if (intDigits > MAX_DIGITS) {
            r.overflow = true;
            return skipDigitsAndPoints(s, j, limit);
        }
        long fracVal = 0;
        int fracDigits = 0;
        if (j + 1 < limit && (s.charAt(j) == '.' || s.charAt(j) == '．') && isArabicDigit(s.charAt(j + 1))) {
            j++;
            while (j < limit && isArabicDigit(s.charAt(j))) {
                if (fracDigits < 18) fracVal = fracVal * 10 + digitValue(s.charAt(j));
                fracDigits++;
                j++;
            }
            if (fracDigits > MAX_DIGITS) {
                r.overflow = true;
                return skipDigitsAndPoints(s, j, limit);
            }
        }
        BigDecimal v;
        if (intDigits <= 18 && fracDigits <= 18) {
            v = BigDecimal.valueOf(intVal);
            if (fracDigits > 0) v = v.add(BigDecimal.valueOf(fracVal, fracDigits));
        } else {
            StringBuilder b = new StringBuilder(intDigits + fracDigits + 1);
            for (int k = i; k < j; k++) {
                char c = s.charAt(k);
                if (isArabicDigit(c)) b.append((char) ('0' + digitValue(c)));
                else if (c == '.' || c == '．') b.append('.');
            }
            v = new BigDecimal(b.toString());
        }
        r.value = v;
        r.plainDigits = (!separated && fracDigits == 0) ? intDigits : 0;
        return j;
    }

    private static int skipDigitsAndPoints(String s, int j, int limit) {
        while (j < limit && (isArabicDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) j++;
        return j;
    }

    private static boolean threeDigitsFollow(String s, int j, int limit) {
        if (j + 3 > limit) return false;
        for (int k = j; k < j + 3; k++) if (!isArabicDigit(s.charAt(k))) return false;
        return j + 3 == limit || !isArabicDigit(s.charAt(j + 3));
    }
}
