package org.zhtext.entities;

import org.zhtext.core.CharSet;
import java.util.ArrayList;
import java.util.List;
import org.zhtext.engine.Mention;

/**
 * Single-character abbreviations of countries and regions (中, 美, 日, 俄, 欧, …) where several are coordinated
 * names of countries: a run of two or three different abbreviations (中美, 美欧, 中日韩, 港澳台) followed by a
 * word of relations between them (关系, 贸易, 两国, 双方, 会谈, 之间, 同胞, …), each abbreviation a location.
 * So 中美洲, 中英文 and 其中美国 stay untouched, and so do the one-country forms 中方, 美方, 对华, 赴美, 访华,
 * 华企, which users read as noise outside of MSRA-style annotation. {@link EntityRules} takes these only when
 * {@link EntityRules.Options#countryAbbreviations()} is on (the default); longer mentions win over them.
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

    static boolean isAbbreviation(char c) {
        return ABBREVIATION_CHARS.contains(c);
    }

    private static boolean relationWordAt(String s, int at) {
        for (String w : RELATION_WORDS) {
            if (s.startsWith(w, at)) return true;
        }
        return false;
    }
}
