package org.zhtext.figures;

import java.time.YearMonth;

/**
 * Dates: a year, month or day led by a number (2025年9月14日, 9月13日, 15日, 2024 年), numeric dates
 * (2025-09-14, 2025/9/14, 10/31/1974), relative years (今年, 去年, 上半年) and quarters (第三季度), with a range to
 * a second date (9月14日至15日). Years are resolved later ({@link DateResolver}); here a date is a
 * {@link DateSpec} as written.
 *
 * <p>Years: four digits (2025年, 二〇二五年) are a year anywhere. A Chinese numeral with 千 (两千零四年) is a year
 * when it is not a round hundred (两千零四, 一千九百九十八), and a round one (两千年) only before a month, quarter or
 * half-year, or right after 于/在/自/从 when no 来/前/后/内/间/里/的… follows 年 (两千年来 is a duration). Two digits
 * (97年, 零八年, 九七年) are a year before a month, quarter or half-year, when written with a leading zero (08年,
 * 零八年), as a Chinese digit pair from 五 up that is no count (九七年, not 八九年 'eight or nine years'), or after
 * 于/在/自/从 as above; otherwise (3年, 12年来, 97年的历史) the number is a duration.
 *
 * <p>A date whose month or day cannot exist (13月, 2月30日, 4月31日, 2019年2月29日) is read in full and dropped,
 * so that no part of it becomes a date or a duration.
 */
final class DateRecognizer extends TextScan implements Recognizer {
    /** Anchors besides numbers (a bare 一季度 is read after its number): 第 (quarters), relative years (今年 去年 明年 前年 上年 下年 本年, 上半年). */
    static final String ANCHORS = "第今去明前上下本昨";

    /** This recognizer's own number reads (the scanner's number stays as it was read). */
    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();
    private final FigureScanner scanner;

    DateRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.DATE;
    }

    @Override
    public int atAnchor(int i) {
        char c = s.charAt(i);
        if (c == '第') return ordinal(i);
        if ((c == '今' || c == '昨' || c == '明' || c == '前') && i + 1 < n && "（(".indexOf(s.charAt(i + 1)) >= 0) {
            int e = dayInParentheses(i);
            if (e > i) return e;
        }
        if ((c == '今' || c == '去' || c == '明' || c == '前' || c == '上' || c == '下' || c == '本')
                && i + 1 < n && (s.charAt(i + 1) == '年' || startsWith(i + 1, "半年"))) {
            return relativeYear(i);
        }
        return -1;
    }

    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        ChineseNumbers.NumScan num = scanner.num;
        if (num.plainDigits > 0) {
            RawFigure r = numericDate(i, e, num);
            if (r != null) return r;
        }
        if (num.singleChineseDigit && num.integer && num.value.intValue() >= 1 && num.value.intValue() <= 4
                && startsWith(e, "季度") && (i == 0 || ("前第每近头頭后後".indexOf(s.charAt(i - 1)) < 0
                        && ChineseNumbers.digitValue(s.charAt(i - 1)) < 0))) {
            // 一季度 … 四季度 without 第 (一季度GDP增长5.4%); not 前三季度 (its own range), 每一季度 or 三四季度
            DateSpec d = new DateSpec();
            d.part = quarterPart(num.value.intValue());
            return date(i, e + 2, d);
        }
        if (num.integer && !num.overflow && k < n && isConnector(s.charAt(k)) && sharedMonthRange(e, num.value.intValue())) {
            // 1至10月, 1-9月份: a range of months that writes 月 once
            DateSpec d = new DateSpec();
            d.month = num.value.intValue();
            return date(i, e, d);
        }
        if (k < n && ("年月日号號".indexOf(s.charAt(k)) >= 0 || (num.singleChineseDigit && pairBeforeYear(e)))) {
            // a date starting with a year or month, or a day of the month
            DateSpec d = new DateSpec();
            int de = dateAt(i, d);
            if (de > i && d.month >= 2 && d.day == 0 && !d.hasYearWord() && num.singleChineseDigit
                    && pairedDigitBefore(i) == d.month - 1) {
                // 七八月份, 三四月: this month or the one before, a range of the two (the scan read the second alone)
                RawFigure r = new RawFigure(FigureKind.DATE, i - 1, de);
                r.date = new DateSpec();
                r.date.month = d.month - 1;
                r.dateTo = d;
                return r;
            }
            if (de > i && !(d.day != 0 && d.month == 0 && !d.hasYearWord() && !dayOnlyIsDate(i, de, num.arabic))) return date(i, de, d);
        }
        return null;
    }

    /** A second Chinese digit at e right before 年 (九七年: the scan reads 九 alone, as in 三四个月). */
    private boolean pairBeforeYear(int e) {
        return e + 1 < n && s.charAt(e + 1) == '年' && !ChineseNumbers.isArabicDigit(s.charAt(e))
                && ChineseNumbers.digitValue(s.charAt(e)) >= 0;
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
                return record(date(i, q, d));
            }
        }
        // 第三、四名, 第一至三轮: 第 reaches the numbers listed after it (not 第三、四季度: quarters are read as before)
        while (e + 1 < n && "、至到和及".indexOf(s.charAt(e)) >= 0) {
            int e2 = ChineseNumbers.scan(s, e + 1, n, ns, false);
            if (e2 < 0 || quarterWord(e2) > e2) break;
            e = e2;
        }
        return e;
    }

    private int quarterWord(int i) {
        if (startsWith(i, "季度")) return i + 2;
        if (i < n && s.charAt(i) == '季' && !(i + 1 < n && s.charAt(i + 1) == '节')) return i + 1;
        return i;
    }

    private static DateSpec.Part quarterPart(int q) {
        return DateSpec.Part.values()[DateSpec.Part.Q1.ordinal() + q - 1];
    }

    // ---------------------------------------------------------------- relative years

    private int relativeYear(int i) {
        char c = s.charAt(i);
        if (s.charAt(i + 1) == '半') { // 上半年 / 下半年
            if (c != '上' && c != '下') return -1;
            DateSpec d = new DateSpec();
            d.part = c == '上' ? DateSpec.Part.H1 : DateSpec.Part.H2;
            return record(date(i, i + 3, d));
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
        return record(date(i, dateAfterYear(i + 2, d), d));
    }

    // ---------------------------------------------------------------- year, month, day

    /** Parses what may follow a year (月, 日, 上半年, 第三季度, 上旬…) into d; returns the end. */
    private int dateAfterYear(int p, DateSpec d) {
        int q = skipSpaces(p);
        if (startsWith(q, "上半年") || startsWith(q, "下半年")) {
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
        if (m < n && s.charAt(m) == '月' && v >= 1 && v <= 99) {
            d.month = v;
            if (v > 12) d.impossible = true; // 2025年13月
            return dateAfterMonth(m + 1, d);
        }
        if (sharedMonthRange(e, v)) { // 2025年1至9月: the first month, whose range date() reads
            d.month = v;
            return e;
        }
        return p;
    }

    /** The second number of a month range that shares one 月 (1至10月, 1-9月), for a range from month {@code v}. */
    private final ChineseNumbers.NumScan rangeEnd = new ChineseNumbers.NumScan();

    /**
     * Whether a month range that writes 月 once (1至10月, 1-9月, 3～5月份) starts at the month number {@code v}
     * ending at {@code e}: a connector, a larger month number, 月.
     */
    private boolean sharedMonthRange(int e, int v) {
        if (v < 1 || v > 11) return false;
        int c = connector(e);
        if (c == e) return false;
        int e2 = ChineseNumbers.scan(s, c, n, rangeEnd, false);
        if (e2 < 0 || rangeEnd.overflow || !rangeEnd.integer) return false;
        int v2 = rangeEnd.value.intValue();
        int m = skipSpaces(e2);
        return v2 > v && v2 <= 12 && m < n && s.charAt(m) == '月';
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
        if (k < n && (s.charAt(k) == '日' || s.charAt(k) == '号' || s.charAt(k) == '號') && v >= 1 && v <= 99) {
            d.day = v;
            if (v > maxDay(d)) d.impossible = true; // 2月30日, 4月31日, 2019年2月29日
            return k + 1;
        }
        return p;
    }

    /** The last day the month of d can have: its length in a written four-digit year, else 29 for February. */
    private static int maxDay(DateSpec d) {
        if (d.month < 1 || d.month > 12) return 31;
        if (d.year != 0 && !d.shortYear) return YearMonth.of(d.year, d.month).lengthOfMonth();
        return d.month == 2 ? 29 : YearMonth.of(2001, d.month).lengthOfMonth();
    }

    private int monthPart(int p, DateSpec d) {
        if (startsWith(p, "上中旬")) {
            d.part = DateSpec.Part.EARLY_MIDDLE;
            return p + 3;
        }
        if (startsWith(p, "中下旬")) {
            d.part = DateSpec.Part.MIDDLE_LATE;
            return p + 3;
        }
        if (startsWith(p, "上旬")) d.part = DateSpec.Part.EARLY;
        else if (startsWith(p, "中旬")) d.part = DateSpec.Part.MIDDLE;
        else if (startsWith(p, "下旬")) d.part = DateSpec.Part.LATE;
        else if (p < n && s.charAt(p) == '初' && !nextIs(p + 1, '步', '期', '级', '級', '衷', '始', '次')) {
            d.part = DateSpec.Part.EARLY;
            return p + 1;
        } else if (p < n && (s.charAt(p) == '底' || s.charAt(p) == '末') && !nextIs(p + 1, '线', '線', '价', '價')) {
            d.part = DateSpec.Part.LATE;
            return p + 1;
        } else return p;
        return p + 2;
    }

    /**
     * 今（9）日, 昨(8)日, 明（10）日: Taiwan's news writes the day of the month in parentheses after 今/昨/明/前; the
     * date is that day, read as a bare day (9日) is. Returns the end, or -1.
     */
    private int dayInParentheses(int i) {
        int p = i + 2, e = ChineseNumbers.scan(s, p, n, ns, false);
        if (e <= p || e + 1 >= n || "）)".indexOf(s.charAt(e)) < 0 || s.charAt(e + 1) != '日' && s.charAt(e + 1) != '天'
                || ns.overflow || !ns.integer || ns.value.intValue() < 1 || ns.value.intValue() > 31) {
            return -1;
        }
        DateSpec d = new DateSpec();
        d.day = ns.value.intValue();
        return record(date(i, e + 2, d));
    }

    /** A date figure [start, end) with a range to a second date when a connector follows. */
    private RawFigure date(int start, int end, DateSpec d) {
        RawFigure r = new RawFigure(FigureKind.DATE, start, end);
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
        r.drop = d.impossible || (r.dateTo != null && r.dateTo.impossible);
        return r;
    }

    private int record(RawFigure r) {
        if (!r.drop) scanner.out.add(r);
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
        if (c == '年' || (ns.singleChineseDigit && pairBeforeYear(e))) return otherYear(p, e, k, d);
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

    /**
     * A year that is not four digits (两千零四年, 97年, 零八年, 九七年) read at p up to e, with 年 at k — or, for a
     * Chinese digit pair, its second digit at e and 年 after it. Fills d and returns the date's end, or p (d
     * untouched) when the number is rather a duration (3年, 两千年来, 八九年).
     */
    private int otherYear(int p, int e, int k, DateSpec d) {
        int v = ns.value.intValue();
        boolean pair = s.charAt(k) != '年';
        boolean twoDigit = true;
        boolean round = false;
        int yearEnd;
        if (pair) {
            v = v * 10 + ChineseNumbers.digitValue(s.charAt(e));
            yearEnd = e + 2;
        } else {
            yearEnd = k + 1;
            if (!((ns.arabic && ns.plainDigits == 2) || ns.directDigits == 2)) {
                if (ns.arabic || ns.directDigits != 0 || v < 1000 || v > 2999) return p;
                twoDigit = false; // 两千零四
                round = v % 100 == 0;
            }
        }
        if (nextIs(yearEnd, '代', '级', '級', '纪', '紀', '龄', '齡', '轻', '輕', '薪')) return p; // 八零年代, 年级
        d.year = v;
        d.shortYear = twoDigit;
        int end = dateAfterYear(yearEnd, d);
        boolean ok;
        if (end > yearEnd) ok = true; // a month, quarter or half-year follows
        else if (!twoDigit) ok = !round || datePosition(p, yearEnd);
        else if (pair) ok = (v / 10 >= 5 && v % 10 != v / 10 + 1) || datePosition(p, yearEnd);
        else ok = isZeroDigit(s.charAt(p)) || datePosition(p, yearEnd);
        if (ok) return end;
        d.year = 0;
        d.shortYear = false;
        d.month = 0;
        d.day = 0;
        d.part = DateSpec.Part.NONE;
        d.impossible = false;
        return p;
    }

    /**
     * 在/于/自/从 before the number at p (not 于 of a comparison: 不低于15年, 多于, 长于), and after 年 at yearEnd
     * nothing that makes it a span (来, 前, 里, 的…).
     */
    private boolean datePosition(int p, int yearEnd) {
        if (p == 0 || "于於在自从從".indexOf(s.charAt(p - 1)) < 0) return false;
        if ((s.charAt(p - 1) == '于' || s.charAt(p - 1) == '於') && p > 1 && "低高大小多少等短长長超过過".indexOf(s.charAt(p - 2)) >= 0) {
            return false;
        }
        return !nextIs(yearEnd, '来', '來', '前', '后', '後', '内', '內', '间', '間', '里', '裡', '中', '多', '余', '餘',
                        '以', '之', '的', '半', '左');
    }

    private static boolean isZeroDigit(char c) {
        return c == '0' || c == '０' || c == '零' || c == '〇' || c == '○';
    }

    private boolean isYearLike() {
        if (!ns.integer) return false;
        int v = ns.value.intValue();
        return (ns.plainDigits == 4 || ns.directDigits == 4) && v >= 1000 && v <= 2999;
    }

    /**
     * 14日 is a day of the month unless it reads as a span of days (5日内, 3日后) or N号 numbers something: a noun
     * after it (3号线), or, written in Chinese numerals, a name before it (嫦娥七号, 神舟二十号, 天问一号: a day
     * written so is led by nothing or by a word such as 于/到/是 (到七号, 这个月的十五号).
     */
    private boolean dayOnlyIsDate(int start, int end, boolean arabic) {
        if (s.charAt(end - 1) != '日' && nextIs(end, NUMBER_NOUNS)) return false; // 3号线, 1号文件: a number, not a day
        if (s.charAt(end - 1) != '日' && !arabic && start > 0 && isHan(s.charAt(start - 1))
                && DAY_LEADS.indexOf(s.charAt(start - 1)) < 0) {
            return false;
        }
        // 5日以内, 3日以后 are spans; 10日以76票赞成通过 is a day (以 "by")
        if (nextIs(end, '以') && nextIs(end + 1, '内', '內', '后', '後', '来', '來', '前', '上', '下', '外')) return false;
        return !nextIs(end, '内', '內', '间', '間', '后', '後', '之', '前');
    }

    /** Characters that may lead a day of the month written N号 in Chinese numerals (到七号, 本月的十五号, 周五七号). */
    private static final String DAY_LEADS = "于於在自从從到至是为為和与與及或跟同等逢约約近止迄起前后後的周週日";

    /** Nouns that 号 numbers (3号线, 1号文件, 2号楼): after them N号 is no day of the month. */
    private static final char[] NUMBER_NOUNS = "线線楼樓文令机機院码碼位馆館台臺站门門口店车車舰艦船星种種选選球队隊床房厅廳窗道航仓倉库庫井坑堆罐炉爐区區馬马牌".toCharArray();

    // ---------------------------------------------------------------- numeric dates

    /** 2025-09-14, 2025/9/14, 2025.09.14 and the US order 10/31/1974, led by the number num at [i, e). */
    private RawFigure numericDate(int i, int e, ChineseNumbers.NumScan num) {
        int y = num.value.intValue();
        if (e + 1 >= n) return null;
        char sep = s.charAt(e);
        if (sep != '-' && sep != '/' && sep != '.') return null;
        int[] a = new int[2];
        int p = e + 1;
        int p1 = digits(p, 2, a, 0);
        if (p1 < 0 || p1 >= n || s.charAt(p1) != sep) return null;
        int p2 = digits(p1 + 1, 4, a, 1);
        if (p2 < 0 || (p2 < n && (ChineseNumbers.isArabicDigit(s.charAt(p2)) || isAsciiLetter(s.charAt(p2))))) return null;
        DateSpec d = new DateSpec();
        int len2 = p2 - p1 - 1;
        if (num.plainDigits == 4 && len2 <= 2 && y >= 1000 && y <= 2999) {
            d.year = y;
            d.month = a[0];
            d.day = a[1];
        } else if (num.plainDigits <= 2 && sep == '/' && len2 == 4) {
            d.year = a[1];
            d.month = y;
            d.day = a[0];
        } else {
            return null;
        }
        if (!DateResolver.valid(d.year, d.month, d.day)) return null;
        RawFigure r = new RawFigure(FigureKind.DATE, i, p2);
        r.date = d;
        return r;
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
}
