package org.zhtext.figures;

import java.util.List;
import org.zhtext.core.Script;
import org.zhtext.normalize.ScriptDetector;

/**
 * The currency of bare 元 in a text (股價收在1,385元, 每呎1.2萬元): the yuan, CNY, unless the text is written in
 * traditional characters, names the local dollar of exactly one of Taiwan, Hong Kong and Macau (新台幣930億元,
 * 6,473億港元, 澳門元) and never the renminbi (人民幣, 人民币, RMB, CNY, 元人民幣): there a reader takes 元 for that
 * dollar. A traditional text that names no local dollar but places of only one of them (台北, 高雄, 行政院; 香港,
 * 港府; 澳門) takes that place's dollar. Simplified text keeps CNY (mainland news writes 港元 for Hong Kong sums
 * and 元 for its own).
 */
final class LocalYuan {
    private static final List<String> LOCAL = List.of("TWD", "HKD", "MOP");
    private static final List<String> RENMINBI = List.of("人民幣", "人民币", "RMB", "CNY", "人仔");

    private LocalYuan() {}

    /** Names only Taiwan uses: its cities and counties, its central bodies (traditional forms). */
    private static final List<String> TAIWAN = List.of("台灣", "臺灣", "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
            "臺南", "高雄", "新竹", "基隆", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "苗栗", "彰化", "南投",
            "雲林", "行政院", "立法院", "監察院", "總統府");
    /** Not 特區 or 特首, which Macau's news writes too (澳門特區政府). */
    private static final List<String> HONG_KONG = List.of("香港", "港府", "九龍", "新界", "港島");
    private static final List<String> MACAU = List.of("澳門", "氹仔", "路環");

    /**
     * The dollar of the one place among Taiwan, Hong Kong and Macau that a text without any local dollar names
     * (台北市公車全票由15元調整為18元: TWD), or null when it names none or several.
     */
    private static String placeDollar(String text) {
        String found = null;
        for (int k = 0; k < 3; k++) {
            List<String> words = k == 0 ? TAIWAN : k == 1 ? HONG_KONG : MACAU;
            for (String w : words) {
                if (text.contains(w)) {
                    if (found != null) return null;
                    found = LOCAL.get(k);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Gives the bare-元 money figures of {@code raws} the text's local dollar, where it has one, and money in a
     * currency word several countries share (比索, 克朗, 卢比) the currency of the one such country the text names
     * (an article on Argentina: 1,400比索 is ARS, not the stem's default MXN).
     */
    static void apply(String text, List<RawFigure> raws) {
        for (RawFigure r : raws) {
            if (r.kind != FigureKind.MONEY || r.sharedStem == null) continue;
            String local = Currencies.localStem(r.sharedStem, text);
            if (local != null) r.currency = local;
        }
        yuan(text, raws);
    }

    private static void yuan(String text, List<RawFigure> raws) {
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
        if (!bare) return;
        for (String w : RENMINBI) if (text.contains(w)) return;
        if (ScriptDetector.detect(text) != Script.TRADITIONAL) return;
        if (local == null) local = placeDollar(text);
        if (local == null) return;
        for (RawFigure r : raws) if (r.bareYuan) r.currency = local;
    }
}
