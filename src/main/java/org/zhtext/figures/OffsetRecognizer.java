package org.zhtext.figures;

/**
 * Offsets from a date: a number of days, weeks, months or years followed by 后/後/以后/之后 or 前/以前/之前
 * (三天后, 两周后, 三个月后, 一年前, 90天之後) is the date that far from the reference date — or from the date the same
 * sentence named last (签署…90天后到期) — at the grain of its unit: a day for days and weeks, a month, a year. One
 * figure, a date: the text names a point in time, not a span (30天内 stays a duration).
 * With 上/下/前/后 before the number (上两周, 下三个月, 后三天, 前两年) it is the span of whole units before or after
 * the current one; after a year (今年前10个月, 2024年前三季度) 前N个月 / 前N季度 are the first months of that year.
 */
final class OffsetRecognizer extends RelativeRecognizer {
    static final String ANCHORS = "上下前后後首";

    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();
    /** Ends found by {@link #unit} and {@link #direction} (no allocation per number). */
    private final int[] end = new int[1];
    private final int[] dirEnd = new int[1];

    OffsetRecognizer(FigureScanner scanner) {
        super(scanner);
    }

    /** The largest amount read as an offset or a window, per unit (larger ones stay durations: 两千年前). */
    static int cap(char unit) {
        switch (unit) {
            case RelativeDate.DAYS: return 3660;
            case RelativeDate.WEEKS: return 520;
            case RelativeDate.MONTHS: return 240;
            default: return 100;
        }
    }

    /** The unit at p (天, 日, 周, 星期, 个月, 月 when allowed, 年), as D/W/M/Y, with its end in {@code end[0]}; 0 if none. */
    private char unit(int p, boolean bareMonth, int[] end) {
        Lexicon.Entry u = Lexicon.match(s, p, n, Lexicon.DURATION_UNITS);
        if (u != null) {
            String norm = u.norm();
            end[0] = p + u.word().length();
            switch (norm) {
                case "D": return RelativeDate.DAYS;
                case "W": return RelativeDate.WEEKS;
                case "M": return RelativeDate.MONTHS;
                case "Y": return RelativeDate.YEARS;
                default: return 0;
            }
        }
        if (startsAny(p, "个周", "個週", "个星期", "個星期")) {
            end[0] = p + (s.charAt(p + 1) == '星' ? 3 : 2);
            return RelativeDate.WEEKS;
        }
        if (bareMonth && nextIs(p, '月')) {
            end[0] = p + 1;
            return RelativeDate.MONTHS;
        }
        return 0;
    }

    /** 后 / 以后 / 之后 (+1) or 前 / 以前 / 之前 (-1) at p, with its end in {@code end[0]}; 0 if none. */
    private int direction(int p, int[] end) {
        int q = p;
        if (nextIs(q, '之', '以')) q++;
        if (nextIs(q, '后', '後')) {
            end[0] = q + 1;
            return 1;
        }
        if (nextIs(q, '前') && !nextIs(q + 1, '后', '後')) {
            end[0] = q + 1;
            return -1;
        }
        return 0;
    }

