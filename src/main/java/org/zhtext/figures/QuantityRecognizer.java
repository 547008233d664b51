package org.zhtext.figures;

import java.math.BigDecimal;

/**
 * Quantities: a number with a measure word or classifier (2500万吨, 1800 多艘, 3 个基点, 40 摄氏度), or a large or
 * scaled number directly before a counted noun (1.7億用户). The unit is the measure's SI or customary symbol
 * ({@link Units}: 30公斤 and 30kg → kg, 40纳米 → nm, 42°C → ℃) or the simplified classifier (辆, 家).
 */
final class QuantityRecognizer extends TextScan implements Recognizer {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final FigureScanner scanner;

    QuantityRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    /** Words of an index or a market before its points (上证指数收报3350.12点, 恒指跌112點). */
    private static final String[] INDEX_WORDS = {"指数", "指數", "恒指", "道指", "纳指", "納指", "标普", "標普", "日经", "日經",
            "大盘", "大盤", "股指", "期指", "收报", "收報", "报收", "報收", "收在", "收于", "收於", "收盘", "收盤", "终场", "終場",
            "台股", "港股", "美股", "股市", "加权", "加權"};
    /** A change right before the points (跌112點, 上涨12点). */
    private static final String CHANGES = "跌涨漲升降挫";

    /**
     * 点 after a number counts the points of an index, not an hour: a change verb right before it (跌112點, 涨了12点),
     * or, for a number that is no hour (a decimal or above 24), an index word shortly before (收报3350.12点).
     */
    private boolean indexPoints(int i, int k, ChineseNumbers.NumScan num) {
        if (nextIs(k + 1, '钟', '鐘', '半', '整', '多', '左', '前', '后', '後', '以', '过', '過')) return false;
        int b = i;
        if (b > 0 && s.charAt(b - 1) == '了') b--;
        if (b > 0 && CHANGES.indexOf(s.charAt(b - 1)) >= 0) return true;
        boolean hour = num.integer && num.value.compareTo(BigDecimal.valueOf(24)) <= 0;
        if (hour) return false;
        for (int p = Math.max(0, i - 15); p < i; p++) {
            char c = s.charAt(p);
            if (c == '。' || c == '；' || c == '！' || c == '？') return false;
            for (String w : INDEX_WORDS) if (w.charAt(0) == c && s.startsWith(w, p)) return true;
        }
        return false;
    }

    /** Words of the weather that make a bare 度 after a number degrees Celsius (气温15度, 最高溫度32度). */
    private static final String[] WEATHER = {"气温", "氣溫", "温度", "溫度", "高温", "高溫", "低温", "低溫", "体温", "體溫",
            "水温", "水溫", "降温", "降溫", "升温", "升溫"};

    /** A weather word stands in the clause before {@code i} (within 15 characters). */
    private boolean weather(int i) {
        for (int p = i - 1; p >= Math.max(0, i - 15); p--) {
            char c = s.charAt(p);
            if (c == '。' || c == '；' || c == '，' || c == '！' || c == '？' || c == '\n') return false;
            for (String w : WEATHER) if (w.charAt(0) == c && s.startsWith(w, p)) return true;
        }
        return false;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.QUANTITY;
    }

    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        ChineseNumbers.NumScan num = scanner.num;
        BigDecimal v = num.value;
        RawFigure r = null;
        Lexicon.Entry u = Lexicon.match(s, k, n, Lexicon.QUANTITY_UNITS);
        if (u != null) {
            String w = u.word();
            // 一家, 一人: articles, not counts (增长了一倍 is a figure)
            if (num.singleChineseDigit && v.intValue() == 1 && !w.equals("倍")) return null;
            // 每千瓦时, 千克, 千米: 千 alone before a metric unit is its prefix (kilo-), no number
            if (e == i + 1 && s.charAt(i) == '千' && k == e && "瓦克米焦帕卡伏赫".indexOf(s.charAt(k)) >= 0) return null;
            if (!Units.latinEnds(s, k + w.length(), n)) return null; // 5Gbit, 3mm2x: not this unit
            if (w.equals("位") && nextIs(k + 1, '数', '數')) return null;
            if (w.equals("人") && nextIs(k + 1, '民')) return null;
            if ((w.equals("台") || w.equals("臺")) && nextIs(k + 1, '湾', '灣', '南', '北', '东', '東', '州')) return null; // 台湾, 2025台南… (not 台中: 3台中央空调)
            if (w.equals("名") && nextIs(k + 1, '义', '義', '字', '称', '稱')) return null;
            if (w.equals("家") && nextIs(k + 1, '乡', '鄉', '人', '庭')) return null;
            if ((w.equals("条") || w.equals("條")) && nextIs(k + 1, '款')) return null; // 232条款: a provision's number, no count
            if (w.equals("支") && nextIs(k + 1, '持', '出', '付', '援', '撑', '撐', '柱')) return null; // 3支持: no count
            if (u.norm().equals("点") && !indexPoints(i, k, num)) return null;
            r = new RawFigure(FigureKind.QUANTITY, i, k + w.length());
            r.unit = u.norm();
        } else if (k < n && s.charAt(k) == '度' && !nextIs(k + 1, '电', '電') && !(num.singleChineseDigit && v.intValue() == 1)
                && weather(i)) { // not 一度 ("once": 体温一度高达39.5度)
            r = new RawFigure(FigureKind.QUANTITY, i, k + 1); // 气温约15至17度: degrees Celsius
            r.unit = "℃";
        } else if (k < n && s.charAt(k) == '番' && (i >= 1 && startsWith(i - 1, "翻") || i >= 2 && startsWith(i - 2, "翻了"))) {
            r = new RawFigure(FigureKind.QUANTITY, i, k + 1); // 翻了一番 (doubled), 翻两番 (four times)
            r.unit = "番";
        } else if (k == e && (num.trailingScale > 0 || v.compareTo(TEN_THOUSAND) >= 0)) {
            Lexicon.Entry noun = Lexicon.match(s, k, n, Lexicon.COUNT_NOUNS);
            if (noun != null) {
                r = new RawFigure(FigureKind.QUANTITY, i, k + noun.word().length());
                r.unit = noun.norm();
            }
        }
        if (r != null) r.value = v;
        return r;
    }

}
