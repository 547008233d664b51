package org.zhtext.figures;

import static org.zhtext.figures.ChineseNumbers.digitValue;
import static org.zhtext.figures.ChineseNumbers.isArabicDigit;
import static org.zhtext.figures.ChineseNumbers.pow10;
import static org.zhtext.figures.ChineseNumbers.scaleExp;
import static org.zhtext.figures.ChineseNumbers.startsWith;
import static org.zhtext.figures.ChineseNumbers.strip;
import static org.zhtext.figures.ChineseNumbers.unitExp;

import java.math.BigDecimal;

/**
 * TEST-ONLY ORACLE: a verbatim copy of {@code ChineseNumbers.scan} and its private helpers as they were before the
 * scan was split into small parse steps (issue 27 item 4, commit 6d42979). {@link ChineseNumbersScanDiffTest}
 * checks that the refactored scan returns the same end and the same {@link ChineseNumbers.NumScan} fields for
 * every input. The package-visible character tables (digitValue, unitExp, scaleExp…) are shared, not copied:
 * the refactoring did not touch them. Do not edit it to follow behaviour changes; delete it when the scan is
 * meant to change.
 */
final class LegacyNumberScan {
    static final int MAX_DIGITS = ChineseNumbers.MAX_DIGITS;

    private LegacyNumberScan() {
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

    private static final int NONE = 0, DIGIT = 1, UNIT = 2, SCALE = 3, ZERO = 4;

    /**
     * Reads the longest number starting at {@code from} (not past {@code limit}); returns its end
     * (exclusive) or -1 when no number starts there. Spaces (at most two) are allowed between digits and a
     * following scale or 多/余 ({@code 39.5 亿}). {@code wholeMode} allows a leading bare scale (萬九).
     * On overflow it returns the end of the digit run with {@code r.overflow} set.
     */
    static int scan(CharSequence s, int from, int limit, ChineseNumbers.NumScan r, boolean wholeMode) {
        r.value = null;
        r.plainDigits = 0;
        r.directDigits = 0;
        r.singleChineseDigit = false;
        r.more = false;
        r.trailingScale = 0;
        r.arabic = false;
        r.integer = true;
        r.overflow = false;

        BigDecimal acc = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal num = null;
        int lastScale = 0;
        int lastUnit = 99;
        int prev = NONE;
        int prevBeforeNum = NONE; // kind of the token before the pending digit (for shorthand)
        int direct = 0; // length of a digit-by-digit Chinese run in num
        boolean numDecimal = false;
        boolean numArabic = false;
        boolean decimalScaled = false; // a decimal got a scale: only a bigger scale may follow
        boolean leadingBareUnit = false;
        boolean zeroGap = false;
        int scaleRunExp = 0; // exponent of the current trailing run of scales
        boolean simpleBeforeScale = true;
        int tokens = 0;
        int i = from;
        int end = -1;
        int zeroStart = -1; // start of a trailing 零 (backed out if nothing follows)
        while (i < limit) {
            char c = s.charAt(i);
            if (isArabicDigit(c)) {
                if (prev == DIGIT || decimalScaled) break;
                int j = arabicRun(s, i, limit, r);
                if (r.overflow) {
                    return j;
                }
                if (j < 0) break;
                if (prev != NONE && (r.plainDigits == 0 || r.value.scale() > 0) && prev != SCALE && prev != ZERO) {
                    // 1百01 style only with integers after units
                    break;
                }
                prevBeforeNum = prev;
                num = r.value;
                numDecimal = r.value.scale() > 0;
                numArabic = true;
                r.arabic = true;
                direct = 0;
                prev = DIGIT;
                tokens++;
                i = j;
                end = i;
                zeroStart = -1;
                i = skipSpacesBeforeScale(s, i, limit);
                continue;
            }
            int d = digitValue(c);
            if (d > 0 || (d == 0 && c != '零' && prev == DIGIT && direct > 0)) {
                if (decimalScaled) break;
                if (prev == DIGIT) {
                    if (direct == 0 || numDecimal) break;
                    if (direct >= MAX_DIGITS) {
                        r.overflow = true;
                        return skipDirectRun(s, i, limit);
                    }
                    if (direct == 1 && !wholeMode && !longDirectRun(s, i - 1, limit)) break; // 三四个月
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
                tokens++;
                i++;
                end = i;
                zeroStart = -1;
                continue;
            }
            if (d == 0) { // 零 / 〇 not continuing a digit run
                if (prev == NONE) {
                    num = BigDecimal.ZERO;
                    direct = 1;
                    prevBeforeNum = NONE;
                    prev = DIGIT;
                    tokens++;
                    i++;
                    end = i;
                    continue;
                }
                if (prev == DIGIT && direct > 0 && !numDecimal && (c == '零')) {
                    // 一七二零: a digit-by-digit run may continue with 零
                    if (i + 1 < limit && (unitExp(s.charAt(i + 1)) > 0 || scaleExp(s.charAt(i + 1)) > 0)) break;
                    num = num.multiply(BigDecimal.TEN);
                    direct++;
                    i++;
                    end = i;
                    continue;
                }
                if (prev == UNIT || prev == SCALE) {
                    if (zeroStart < 0) zeroStart = i;
                    zeroGap = true;
                    prev = ZERO;
                    i++;
                    continue;
                }
                break;
            }
            int u = unitExp(c);
            if (u > 0) {
                if (decimalScaled || direct > 1) break;
                if (u == 2 && startsWith(s, i + 1, limit, "分之")) break; // 百分之
                if (u == 3 && i + 1 < limit && isMetricSuffix(s.charAt(i + 1)) && (num != null || prev == SCALE)) break; // 千米 千克, 1000万千瓦
                if (u >= lastUnit) break;
                if (num == null) {
                    if (prev == UNIT && (u > 1 || leadingBareUnit)) break; // 百十一
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
                tokens++;
                i++;
                end = i;
                zeroStart = -1;
                continue;
            }
            int tv = tensValue(c);
            if (tv > 0) {
                if (prev == DIGIT || lastUnit <= 1 || decimalScaled) break;
                section = section.add(BigDecimal.valueOf(tv * 10L));
                lastUnit = 1;
                prev = UNIT;
                simpleBeforeScale = false;
                tokens++;
                i++;
                end = i;
                zeroStart = -1;
                continue;
            }
            int sc = scaleExp(c);
            if (sc > 0) {
                if (sc == 12 && i + 1 < limit && isMegaSuffix(s.charAt(i + 1))) break; // 500兆瓦, 兆赫: mega, no scale
                if (prev == NONE && !wholeMode) break;
                if (prev == ZERO) break;
                if (num != null) num = shorthand(num, direct, numArabic, numDecimal, zeroGap, prevBeforeNum, lastUnit, lastScale);
                BigDecimal chunk = section.add(num == null ? (prev == NONE ? BigDecimal.ONE : BigDecimal.ZERO) : num);
                if (lastScale != 0 && sc == lastScale) break;
                if (decimalScaled && sc < lastScale) break;
                if (chunk.signum() == 0 && !(prev == SCALE && sc > lastScale)) break;
                boolean wasDecimal = numDecimal;
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
                if (wasDecimal) decimalScaled = true;
                lastScale = sc;
                section = BigDecimal.ZERO;
                num = null;
                numDecimal = false;
                lastUnit = 99;
                prev = SCALE;
                direct = 0;
                zeroGap = false;
                tokens++;
                i++;
                end = i;
                zeroStart = -1;
                continue;
            }
            if ((c == '点' || c == '點') && (prev == DIGIT || (prev == UNIT && num == null)) && !numDecimal
                    && i + 1 < limit && digitValue(s.charAt(i + 1)) >= 0) {
                if (num == null) num = BigDecimal.ZERO; // 一百点123
                int j = i + 1;
                int fd = 0;
                BigDecimal frac = BigDecimal.ZERO;
                while (j < limit && digitValue(s.charAt(j)) >= 0) {
                    if (++fd > MAX_DIGITS) {
                        r.overflow = true;
                        return skipDirectRun(s, j, limit);
                    }
                    frac = frac.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(digitValue(s.charAt(j))));
                    j++;
                }
                num = num.add(frac.movePointLeft(fd));
                numDecimal = true;
                direct = 0;
                i = j;
                end = i;
                continue;
            }
            if ((c == '多' || c == '余' || c == '餘') && prev != NONE && prev != ZERO && !r.more
                    && !(prev == DIGIT && numDecimal)) {
                r.more = true;
                i++;
                end = i;
                // only a scale may follow 多 (50多万)
                int j = i;
                if (j < limit && scaleExp(s.charAt(j)) > 0 && prev != SCALE) {
                    continue;
                }
                break;
            }
            break;
        }
        if (tokens == 0 || end < 0) return -1;
        if (zeroStart >= 0 && zeroStart < end) end = zeroStart;
        if (num != null && !r.more) num = shorthand(num, direct, numArabic, numDecimal, zeroGap, prevBeforeNum, lastUnit, lastScale);
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

    /** Shorthand: a lone last digit counts in the next lower unit (三万五, 一百二, 百二萬, 两千六). */
    private static BigDecimal shorthand(BigDecimal num, int direct, boolean arabic, boolean decimal, boolean zeroGap,
                                        int before, int lastUnit, int lastScale) {
        if (direct != 1 || arabic || decimal || zeroGap || (before != UNIT && before != SCALE)) return num;
        int e = before == UNIT ? lastUnit - 1 : lastScale - 1;
        return e >= 1 ? num.multiply(pow10(e)) : num;
    }

    /** In running text a digit-by-digit run needs three digits or a zero (二〇二五, 一九九七), not 三四. */
    private static boolean longDirectRun(CharSequence s, int i, int limit) {
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

    private static int skipSpacesBeforeScale(CharSequence s, int i, int limit) {
        int j = i;
        while (j < limit && j - i < 2 && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000' || s.charAt(j) == '\u00a0')) j++;
        if (j > i && j < limit) {
            char c = s.charAt(j);
            if (scaleExp(c) > 0 || c == '多' || c == '余' || c == '餘') return j;
        }
        return i;
    }

    private static int skipDirectRun(CharSequence s, int i, int limit) {
        while (i < limit && (digitValue(s.charAt(i)) >= 0)) i++;
        return i;
    }

    /**
     * Reads an Arabic number (digits, thousands separators, one decimal part) at {@code i}. Sets
     * {@code r.value} and {@code r.plainDigits} (digit count for separator-free integers, else 0); returns
     * the end. Runs longer than MAX_DIGITS set {@code r.overflow} and return the end of the run.
     */
    private static int arabicRun(CharSequence s, int i, int limit, ChineseNumbers.NumScan r) {
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

    private static int skipDigitsAndPoints(CharSequence s, int j, int limit) {
        while (j < limit && (isArabicDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) j++;
        return j;
    }

    private static boolean threeDigitsFollow(CharSequence s, int j, int limit) {
        if (j + 3 > limit) return false;
        for (int k = j; k < j + 3; k++) if (!isArabicDigit(s.charAt(k))) return false;
        return j + 3 == limit || !isArabicDigit(s.charAt(j + 3));
    }
}