    /** 三天后, 一年前: the number the scanner read at [i, e), k after its spaces. */
    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        ChineseNumbers.NumScan num = scanner.num;
        if (num.overflow || !num.integer || num.more || num.value.signum() <= 0 || num.value.compareTo(java.math.BigDecimal.valueOf(10_000)) > 0) return null;
        if (i > 0 && "上下前后後过過未近最每第".indexOf(s.charAt(i - 1)) >= 0) return null;
        char unit = unit(k, false, end);
        if (unit == 0) return null;
        int amount = num.value.intValue();
        if (amount > cap(unit)) return null;
        int dir = direction(end[0], end);
        if (dir == 0) return null;
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.OFFSET);
        rel.unit = unit;
        rel.amount = dir * amount;
        RawFigure r = new RawFigure(FigureKind.DATE, i, end[0]);
        r.rel = rel;
        return r;
    }

    /** 上两周, 下三个月, 后三天, 前两年; 前10个月 and 前三季度 after a year. */
    @Override
    public int atAnchor(int i) {
        char c = s.charAt(i);
        if (ANCHORS.indexOf(c) < 0 || i + 1 >= n || !ChineseNumbers.canStart(s.charAt(i + 1))) return -1;
        // 今年首11個月, 2024年首三季 (Hong Kong and Macau): 首 counts the first months only after a year
        if (c == '首' && !yearBefore(i)) return -1;
        if (i > 0 && !((c == '前' || c == '首') && yearBefore(i))) {
            char b = s.charAt(i - 1);
            String words = c == '前' ? RelativeDayRecognizer.BEFORE_QIAN : c == '后' || c == '後' ? RelativeDayRecognizer.BEFORE_HOU : "以之向往最提";
            if (words.indexOf(b) >= 0 || "日月年天周週点點".indexOf(b) >= 0) return -1; // 此后三天, 目前两年
        }
        int e = ChineseNumbers.scan(s, i + 1, n, ns, false);
        if (e < 0 || ns.overflow || !ns.integer || ns.more || ns.value.signum() <= 0 || ns.value.intValue() > 100) return -1;
        int amount = ns.value.intValue();
        if (c == '前' || c == '首') {
            int q = e;
            if (nextIs(q, '个', '個') && startsWith(q + 1, "季度")) q++;
            if (startsWith(q, "季度") && amount <= 4) return firstMonths(i, q + 2, amount * 3);
            // 前三季, 首三季 (quarters without 度, as Taiwan and Hong Kong write them; not 季节/季節)
            if (nextIs(q, '季') && !nextIs(q + 1, '节', '節') && amount <= 4 && yearBefore(i)) return firstMonths(i, q + 1, amount * 3);
            char u = unit(e, true, end);
            if (u == RelativeDate.MONTHS && amount <= 12 && yearBefore(i)) return firstMonths(i, end[0], amount);
            if (c == '首') return -1;
        }
        char u = unit(e, c == '前', end);
        if (u == 0 || amount > cap(u)) return -1;
        // 发言人何咏前22日表示: a name ending in 前 before a day of the month that someone speaks on
        if (u == RelativeDate.DAYS && e < n && s.charAt(e) == '日' && amount <= 31 && startsAny(end[0], DAY_OF_MONTH_AFTER)) return -1;
        int d = direction(end[0], dirEnd);
        if (d != 0) return -1; // 上三天前: not a span
        if (nextIs(end[0], '内', '內', '间', '間', '里', '裡', '多', '半', '来', '來')) return -1;
        if (amount == 1 && u == RelativeDate.DAYS) return -1; // 前一天: a relative day
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.SPAN);
        rel.unit = u;
        rel.amount = (c == '上' || c == '前') ? -amount : amount;
        return record(i, end[0], rel);
    }

    /** What follows a day of the month (22日表示, 3日晚, 5日電), not a span of days. */
    private static final String[] DAY_OF_MONTH_AFTER = {"表示", "说", "說", "称", "稱", "宣布", "发布", "發布", "发表", "發表",
            "指出", "晚", "上午", "下午", "凌晨", "早上", "在", "电", "電", "报道", "報導", "召开", "召開", "举行", "舉行", "出席", "会见", "會見",
            "回应", "回應", "回答", "答复", "答覆", "透露", "强调", "強調", "介绍", "介紹", "证实", "證實", "坦言", "表态", "表態",
            "公布", "宣称", "宣稱", "警告", "呼吁", "呼籲", "接受", "会晤", "會晤", "签署", "簽署", "抵达", "抵達", "致电", "致電",
            "中午", "傍晚", "深夜", "夜间", "夜間", "早间", "早間", "晚间", "晚間"};

    private boolean yearBefore(int i) {
        int last = scanner.out.size() - 1;
        if (last < 0) return false;
        RawFigure y = scanner.out.get(last);
        return y.end == i && y.kind == FigureKind.DATE && y.date != null && y.dateTo == null && y.rel == null
                && y.date.month == 0 && y.date.day == 0 && y.date.part == DateSpec.Part.NONE;
    }

    private int firstMonths(int i, int end, int months) {
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.FIRST_MONTHS);
        rel.amount = months;
        int start = i;
        RawFigure y = takeYear(i);
        if (y != null) {
            yearOf(y, rel);
            start = y.start;
        }
        return record(start, end, rel);
    }
}
