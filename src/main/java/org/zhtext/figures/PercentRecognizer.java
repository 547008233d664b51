package org.zhtext.figures;

/**
 * Percentages: a number followed by % / ％ (unit {@code %}) or 个百分点 (unit {@code pp}), and 百分之 followed by
 * a number (百分之二十, 百分之负三点八, 百分之十至十五).
 */
final class PercentRecognizer extends TextScan implements Recognizer {
    /** Anchors besides numbers: 百 of 百分之. */
    static final String ANCHORS = "百";

    private final FigureScanner scanner;

    PercentRecognizer(FigureScanner scanner) {
        super(scanner.s);
        this.scanner = scanner;
    }

    @Override
    public FigureKind kind() {
        return FigureKind.PERCENT;
    }

    @Override
    public int atAnchor(int i) {
        return s.charAt(i) == '百' && startsWith(i, "百分之") ? percentWords(i) : -1;
    }

    @Override
    public RawFigure afterNumber(int i, int e, int k) {
        char c = k < n ? s.charAt(k) : 0;
        RawFigure r;
        if (c == '%' || c == '％') {
            r = new RawFigure(FigureKind.PERCENT, i, k + 1);
            r.unit = "%";
        } else if (startsAny(k, "个百分点", "個百分點", "个百分點", "百分点", "百分點")) {
            r = new RawFigure(FigureKind.PERCENT, i, k + (s.charAt(k) == '百' ? 3 : 4));
            r.unit = "pp";
        } else {
            return null;
        }
        r.value = scanner.num.value;
        return r;
    }

    /** 百分之二十, 百分之负三点八, 百分之十至十五 / 百分之十至百分之十五. */
    private int percentWords(int i) {
        ChineseNumbers.NumScan ns = scanner.num;
        int p = i + 3;
        boolean neg = p < n && (s.charAt(p) == '负' || s.charAt(p) == '負');
        if (neg) p++;
        int e = ChineseNumbers.scan(s, p, n, ns, false);
        if (e < 0 || ns.overflow) return e < 0 ? i + 3 : e;
        RawFigure r = new RawFigure(FigureKind.PERCENT, i, e);
        r.value = neg ? ns.value.negate() : ns.value;
        r.unit = "%";
        if (ns.more) r.qualifier = "more_than";
        int c = connector(e);
        if (c > e) {
            int q = startsWith(c, "百分之") ? c + 3 : c;
            int e2 = ChineseNumbers.scan(s, q, n, ns, false);
            if (e2 > q && !ns.overflow) {
                r.low = r.value;
                r.high = ns.value;
                r.value = null;
                r.end = e2;
            }
        }
        return scanner.finish(r);
    }
}
