package org.zhtext.figures;

import java.util.List;
import org.zhtext.core.Script;
import org.zhtext.normalize.ScriptDetector;

/**
 * The currency of bare 元 in a text (股價收在1,385元, 每呎1.2萬元): the yuan, CNY, unless the text is written in
 * traditional characters, names the local dollar of exactly one of Taiwan, Hong Kong and Macau (新台幣930億元,
 * 6,473億港元, 澳門元) and never the renminbi (人民幣, 人民币, RMB, CNY, 元人民幣): there a reader takes 元 for that
 * dollar. Simplified text keeps CNY (mainland news writes 港元 for Hong Kong sums and 元 for its own).
 */
final class LocalYuan {
    private static final List<String> LOCAL = List.of("TWD", "HKD", "MOP");
    private static final List<String> RENMINBI = List.of("人民幣", "人民币", "RMB", "CNY", "人仔");

    private LocalYuan() {}

    /** Gives the bare-元 money figures of {@code raws} the text's local dollar, where it has one. */
    static void apply(String text, List<RawFigure> raws) {
        String local = null;
        boolean bare = false;
        for (RawFigure r : raws) {
            if (r.kind != FigureKind.MONEY || r.currency == null) continue;
            if (r.bareYuan) {
                bare = true;
            } else if (LOCAL.contains(r.currency)) {
                if (local != null && !local.equals(r.currency)) return; // two local dollars: no guess
                local = r.currency;
            }
        }
        if (!bare || local == null) return;
        for (String w : RENMINBI) if (text.contains(w)) return;
        if (ScriptDetector.detect(text) != Script.TRADITIONAL) return;
        for (RawFigure r : raws) if (r.bareYuan) r.currency = local;
    }
}
