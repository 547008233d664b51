package org.zhtext.figures;

import java.math.BigDecimal;

/**
 * Durations: a number with a unit of time (90天, 48小時, 两周, 三个多月), halves (半年, 一个半小时, 半小时) and
 * compounds of two units (两年零三个月 P27M, 一小时三十分钟 PT90M). The value is the amount in the smallest unit;
 * the unit is an ISO 8601 designator.
 */
final class DurationRecognizer extends TextScan implements Recognizer {
    /** Anchors besides numbers: 半 (半小时) and 个/個 of 个半 (個半小時). */
    static final String ANCHORS = "半个個";

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final FigureScanner scanner;
    /** The number of a compound's second part. */
    private final ChineseNumbers.NumScan part = new ChineseNumbers.NumScan();

    DurationRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.DURATION;
    }

    @Override
    public int atAnchor(int i) {
        char c = s.charAt(i);
        if (c == '半' || ((c == '个' || c == '個') && i + 1 < n && s.charAt(i + 1) == '半')) {
            // 半小时 (0.5), 個半小時 (1.5): a duration without a leading number
            RawFigure r = duration(i, i, c == '半' ? BigDecimal.ZERO : BigDecimal.ONE);
            return r == null ? -1 : scanner.finish(r);
        }
        return -1;
    }

    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        return duration(i, k, scanner.num.value);
    }

    private RawFigure duration(int i, int k, BigDecimal v) {
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
        if (u == null && !half && p < n && s.charAt(p) == '分' && secondsAfter(p + 1)) u = new Lexicon.Entry("分", "MIN"); // 1分58秒
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
        if (unit.equals("Q")) { // 三个季度: nine months (ISO 8601 has no quarters)
            v = v.multiply(BigDecimal.valueOf(3));
            unit = "M";
        }
        boolean more = unit.endsWith("+");
        if (more) unit = unit.substring(0, unit.length() - 1);
        RawFigure r = new RawFigure(FigureKind.DURATION, i, end);
        r.value = v;
        r.duration = unit;
        if (more) r.qualifier = "more_than";
        if (!more) while (compound(r)) { } // 2小时06分48秒: each smaller part in turn
        if (r.duration.equals("S")) hundredths(r);
        return r;
    }

    /** 46秒80, 1分58秒36: a race time's hundredths of a second written after 秒. */
    private void hundredths(RawFigure r) {
        int p = r.end;
        if (p + 2 > n || !ChineseNumbers.isArabicDigit(s.charAt(p)) || !ChineseNumbers.isArabicDigit(s.charAt(p + 1))) return;
        if (p + 2 < n) {
            char c = s.charAt(p + 2);
            if (ChineseNumbers.isArabicDigit(c) || "个個名人米万萬亿億千百年月日天岁歲元%％.．·-".indexOf(c) >= 0
                    || ChineseNumbers.digitValue(c) >= 0 || Character.isLetter(c) && c < 0x80) return;
        }
        r.value = r.value.add(new BigDecimal(s.substring(p, p + 2)).movePointLeft(2));
        r.end = p + 2;
    }

    /**
     * 两年零三个月 (P27M), 一小时三十分钟 (PT90M), 一小时零十五秒 (PT3615S): adds a smaller part; false when none
     * follows.
     */
    private boolean compound(RawFigure r) {
        int p = r.end;
        if (p < n && (s.charAt(p) == '零' || s.charAt(p) == '又')) p++;
        if (p >= n || !ChineseNumbers.canStart(s.charAt(p))) return false;
        int e = ChineseNumbers.scan(s, p, n, part, false);
        if (e < 0 || part.overflow || part.more) return false;
        Lexicon.Entry u = Lexicon.match(s, e, n, Lexicon.DURATION_UNITS);
        String small = u != null ? u.norm() : (e < n && s.charAt(e) == '分' && !nextIs(e + 1, '之') ? "MIN" : null);
        int factor = factor(r.duration, small);
        if (factor == 0) return false;
        r.value = r.value.multiply(BigDecimal.valueOf(factor)).add(part.value);
        r.duration = small;
        r.end = e + (u != null ? u.word().length() : 1);
        return true;
    }

    /** A number of seconds at p (58秒 of 1分58秒: 分 alone is a minute only before one). */
    private boolean secondsAfter(int p) {
        if (p >= n || !ChineseNumbers.canStart(s.charAt(p))) return false;
        int e = ChineseNumbers.scan(s, p, n, part, false);
        return e > 0 && !part.overflow && e < n && s.charAt(e) == '秒';
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

}
