package org.zhtext.figures;

/**
 * Holidays by name ({@link Holidays}: 元旦, 国庆节, 圣诞节, 复活节, 春节, 中秋节 …) and lunar dates: 农历/阴历 with a
 * month and day (农历七月初七, 農曆八月十五), and 正月/腊月/冬月 with a day (正月初八, 腊月二十三). A year written right
 * before the name belongs to it (2025年中秋节, 今年春节). A fixed Gregorian holiday becomes a month and day
 * ({@link DateSpec}), resolved as one; the others are {@link RelativeDate}s. Not holidays: 圣诞老人 and 圣诞树,
 * a person named 国庆 (王国庆说).
 */
final class HolidayRecognizer extends RelativeRecognizer {
    static final String ANCHORS = Holidays.ANCHORS + "农農阴陰正腊臘冬";

    private final ChineseNumbers.NumScan ns = new ChineseNumbers.NumScan();

    HolidayRecognizer(FigureScanner scanner) {
        super(scanner);
    }

    @Override
    public int atAnchor(int i) {
        char c = s.charAt(i);
        if (c == '农' || c == '農' || c == '阴' || c == '陰' || c == '正' || c == '腊' || c == '臘' || c == '冬') {
            int e = lunarDate(i);
            if (e > 0) return e;
        }
        Lexicon.Entry h = Lexicon.match(s, i, n, Holidays.TABLE);
        if (h == null) return -1;
        int end = i + h.word().length();
        if (!stands(i, end, h.word())) return -1;
        String norm = h.norm();
        RawFigure year = takeYear(i);
        int start = year == null ? i : year.start;
        if (Character.isDigit(norm.charAt(0))) { // MM-DD
            RawFigure r = new RawFigure(FigureKind.DATE, start, end);
            DateSpec d = year == null ? new DateSpec() : year.date.copy();
            d.month = Integer.parseInt(norm.substring(0, 2));
            d.day = Integer.parseInt(norm.substring(3));
            r.date = d;
            scanner.out.add(r);
            return end;
        }
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.HOLIDAY);
        if (norm.startsWith("L ")) {
            String[] md = norm.split(" ");
            rel.rule = Holidays.Rule.LUNAR;
            rel.month = Integer.parseInt(md[1]);
            rel.day = Integer.parseInt(md[2]);
        } else {
            rel.rule = Holidays.Rule.valueOf(norm);
        }
        if (year != null) yearOf(year, rel);
        return record(start, end, rel);
    }

    /** Whether a name stands as the holiday here (not 圣诞老人, 王国庆说, 新春季). */
    private boolean stands(int i, int end, String w) {
        char next = end < n ? s.charAt(end) : 0;
        switch (w) {
            case "圣诞": case "聖誕":
                return "老树樹卡歌帽礼禮装裝袜襪花红紅岛島".indexOf(next) < 0;
            case "国庆": case "國慶":
                return !isHan(next) || "节節日假长長黄黃期前后後当當档檔小佳阅閱大庆慶七出游遊".indexOf(next) >= 0;
            case "新春": case "端午": case "中秋": case "重阳": case "重陽":
                return next != '季' && next != '期';
            case "年三十":
                return i == 0 || !ChineseNumbers.canStart(s.charAt(i - 1)) && s.charAt(i - 1) != '今' && s.charAt(i - 1) != '去' && s.charAt(i - 1) != '明';
            default:
                return true;
        }
    }

    /** 农历七月初七, 正月初八, 腊月二十三: returns the end, or -1. */
    private int lunarDate(int i) {
        int p = i;
        boolean prefix = false;
        if (startsAny(p, "农历", "農曆", "阴历", "陰曆", "农歷", "陰歷")) {
            p += 2;
            prefix = true;
        }
        int month;
        int q = p;
        if (nextIs(q, '正')) { month = 1; q++; }
        else if (nextIs(q, '腊', '臘')) { month = 12; q++; }
        else if (nextIs(q, '冬')) { month = 11; q++; }
        else {
            if (!prefix) return -1;
            int e = ChineseNumbers.scan(s, q, n, ns, false);
            if (e < 0 || ns.overflow || !ns.integer || ns.value.intValue() < 1 || ns.value.intValue() > 12) return -1;
            month = ns.value.intValue();
            q = e;
        }
        if (!nextIs(q, '月')) return -1;
        q++;
        int day = 0;
        int dEnd = q;
        if (nextIs(q, '初') && q + 1 < n) {
            int e = ChineseNumbers.scan(s, q + 1, n, ns, false);
            if (e > q + 1 && !ns.overflow && ns.integer && ns.value.intValue() >= 1 && ns.value.intValue() <= 10) {
                day = ns.value.intValue();
                dEnd = e;
            }
        } else if (nextIs(q, '廿') && q + 1 < n && ChineseNumbers.digitValue(s.charAt(q + 1)) > 0) {
            day = 20 + ChineseNumbers.digitValue(s.charAt(q + 1));
            dEnd = q + 2;
        } else {
            int e = ChineseNumbers.scan(s, q, n, ns, false);
            if (e > q && !ns.overflow && ns.integer && ns.value.intValue() >= 1 && ns.value.intValue() <= 30) {
                day = ns.value.intValue();
                dEnd = e;
                if (nextIs(dEnd, '日', '号', '號')) dEnd++;
            }
        }
        if (day == 0) return -1; // 正月 alone: a month, left alone
        RelativeDate rel = new RelativeDate(RelativeDate.Kind.LUNAR);
        rel.month = month;
        rel.day = day;
        RawFigure year = takeYear(i);
        int start = i;
        if (year != null) {
            yearOf(year, rel);
            start = year.start;
        }
        return record(start, dEnd, rel);
    }
}
