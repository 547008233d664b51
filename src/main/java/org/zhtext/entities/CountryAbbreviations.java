package org.zhtext.entities;

import org.zhtext.core.CharSet;
import java.util.ArrayList;
import java.util.List;
import org.zhtext.engine.Mention;

/**
 * Single-character abbreviations of countries and regions (中, 美, 日, 俄, 欧, 港, 台, 华, 京, …), a common
 * miss of both engines, each found as a location where the context says it is one:
 * <ul>
 *   <li>a run of two or three different abbreviations (中美, 美欧, 中日韩, 港澳台) followed by a word of
 *       relations between them (关系, 贸易, 两国, 双方, 会谈, 之间, 同胞, …), so 中美洲, 中英文 and 其中美国
 *       stay untouched;</li>
 *   <li>an abbreviation followed by 方, "the side of" (中方, 美方), at the start of a clause or after a
 *       conjunction, preposition or verb taking a party (反对美方, 敦促日方), unless 方 starts a word
 *       (方法, 方面, 方式), so 其中方法 and 完美方案 stay untouched;</li>
 *   <li>an abbreviation after a verb of travel or posting (访美, 驻日, 赴欧, 抵港); 华 and 京 also after
 *       对, 来, 在, 进, 返 (对华, 来华, 在京), unless the next character makes a word (华人, 华侨, 京剧).</li>
 * </ul>
 * Longer mentions win over these in {@link EntityRules}, so 赴美国 keeps 美国.
 */
final class CountryAbbreviations {
    /** Abbreviations that pair up in runs (中美, 港澳台); 华 and 京 only follow verbs (中华 is no pair). */
    private static final String ABBREVIATIONS = "中美日韩俄欧英法德印朝越澳加意台港";
    private static final CharSet ABBREVIATION_CHARS = CharSet.of(ABBREVIATIONS);
    private static final List<String> RELATION_WORDS = List.of(
            "两国", "三国", "四国", "两岸", "双方", "三方", "关系", "贸易", "经贸", "会谈", "谈判", "磋商", "合作", "之间",
            "峰会", "元首", "首脑", "领导人", "战略", "对话", "协议", "协定", "联合", "交往", "友好", "友谊", "竞争", "博弈",
            "摩擦", "争端", "冲突", "外长", "外交", "建交", "同盟", "会晤", "高层", "双边", "经济", "投资", "关税", "科技",
            "军事", "防务", "人民", "企业", "分歧", "紧张", "脱钩", "互信", "交流", "同胞", "地区", "两地", "三地", "人员");
    private static final String TRAVEL_VERBS = "访驻赴抵离";
    private static final String MORE_BEFORE_HUA_JING = "对来在进返援侵涉旅";
    private static final String WORD_AFTER_HUA = "人侨裔语文夏府盛诞丽美贵北南东西中山灯章";
    private static final String WORD_AFTER_JING = "剧城都腔味戏";
    /** Characters after which 中方/美方 is a side: conjunctions, prepositions and verbs taking a party. */
    private static final String SIDE_BEFORE = "的和与同及跟对向据将为由让使请令促望求称指评示要";
    private static final String WORD_AFTER_FANG = "法式面向案便针位言程块圆才";

    private CountryAbbreviations() {}

    static List<Mention> find(String s) {
        List<Mention> out = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; ) {
            int run = runAt(s, i);
            if (run >= 2 && (i == 0 || !isAbbreviation(s.charAt(i - 1))) && relationWordAt(s, i + run)) {
                for (int k = i; k < i + run; k++) out.add(new Mention(k, k + 1, EntityTypes.LOCATION));
                i += run;
                continue;
            }
            char c = s.charAt(i);
            if ((isAbbreviation(c) && (isSide(s, i) || afterVerb(s, i))) || ((c == '华' || c == '京') && afterVerb(s, i))) {
                out.add(new Mention(i, i + 1, EntityTypes.LOCATION));
            }
            i++;
        }
        return out;
    }

    /** 中方, 美方: the abbreviation followed by 方 not starting a word, and not itself ending a word (其中). */
    private static boolean isSide(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i + 1) != '方') return false;
        if (i + 2 < s.length() && WORD_AFTER_FANG.indexOf(s.charAt(i + 2)) >= 0) return false;
        return i == 0 || !NameShapes.isHan(s.charAt(i - 1)) || SIDE_BEFORE.indexOf(s.charAt(i - 1)) >= 0;
    }

    private static boolean afterVerb(String s, int i) {
        if (i == 0) return false;
        char c = s.charAt(i), before = s.charAt(i - 1);
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (c == '华') return (TRAVEL_VERBS.indexOf(before) >= 0 || MORE_BEFORE_HUA_JING.indexOf(before) >= 0)
                && WORD_AFTER_HUA.indexOf(after) < 0;
        if (c == '京') return (TRAVEL_VERBS.indexOf(before) >= 0 || MORE_BEFORE_HUA_JING.indexOf(before) >= 0)
                && WORD_AFTER_JING.indexOf(after) < 0;
        return TRAVEL_VERBS.indexOf(before) >= 0 && c != '中';
    }

    /** Length (0, 2 or 3) of a run of distinct abbreviations starting at {@code i}. */
    private static int runAt(String s, int i) {
        int len = 0;
        while (i + len < s.length() && len < 3 && isAbbreviation(s.charAt(i + len))
                && s.substring(i, i + len).indexOf(s.charAt(i + len)) < 0) {
            len++;
        }
        return len >= 2 ? len : 0;
    }

    private static boolean isAbbreviation(char c) {
        return ABBREVIATION_CHARS.contains(c);
    }

    private static boolean relationWordAt(String s, int at) {
        for (String w : RELATION_WORDS) {
            if (s.startsWith(w, at)) return true;
        }
        return false;
    }
}
