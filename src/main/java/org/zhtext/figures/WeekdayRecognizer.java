package org.zhtext.figures;

/**
 * Weekdays and weeks: 周一…周日, 週X, 星期X, 礼拜X/禮拜X (天 or 日 for Sunday), 周末; with 上/上个/上一, 本/这/这个/今個,
 * 下/下个/下一 before them (上周五, 这礼拜三, 下星期一); 上周/本周/这周/下周, 上个星期, 这一礼拜 as weeks (Monday to
 * Sunday). A bare weekday or 周末 carries whether a future marker governs it ({@link #futureMarker}); which one it
 * means is decided later ({@link RelativeDates}, {@link DatePreference}). A weekday followed by the date it names
 * (周日，二月十号) is that date, one figure, in the year near the reference date where the day is that weekday. 每周三 (a recurring day) and 周年 are no dates.
 */
final class WeekdayRecognizer extends RelativeRecognizer {
    static final String ANCHORS = "周週星礼禮上下本这這今";

    WeekdayRecognizer(FigureScanner scanner) {
        super(scanner);
    }

    @Override
    public int atAnchor(int i) {
        char c = s.charAt(i);
        int p = i;
        int week = 0;
        boolean prefixed = false;
        switch (c) {
            case '上': week = -1; prefixed = true; break;
            case '下': week = 1; prefixed = true; break;
            case '本': case '这': case '這': prefixed = true; break;
            case '今': if (!nextIs(i + 1, '個', '个', '星', '礼', '禮')) return -1; prefixed = true; break;
            default: break;
        }
        if (prefixed) {
            p++;
            if (week != 0 && nextIs(p, c)) { // 下下周三, 上上个星期: two weeks away
                week *= 2;
                p++;
            }
            if (nextIs(p, '个', '個', '一')) p++;
        }
        int w = weekWord(p);
        if (w < 0) return -1;
        if (i > 0 && (s.charAt(i - 1) == '每' || s.charAt(i - 1) == '逐')) return skipRecurring(w);
        if (prefixed && c != '今' && i > 0 && "以之向往最提线線马馬楼樓".indexOf(s.charAt(i - 1)) >= 0) return -1; // 以上周期
        char d = w < n ? s.charAt(w) : 0;
        boolean longWord = s.charAt(p) != '周' && s.charAt(p) != '週';
        int wd = weekdayChar(d);
        if (wd == 7 && d == '天' && !longWord) wd = 0; // 周天 is not Sunday
        if (wd > 0 && !(wd == 7 && nextIs(w + 1, '本', '元', '报', '報', '语', '語'))) { // not 周日本
            int dated = withDate(i, w + 1);
            if (dated > 0) return dated;
            RelativeDate rel = new RelativeDate(RelativeDate.Kind.WEEKDAY);
            rel.weekday = wd;
            rel.amount = week;
            rel.bare = !prefixed;
            if (rel.bare) rel.future = futureMarker(i, w + 1);
            return record(i, w + 1, rel);
        }
        if (d == '末' && !longWord) {
            RelativeDate rel = new RelativeDate(RelativeDate.Kind.WEEKEND);
            rel.amount = week;
            rel.bare = !prefixed;
            if (rel.bare) rel.future = futureMarker(i, w + 1);
            return record(i, w + 1, rel);
        }
        if (!prefixed) return -1;
        // a week: 上周, 这礼拜; not 上周期, 本周年, 下周边
        if (nextIs(w, '年', '期', '边', '邊', '刊', '报', '報', '岁', '歲', '转', '轉', '围', '圍', '全', '到', '密', '知', '游', '遊', '长', '長')) return -1;
        if (longWord && s.charAt(p) != '星' && nextIs(w, '堂', '寺', '拜')) return -1; // 礼拜堂
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.WEEK);
        rel.amount = week;
        return record(i, w, rel);
    }

    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();

    /**
     * A weekday followed by the date it names (周日，二月十号 / 星期三, 11月5日): one date figure, the month and day
     * (resolved as any month-day); returns its end, or -1.
     */
    private int withDate(int i, int e) {
        int p = e;
        if (nextIs(p, '，', ',', '、')) p++;
        p = skipSpaces(p);
        int m = ChineseNumbers.scan(s, p, n, ns, false);
        if (m < 0 || ns.overflow || !ns.integer || ns.value.intValue() < 1 || ns.value.intValue() > 12 || !nextIs(m, '月')) return -1;
        int month = ns.value.intValue();
        int d = ChineseNumbers.scan(s, m + 1, n, ns, false);
        if (d < 0 || ns.overflow || !ns.integer || ns.value.intValue() < 1 || ns.value.intValue() > 31 || !nextIs(d, '日', '号', '號')) return -1;
        if (!DateResolver.valid(2000, month, ns.value.intValue())) return -1;
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.WEEKDAY_DATE);
        rel.month = month;
        rel.day = ns.value.intValue();
        rel.weekday = weekdayChar(s.charAt(e - 1));
        return record(i, d + 1, rel);
    }

    /** The end of a week word (周, 週, 星期, 礼拜, 禮拜) at p, or -1. */
    private int weekWord(int p) {
        if (p >= n) return -1;
        char c = s.charAt(p);
        if (c == '周' || c == '週') return p + 1;
        if (startsAny(p, "星期", "礼拜", "禮拜")) return p + 2;
        return -1;
    }

    /** 每周三 (至周五): a recurring day, no date; returns the end of what was skipped. */
    private int skipRecurring(int w) {
        int e = w < n && (weekdayChar(s.charAt(w)) > 0 || s.charAt(w) == '末') ? w + 1 : w;
        int c = connector(e);
        if (c > e) {
            int w2 = weekWord(c);
            if (w2 > 0 && w2 < n && weekdayChar(s.charAt(w2)) > 0) return w2 + 1;
        } else if (e < n && isConnector(s.charAt(e))) {
            int w2 = weekWord(e + 1);
            if (w2 > 0 && w2 < n && weekdayChar(s.charAt(w2)) > 0) return w2 + 1;
        }
        return e;
    }
}
