package org.zhtext.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one text (not thread-safe; {@link FigureExtractor} makes one per call): finds anchors —
 * digits, Chinese numerals, 百分之, relative-year words, 第…季度 — and parses outward from each. Every step
 * looks at a bounded window, and the scan resumes after whatever it consumed, so the pass is linear.
 * Offsets here are UTF-16 char indices.
 */
final class FigureScanner {
    /** A figure before sentence, tariff and year resolution. */
    static final class Raw {
        String kind;
        int start, end;
        BigDecimal value, low, high;
        String unit, currency, per, qualifier, duration;
        DateSpec date, dateTo;
    }

    /** Most spaces allowed between the parts of a figure (2025 年 9 月, 80 亿美元). */
    private static final int MAX_SPACES = 2;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final String s;
    private final int n;
    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();
    final List<Raw> out = new ArrayList<>();

    FigureScanner(String text) {
        this.s = text;
        this.n = text.length();
    }

    List<Raw> run() {
        int i = 0;
        while (i < n) {
            int next = at(i);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /** Chars a figure can start at (digits, numerals, 第, 百分之, 今年…, 半), one bit each (8 KB). */
    private static final long[] ANCHORS = new long[1024];

    static {
        for (char c = 0; c < 0xffff; c++) {
            if (ChineseNumbers.canStart(c) || "第百今去明前上下本半个個".indexOf(c) >= 0) ANCHORS[c >>> 6] |= 1L << c;
        }
    }

    /** Tries a figure at i; returns the index to resume at (> i when something was consumed). */
    private int at(int i) {
        char c = s.charAt(i);
        if ((ANCHORS[c >>> 6] & (1L << c)) == 0) return -1;
        if (c == '第') return ordinal(i);
        if (c == '百' && ChineseNumbers.startsWith(s, i, n, "百分之")) return percentWords(i);
        if ((c == '今' || c == '去' || c == '明' || c == '前' || c == '上' || c == '下' || c == '本')
                && i + 1 < n && (s.charAt(i + 1) == '年' || ChineseNumbers.startsWith(s, i + 1, n, "半年"))) {
            return relativeYear(i);
        }
        if (ChineseNumbers.canStart(c)) return number(i);
        if (c == '半' || ((c == '个' || c == '個') && i + 1 < n && s.charAt(i + 1) == '半')) {
            // 半小时 (0.5), 個半小時 (1.5): a duration without a leading number
            Raw r = duration(i, i, c == '半' ? BigDecimal.ZERO : BigDecimal.ONE);
            return r == null ? -1 : finish(r);
        }
        return -1;
    }

    // ---------------------------------------------------------------- ordinals, quarters

    /** 第四轮 is not a figure (skip it); 第三季度 is a quarter. */
    private int ordinal(int i) {
        int e = ChineseNumbers.scan(s, i + 1, n, ns, false);
        if (e < 0) return -1;
        if (!ns.overflow && ns.integer && ns.value.intValue() >= 1 && ns.value.intValue() <= 4) {
            int q = quarterWord(e);
            if (q > e) {
                DateSpec d = new DateSpec();
                d.part = quarterPart(ns.value.intValue());
                return addDate(i, q, d);
            }
        }
        return e;
    }

    private int quarterWord(int i) {
        if (ChineseNumbers.startsWith(s, i, n, "季度")) return i + 2;
        if (i < n && s.charAt(i) == '季' && !(i + 1 < n && s.charAt(i + 1) == '节')) return i + 1;
        return i;
    }

    private static DateSpec.Part quarterPart(int q) {
        return DateSpec.Part.values()[DateSpec.Part.Q1.ordinal() + q - 1];
    }

    // ---------------------------------------------------------------- percent in words

    /** 百分之二十, 百分之负三点八, 百分之十至十五 / 百分之十至百分之十五. */
    private int percentWords(int i) {
        int p = i + 3;
        boolean neg = p < n && (s.charAt(p) == '负' || s.charAt(p) == '負');
        if (neg) p++;
        int e = ChineseNumbers.scan(s, p, n, ns, false);
        if (e < 0 || ns.overflow) return e < 0 ? i + 3 : e;
        Raw r = raw(Figure.PERCENT, i, e);
        r.value = neg ? ns.value.negate() : ns.value;
        r.unit = "%";
        if (ns.more) r.qualifier = "more_than";
        int c = connector(e);
        if (c > e) {
            int q = ChineseNumbers.startsWith(s, c, n, "百分之") ? c + 3 : c;
            int e2 = ChineseNumbers.scan(s, q, n, ns, false);
            if (e2 > q && !ns.overflow) {
                r.low = r.value;
                r.high = ns.value;
                r.value = null;
                r.end = e2;
            }
        }
        return finish(r);
    }

    // ---------------------------------------------------------------- relative years and dates

    private int relativeYear(int i) {
        char c = s.charAt(i);
        if (s.charAt(i + 1) == '半') { // 上半年 / 下半年
            if (c != '上' && c != '下') return -1;
            DateSpec d = new DateSpec();
            d.part = c == '上' ? DateSpec.Part.H1 : DateSpec.Part.H2;
            return addDate(i, i + 3, d);
        }
        if (i > 0 && (c == '上' || c == '下' || c == '前') && "以之向往最提日月年".indexOf(s.charAt(i - 1)) >= 0) {
            return -1; // 以上年龄, 之前年份, 三年前年底: not 上年/前年 (较上年 still is)
        }
        DateSpec d = new DateSpec();
        switch (c) {
            case '今': case '本': d.rel = 0; break;
            case '去': case '上': d.rel = -1; break;
            case '明': case '下': d.rel = 1; break;
            default: d.rel = -2; break; // 前年
        }
        if (i + 2 < n && (s.charAt(i + 2) == '代' || s.charAt(i + 2) == '纪' || s.charAt(i + 2) == '紀')) return -1;
        return addDate(i, dateAfterYear(i + 2, d), d);
    }

    /** Parses what may follow a year (月, 日, 上半年, 第三季度, 上旬…) into d; returns the end. */
    private int dateAfterYear(int p, DateSpec d) {
        int q = skipSpaces(p);
        if (ChineseNumbers.startsWith(s, q, n, "上半年") || ChineseNumbers.startsWith(s, q, n, "下半年")) {
            d.part = s.charAt(q) == '上' ? DateSpec.Part.H1 : DateSpec.Part.H2;
            return q + 3;
        }
        int qs = q < n && s.charAt(q) == '第' ? q + 1 : q;
        int e = ChineseNumbers.scan(s, qs, n, ns, false);
        if (e < 0 || ns.overflow || !ns.integer) return p;
        int v = ns.value.intValue();
        if (v >= 1 && v <= 4) {
            int qw = quarterWord(e);
            if (qw > e) {
                d.part = quarterPart(v);
                return qw;
            }
        }
        if (qs != q) return p;
        int m = skipSpaces(e);
        if (m < n && s.charAt(m) == '月' && v >= 1 && v <= 12) {
            d.month = v;
            return dateAfterMonth(m + 1, d);
        }
        return p;
    }

    /** After 月: 份, a day (日/号/號), or 上旬/中旬/下旬/初/底/末. */
    private int dateAfterMonth(int p, DateSpec d) {
        if (p < n && s.charAt(p) == '份') return p + 1;
        int part = monthPart(p, d);
        if (part > p) return part;
        int q = skipSpaces(p);
        int e = ChineseNumbers.scan(s, q, n, ns, false);
        if (e < 0 || ns.overflow || !ns.integer || ns.more) return p;
        int v = ns.value.intValue();
        int k = skipSpaces(e);
        if (k < n && (s.charAt(k) == '日' || s.charAt(k) == '号' || s.charAt(k) == '號') && v >= 1 && v <= 31) {
            d.day = v;
            return k + 1;
        }
        return p;
    }

    private int monthPart(int p, DateSpec d) {
        if (ChineseNumbers.startsWith(s, p, n, "上旬")) d.part = DateSpec.Part.EARLY;
        else if (ChineseNumbers.startsWith(s, p, n, "中旬")) d.part = DateSpec.Part.MIDDLE;
        else if (ChineseNumbers.startsWith(s, p, n, "下旬")) d.part = DateSpec.Part.LATE;
        else if (p < n && s.charAt(p) == '初' && !nextIs(p + 1, '步', '期', '级', '級', '衷', '始', '次')) {
            d.part = DateSpec.Part.EARLY;
            return p + 1;
        } else if (p < n && (s.charAt(p) == '底' || s.charAt(p) == '末') && !nextIs(p + 1, '线', '線', '价', '價')) {
            d.part = DateSpec.Part.LATE;
            return p + 1;
        } else return p;
        return p + 2;
    }

    private int addDate(int start, int end, DateSpec d) {
        Raw r = raw(Figure.DATE, start, end);
        r.date = d;
        int c = connector(end);
        if (c > end) {
            DateSpec t = new DateSpec();
            int e2 = dateAt(c, t);
            if (e2 > c) {
                r.dateTo = t;
                r.end = e2;
            }
        }
        out.add(r);
        return r.end;
    }

    /** A date (year, month or day first, or a relative year) at p into d; returns its end or p. */
    private int dateAt(int p, DateSpec d) {
        if (p + 1 < n && s.charAt(p + 1) == '年') {
            switch (s.charAt(p)) {
                case '今': d.rel = 0; return dateAfterYear(p + 2, d);
                case '明': d.rel = 1; return dateAfterYear(p + 2, d);
                case '去': d.rel = -1; return dateAfterYear(p + 2, d);
                default: break;
            }
        }
        int e = ChineseNumbers.scan(s, p, n, ns, false);
        if (e < 0 || ns.overflow || !ns.integer || ns.more) return p;
        int v = ns.value.intValue();
        boolean yearLike = isYearLike();
        int k = skipSpaces(e);
        if (k >= n) return p;
        char c = s.charAt(k);
        if (c == '年' && yearLike) {
            d.year = v;
            return dateAfterYear(k + 1, d);
        }
        if (c == '月' && v >= 1 && v <= 12) {
            d.month = v;
            return dateAfterMonth(k + 1, d);
        }
        if ((c == '日' || c == '号' || c == '號') && v >= 1 && v <= 31) {
            d.day = v;
            return k + 1;
        }
        return p;
    }

    private boolean isYearLike() {
        if (!ns.integer) return false;
        int v = ns.value.intValue();
        return (ns.plainDigits == 4 || ns.directDigits == 4) && v >= 1000 && v <= 2999;
    }

    // ---------------------------------------------------------------- numbers

    private int number(int i) {
        char c = s.charAt(i);
        boolean arabic = ChineseNumbers.isArabicDigit(c);
        if (arabic && i > 0 && isModelPrefix(i)) return skipAlnum(i);
        if (arabic && i > 1 && s.charAt(i - 1) == ':' && ChineseNumbers.isArabicDigit(s.charAt(i - 2))) return skipAlnum(i);
        int e = ChineseNumbers.scan(s, i, n, ns, false);
        if (e < 0) return -1;
        if (ns.overflow) return e;
        if (ns.arabic && e < n && isAsciiLetter(s.charAt(e)) && Lexicon.match(s, e, n, Lexicon.CURRENCY_AFTER) == null) {
            return skipAlnum(i); // 737MAX, 5G
        }
        if (ns.arabic && e + 1 < n && s.charAt(e) == ':' && ChineseNumbers.isArabicDigit(s.charAt(e + 1))) {
            return skipAlnum(e + 1); // 15:30
        }
        if (ns.plainDigits > 0) {
            int d = numericDate(i, e);
            if (d > e) return d;
        }
        int k = skipSpaces(e);
        if (k < n && "年月日号號".indexOf(s.charAt(k)) >= 0) {
            // a date starting with a year or month, or a day of the month
            DateSpec d = new DateSpec();
            int de = dateAt(i, d);
            if (de > i && !(d.day != 0 && d.month == 0 && d.year == 0 && !dayOnlyIsDate(de))) {
                return addDate(i, de, d);
            }
            e = ChineseNumbers.scan(s, i, n, ns, false); // dateAt reused the scan state
        }
        Raw r = classify(i, e);
        if (r == null) {
            int range = rangeFirstBare(i, e);
            return range > 0 ? range : e;
        }
        if (arabic && negativeSign(i) && !r.kind.equals(Figure.DURATION)) {
            r.start = i - 1;
            r.value = r.value == null ? null : r.value.negate();
        }
        return finish(r);
    }

    /** A minus sign right before i that is not a range dash or hyphen (下降了-3.8%, not 50%-100%, F-35). */
    private boolean negativeSign(int i) {
        if (i == 0 || (s.charAt(i - 1) != '-' && s.charAt(i - 1) != '－' && s.charAt(i - 1) != '−')) return false;
        if (i == 1) return true;
        char p = s.charAt(i - 2);
        return !(ChineseNumbers.isArabicDigit(p) || isAsciiLetter(p) || p == '%' || p == '％' || (isHan(p)
                && (ChineseNumbers.canStart(p) || Lexicon.matchBefore(s, i - 1, Math.max(0, i - 5), Lexicon.QUANTITY_UNITS) != null
                || Lexicon.matchBefore(s, i - 1, Math.max(0, i - 5), Lexicon.CURRENCY_AFTER) != null)));
    }

    /** 2025-09-14, 2025/9/14, 2025.09.14 and the US order 10/31/1974. */
    private int numericDate(int i, int e) {
        int y = ns.value.intValue();
        if (e + 1 >= n) return -1;
        char sep = s.charAt(e);
        if (sep != '-' && sep != '/' && sep != '.') return -1;
        int[] a = new int[2];
        int p = e + 1;
        int p1 = digits(p, 2, a, 0);
        if (p1 < 0 || p1 >= n || s.charAt(p1) != sep) return -1;
        int p2 = digits(p1 + 1, 4, a, 1);
        if (p2 < 0 || (p2 < n && (ChineseNumbers.isArabicDigit(s.charAt(p2)) || isAsciiLetter(s.charAt(p2))))) return -1;
        DateSpec d = new DateSpec();
        int len2 = p2 - p1 - 1;
        if (ns.plainDigits == 4 && len2 <= 2 && y >= 1000 && y <= 2999) {
            d.year = y;
            d.month = a[0];
            d.day = a[1];
        } else if (ns.plainDigits <= 2 && sep == '/' && len2 == 4) {
            d.year = a[1];
            d.month = y;
            d.day = a[0];
        } else {
            return -1;
        }
        if (!DateResolver.valid(d.year, d.month, d.day)) return -1;
        Raw r = raw(Figure.DATE, i, p2);
        r.date = d;
        out.add(r);
        return p2;
    }

    private int digits(int p, int max, int[] into, int k) {
        int v = 0, j = p;
        while (j < n && j - p < max && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            v = v * 10 + (s.charAt(j) - '0');
            j++;
        }
        if (j == p) return -1;
        into[k] = v;
        return j;
    }

    /** 14日 is a day of the month unless it reads as a span of days (5日内, 3日后). */
    private boolean dayOnlyIsDate(int end) {
        return !nextIs(end, '内', '內', '间', '間', '后', '後', '以', '之', '前');
    }

    /**
     * What follows the number at [i, e): percent, money, quantity or duration. Returns null when nothing
     * does. Leaves the number's scan in {@code ns}.
     */
    private Raw classify(int i, int e) {
        BigDecimal v = ns.value;
        boolean more = ns.more;
        boolean single = ns.singleChineseDigit;
        int trailingScale = ns.trailingScale;
        int k = skipSpaces(e);
        char c = k < n ? s.charAt(k) : 0;
        Raw r;
        if (c == '%' || c == '％') {
            r = raw(Figure.PERCENT, i, k + 1);
            r.unit = "%";
        } else if (startsAny(k, "个百分点", "個百分點", "个百分點", "百分点", "百分點")) {
            r = raw(Figure.PERCENT, i, k + (s.charAt(k) == '百' ? 3 : 4));
            r.unit = "pp";
        } else if ((r = money(i, k, v)) != null) {
            v = r.value;
        } else if ((r = duration(i, k, v)) != null) {
            v = r.value;
        } else if ((r = quantity(i, e, k, v, single, trailingScale)) == null) {
            return null;
        }
        r.value = v;
        if (more) r.qualifier = "more_than";
        return r;
    }

    private Raw money(int i, int k, BigDecimal v) {
        Lexicon.Entry cur = Lexicon.match(s, k, n, Lexicon.CURRENCY_AFTER);
        if (cur != null) {
            if (cur.word().equals("元") && nextIs(k + 1, '素', '首', '老', '年', '月', '旦', '气', '氣', '件', '帅', '帥')) return null;
            Raw r = raw(Figure.MONEY, i, k + cur.word().length());
            r.currency = cur.norm();
            Lexicon.Entry pre = currencyBefore(i);
            if (pre != null && (isYuanLike(cur.word()) || pre.norm().equals(cur.norm()))) {
                r.start = i - pre.word().length(); // 新台币9,899.2亿元 is TWD; 人民币100元 keeps its prefix
                r.currency = pre.norm();
            }
            if (isYuanLike(cur.word())) {
                BigDecimal[] tail = subUnitTail(r.end);
                if (tail != null) {
                    v = v.add(tail[0]);
                    r.end = tail[1].intValue();
                }
            }
            r.value = v;
            return r;
        }
        Lexicon.Entry sub = Lexicon.match(s, k, n, Lexicon.SUB_UNITS);
        if (sub != null && subUnitStands(k, sub.word().charAt(0))) {
            Raw r = raw(Figure.MONEY, i, k + 1);
            r.currency = "CNY";
            v = v.movePointLeft(Integer.parseInt(sub.norm()));
            if (sub.norm().equals("1")) { // 两毛五, 两角五分
                BigDecimal[] tail = centsTail(r.end);
                if (tail != null) {
                    v = v.add(tail[0]);
                    r.end = tail[1].intValue();
                }
            }
            r.value = v;
            return r;
        }
        Lexicon.Entry pre = currencyBefore(i);
        if (pre != null) {
            Raw r = raw(Figure.MONEY, i - pre.word().length(), k);
            while (r.end > i && isSpace(s.charAt(r.end - 1))) r.end--;
            r.currency = pre.norm();
            // 港幣三個一毫四: 个/個 counts as the currency unit after a currency word
            if (k < n && (s.charAt(k) == '个' || s.charAt(k) == '個')) {
                BigDecimal[] tail = subUnitTail(k + 1);
                if (tail != null) {
                    v = v.add(tail[0]);
                    r.end = tail[1].intValue();
                }
            }
            r.value = v;
            return r;
        }
        return null;
    }

    private static boolean isYuanLike(String w) {
        return w.equals("元") || w.equals("块") || w.equals("塊") || w.equals("蚊") || w.equals("圆") || w.equals("圓");
    }

    /** 角/毛/毫 stand alone unless they start another word (毫米, 毛利); 分/仙 only in a money context. */
    private boolean subUnitStands(int k, char c) {
        if (c == '毫') return !nextIs(k + 1, '米', '克', '升', '秒', '安', '瓦', '无', '無', '不');
        if (c == '毛') return !nextIs(k + 1, '利', '额', '額', '衣', '巾', '泽', '澤', '病');
        if (c == '角') return !nextIs(k + 1, '度', '色', '落', '逐', '力', '形');
        // 分 / 仙: at the end of the text or before a non-Han character or 钱, never 分钟/分之/十分
        if (nextIs(k + 1, '钟', '鐘', '之', '别', '別', '析', '成')) return false;
        if (k + 1 < n && isHan(s.charAt(k + 1)) && !nextIs(k + 1, '钱', '錢')) return false;
        int b = k - 1;
        while (b >= 0 && isSpace(s.charAt(b))) b--;
        int st = b;
        while (st >= 0 && ChineseNumbers.canStart(s.charAt(st))) st--;
        if (st >= 0 && "点點时時:得获獲拿考评評积積满滿比".indexOf(s.charAt(st)) >= 0) return false;
        return !(b == st + 1 && ChineseNumbers.unitExp(s.charAt(b)) > 0); // 十分, 百分 alone
    }

    /** After 元/块: 五角/五毛 [二分], 零四 (cents), or a lone digit 块二 (dimes). Returns {amount, end}. */
    private BigDecimal[] subUnitTail(int p) {
        if (p >= n) return null;
        if (p + 1 < n && (s.charAt(p) == '零' || s.charAt(p) == '〇') && digitAt(p + 1) > 0) {
            int end = p + 2;
            if (end < n && (s.charAt(end) == '分' || s.charAt(end) == '仙')) end++;
            return new BigDecimal[] {BigDecimal.valueOf(digitAt(p + 1), 2), BigDecimal.valueOf(end)};
        }
        int d = digitAt(p);
        if (d <= 0) return null;
        if (p + 1 < n) {
            Lexicon.Entry sub = Lexicon.match(s, p + 1, n, Lexicon.SUB_UNITS);
            if (sub != null) {
                BigDecimal amount = BigDecimal.valueOf(d, Integer.parseInt(sub.norm()));
                int end = p + 2;
                if (sub.norm().equals("1")) {
                    BigDecimal[] cents = centsTail(end);
                    if (cents != null) {
                        amount = amount.add(cents[0]);
                        end = cents[1].intValue();
                    }
                }
                return new BigDecimal[] {amount, BigDecimal.valueOf(end)};
            }
            if (isHan(s.charAt(p + 1)) && ChineseNumbers.digitValue(s.charAt(p + 1)) < 0 && !isConnector(s.charAt(p + 1))) return null;
        }
        if (ChineseNumbers.isArabicDigit(s.charAt(p))) return null;
        return new BigDecimal[] {BigDecimal.valueOf(d, 1), BigDecimal.valueOf(p + 1)}; // 一块二
    }

    /** After 角/毛: a digit with or without 分 (两毛五). */
    private BigDecimal[] centsTail(int p) {
        int d = digitAt(p);
        if (d <= 0 || ChineseNumbers.isArabicDigit(s.charAt(p))) return null;
        int end = p + 1;
        if (end < n && (s.charAt(end) == '分' || s.charAt(end) == '仙')) end++;
        else if (end < n && isHan(s.charAt(end)) && !isConnector(s.charAt(end))) return null;
        return new BigDecimal[] {BigDecimal.valueOf(d, 2), BigDecimal.valueOf(end)};
    }

    private int digitAt(int p) {
        return p < n ? ChineseNumbers.digitValue(s.charAt(p)) : -1;
    }

    private Lexicon.Entry currencyBefore(int i) {
        int b = i;
        if (b > 0 && isSpace(s.charAt(b - 1))) b--;
        Lexicon.Entry e = Lexicon.matchBefore(s, b, Math.max(0, b - 4), Lexicon.CURRENCY_BEFORE);
        if (e == null) return null;
        int st = b - e.word().length();
        if (st > 0 && isAsciiLetter(e.word().charAt(0)) && isAsciiLetter(s.charAt(st - 1))) return null;
        return new Lexicon.Entry(s.substring(st, i), e.norm());
    }

    private Raw duration(int i, int k, BigDecimal v) {
        int p = k;
        boolean half = false;
        if (startsAny(p, "个半", "個半")) {
            half = true;
            p += 2;
        } else if (p == i && s.charAt(p) == '半') {
            half = true;
            p++;
        }
        if (p < n && s.charAt(p) == '年' && nextIs(p + 1, '代', '级', '級', '纪', '紀', '度', '薪', '龄', '齡', '货', '貨', '会', '會', '轻', '輕')) {
            return null;
        }
        Lexicon.Entry u = half && p < n && s.charAt(p) == '月' ? new Lexicon.Entry("月", "M")
                : Lexicon.match(s, p, n, Lexicon.DURATION_UNITS);
        if (u == null) return null;
        String w = u.word();
        if ((w.equals("周") || w.equals("週")) && nextIs(p + 1, '年', '岁', '歲')) return null; // 3周年
        int end = p + w.length();
        if (!half && end < n && s.charAt(end) == '半') {
            half = true;
            end++;
        }
        if (half) v = v.add(HALF);
        String unit = u.norm();
        boolean more = unit.endsWith("+");
        if (more) unit = unit.substring(0, unit.length() - 1);
        Raw r = raw(Figure.DURATION, i, end);
        r.value = v;
        r.duration = unit;
        if (more) r.qualifier = "more_than";
        if (!more) compound(r);
        return r;
    }

    /** 两年零三个月 (P27M), 一小时三十分钟 (PT90M), 一小时零十五秒 (PT3615S): adds a smaller part. */
    private void compound(Raw r) {
        int p = r.end;
        if (p < n && (s.charAt(p) == '零' || s.charAt(p) == '又')) p++;
        if (p >= n || !ChineseNumbers.canStart(s.charAt(p))) return;
        ChineseNumbers.NumScan part = new ChineseNumbers.NumScan();
        int e = ChineseNumbers.scan(s, p, n, part, false);
        if (e < 0 || part.overflow || part.more) return;
        Lexicon.Entry u = Lexicon.match(s, e, n, Lexicon.DURATION_UNITS);
        String small = u != null ? u.norm() : (e < n && s.charAt(e) == '分' && !nextIs(e + 1, '之') ? "MIN" : null);
        int factor = factor(r.duration, small);
        if (factor == 0) return;
        r.value = r.value.multiply(BigDecimal.valueOf(factor)).add(part.value);
        r.duration = small;
        r.end = e + (u != null ? u.word().length() : 1);
    }

    private static int factor(String big, String small) {
        if (small == null) return 0;
        switch (big + ">" + small) {
            case "Y>M": return 12;
            case "W>D": return 7;
            case "D>H": return 24;
            case "H>MIN": case "MIN>S": return 60;
            case "H>S": return 3600;
            default: return 0;
        }
    }

    private Raw quantity(int i, int e, int k, BigDecimal v, boolean single, int trailingScale) {
        Lexicon.Entry u = Lexicon.match(s, k, n, Lexicon.QUANTITY_UNITS);
        if (u != null) {
            if (single && v.intValue() == 1) return null; // 一家, 一人: articles, not counts
            String w = u.word();
            if (w.equals("位") && nextIs(k + 1, '数', '數')) return null;
            if (w.equals("人") && nextIs(k + 1, '民')) return null;
            if ((w.equals("台") || w.equals("臺")) && nextIs(k + 1, '湾', '灣')) return null;
            if (w.equals("名") && nextIs(k + 1, '义', '義', '字', '称', '稱')) return null;
            if (w.equals("家") && nextIs(k + 1, '乡', '鄉', '人', '庭')) return null;
            Raw r = raw(Figure.QUANTITY, i, k + w.length());
            r.unit = u.norm();
            return r;
        }
        if (k == e && (trailingScale > 0 || v.compareTo(BigDecimal.valueOf(10_000)) >= 0)) {
            Lexicon.Entry noun = Lexicon.match(s, k, n, Lexicon.COUNT_NOUNS);
            if (noun != null) {
                Raw r = raw(Figure.QUANTITY, i, k + noun.word().length());
                r.unit = noun.norm();
                return r;
            }
        }
        return null;
    }

    /** 1300 至 5400 美元, 5.6到5.78元, 50-100%: a bare first number takes the second's unit (and scale). */
    private int rangeFirstBare(int i, int e) {
        if (ns.overflow) return -1;
        BigDecimal a = ns.value;
        boolean aScaled = ns.trailingScale > 0;
        int c = connector(e);
        if (c <= e) return -1;
        int e2 = ChineseNumbers.scan(s, c, n, ns, false);
        if (e2 < 0 || ns.overflow) return -1;
        int bScale = ns.trailingScale;
        Raw r = classify(c, e2);
        if (r == null || r.kind.equals(Figure.DATE)) return -1;
        if (!aScaled && bScale > 0 && ns.value != null) a = a.multiply(ChineseNumbers.pow10(bScale));
        r.low = ChineseNumbers.strip(a);
        r.high = r.value;
        r.value = null;
        r.start = i;
        return finish(r);
    }

    // ---------------------------------------------------------------- finishing a figure

    /** Adds qualifiers, per-units and a range continuation to r, records it, and returns its end. */
    private int finish(Raw r) {
        if (r.value != null && r.low == null) {
            int c = connector(r.end);
            if (c > r.end) {
                int e2 = ChineseNumbers.scan(s, c, n, ns, false);
                if (e2 > c && !ns.overflow) {
                    Raw t = r.kind.equals(Figure.PERCENT) && ChineseNumbers.startsWith(s, c, n, "百分之") ? null : classify(c, e2);
                    if (t != null && t.kind.equals(r.kind) && same(t.unit, r.unit) && same(t.currency, r.currency)
                            && same(t.duration, r.duration)) {
                        r.low = r.value;
                        r.high = t.value;
                        r.value = null;
                        r.end = t.end;
                    }
                }
            }
        }
        // per-unit before: 每公斤 22.92 美元, 每年2500万吨
        int b = r.start;
        if (b > 0 && isSpace(s.charAt(b - 1))) b--;
        Lexicon.Entry per = Lexicon.matchBefore(s, b, Math.max(0, b - 4), Lexicon.PER_UNITS);
        if (per != null) {
            int ps = b - per.word().length() - 1;
            if (ps >= 0 && (s.charAt(ps) == '每' || s.charAt(ps) == '単')) {
                r.per = per.norm();
                r.start = ps;
            }
        }
        // per-unit after: 22.92美元/公斤, 500元每吨
        if (r.per == null && r.end < n && (s.charAt(r.end) == '/' || s.charAt(r.end) == '每')) {
            Lexicon.Entry pa = Lexicon.match(s, r.end + 1, n, Lexicon.PER_UNITS);
            if (pa != null) {
                r.per = pa.norm();
                r.end = r.end + 1 + pa.word().length();
            }
        }
        if (r.qualifier == null) {
            int q = r.start;
            if (q > 0 && isSpace(s.charAt(q - 1))) q--;
            Lexicon.Entry qb = Lexicon.matchBefore(s, q, Math.max(0, q - 3), Lexicon.QUALIFIER_BEFORE);
            if (qb != null && qualifierBeforeStands(q - qb.word().length(), qb.word())) r.qualifier = qb.norm();
        }
        if (r.qualifier == null) {
            Lexicon.Entry qa = Lexicon.match(s, r.end, n, Lexicon.QUALIFIER_AFTER);
            if (qa != null) r.qualifier = qa.norm();
        }
        out.add(r);
        return r.end;
    }

    /** 最近/附近/合约/条约 are words, not qualifiers. */
    private boolean qualifierBeforeStands(int st, String w) {
        if (st <= 0) return true;
        char p = s.charAt(st - 1);
        if (w.equals("近")) return p != '最' && p != '附' && p != '接' && p != '将' && p != '將' && p != '逼' && p != '靠';
        if (w.equals("约") || w.equals("約")) return "合条條公契制预預节節大".indexOf(p) < 0;
        if (w.equals("超")) return p != '高';
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private Raw raw(String kind, int start, int end) {
        Raw r = new Raw();
        r.kind = kind;
        r.start = start;
        r.end = end;
        return r;
    }

    /** Index after a range connector (至/到/-/~, with spaces) at p, or p when there is none. */
    private int connector(int p) {
        int q = skipSpaces(p);
        if (q >= n || !isConnector(s.charAt(q))) return p;
        if (s.charAt(q) == '至' && nextIs(q + 1, '今', '少', '多', '于', '於')) return p;
        if (s.charAt(q) == '到' && nextIs(q + 1, '期', '达', '達', '位', '底', '了')) return p;
        int r = skipSpaces(q + 1);
        return r < n && (ChineseNumbers.canStart(s.charAt(r)) || s.charAt(r) == '百' || s.charAt(r) == '今'
                || s.charAt(r) == '明' || s.charAt(r) == '去') ? r : p;
    }

    private static boolean isConnector(char c) {
        return c == '至' || c == '到' || c == '-' || c == '—' || c == '–' || c == '~' || c == '～' || c == '－' || c == '〜';
    }

    private int skipSpaces(int p) {
        int q = p;
        while (q < n && q - p < MAX_SPACES && isSpace(s.charAt(q))) q++;
        return q;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9fff';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private boolean isModelPrefix(int i) {
        char p = s.charAt(i - 1);
        if (isAsciiLetter(p)) return Lexicon.matchBefore(s, i, Math.max(0, i - 3), Lexicon.CURRENCY_BEFORE) == null;
        return (p == '-' || p == '_') && i > 1 && isAsciiLetter(s.charAt(i - 2));
    }

    private int skipAlnum(int i) {
        int j = i;
        while (j < n && (ChineseNumbers.isArabicDigit(s.charAt(j)) || isAsciiLetter(s.charAt(j)) || s.charAt(j) == ':'
                || s.charAt(j) == '-' || s.charAt(j) == '.')) j++;
        return Math.max(j, i + 1);
    }

    private boolean nextIs(int p, char... cs) {
        if (p >= n) return false;
        char c = s.charAt(p);
        for (char x : cs) if (c == x) return true;
        return false;
    }

    private boolean startsAny(int p, String... ws) {
        for (String w : ws) if (ChineseNumbers.startsWith(s, p, n, w)) return true;
        return false;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
