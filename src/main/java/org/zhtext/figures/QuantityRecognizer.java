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
            if (!Units.latinEnds(s, k + w.length(), n)) return null; // 5Gbit, 3mm2x: not this unit
            if (w.equals("位") && nextIs(k + 1, '数', '數')) return null;
            if (w.equals("人") && nextIs(k + 1, '民')) return null;
            if ((w.equals("台") || w.equals("臺")) && nextIs(k + 1, '湾', '灣', '南', '北', '东', '東', '州')) return null; // 台湾, 2025台南… (not 台中: 3台中央空调)
            if (w.equals("名") && nextIs(k + 1, '义', '義', '字', '称', '稱')) return null;
            if (w.equals("家") && nextIs(k + 1, '乡', '鄉', '人', '庭')) return null;
            if ((w.equals("条") || w.equals("條")) && nextIs(k + 1, '款')) return null; // 232条款: a provision's number, no count
            r = new RawFigure(FigureKind.QUANTITY, i, k + w.length());
            r.unit = u.norm();
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
