package org.zhtext.entities;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.engine.Mention;

/**
 * Single-character country abbreviations, a common miss of both engines, each found as a location:
 * <ul>
 *   <li>a run of two or three different abbreviations (中美, 美欧, 中日韩) followed by a word of bilateral
 *       relations (关系, 贸易, 双方, 会谈, 之间, …), so 中美洲, 中英文 and 其中美国 stay untouched;</li>
 *   <li>华 (China) right after a verb or preposition of direction (对华, 访华, 来华, 在华, 赴华, 驻华, 涉华),
 *       unless the next character makes it part of another word (华人, 华侨, 华裔, 华语).</li>
 * </ul>
 */
final class CountryAbbreviations {
    private static final String ABBREVIATIONS = "中美日韩俄欧英法德印朝越澳加意台港";
    private static final List<String> RELATION_WORDS = List.of(
            "两国", "三国", "四国", "两岸", "双方", "三方", "关系", "贸易", "经贸", "会谈", "谈判", "磋商", "合作", "之间",
            "峰会", "元首", "首脑", "领导人", "战略", "对话", "协议", "协定", "联合", "交往", "友好", "友谊", "竞争", "博弈",
            "摩擦", "争端", "冲突", "外长", "外交", "建交", "同盟", "会晤", "高层", "双边", "经济", "投资", "关税", "科技",
            "军事", "防务", "人民", "企业", "分歧", "紧张", "脱钩", "互信", "交流");
    private static final String BEFORE_HUA = "对访来在赴驻离抵援侵涉旅返";
    private static final String WORD_AFTER_HUA = "人侨裔语文夏府盛诞丽美贵北南东西中山灯章";

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
            if (s.charAt(i) == '华' && i > 0 && BEFORE_HUA.indexOf(s.charAt(i - 1)) >= 0
                    && (i + 1 == n || WORD_AFTER_HUA.indexOf(s.charAt(i + 1)) < 0)) {
                out.add(new Mention(i, i + 1, EntityTypes.LOCATION));
            }
            i++;
        }
        return out;
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
        return ABBREVIATIONS.indexOf(c) >= 0;
    }

    private static boolean relationWordAt(String s, int at) {
        for (String w : RELATION_WORDS) {
            if (s.startsWith(w, at)) return true;
        }
        return false;
    }
}
