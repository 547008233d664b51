package org.zhtext.entities;

import java.util.List;
import org.zhtext.engine.Mention;

/**
 * Names written in Latin letters inside Chinese text (OpenAI, Reuters, Goldman Sachs) that the context types. A
 * Latin name the lexicon knows is found by the {@link LexiconMatcher}; these rules find the others, only where the
 * words around say what they are (a lone Latin word, Excel or GDP, is no entity):
 * <ul>
 *   <li>an organization head right after it ({@code Stripe公司}, {@code X集团}): the merge step of
 *       {@link EntityRules} then takes the head into the organization;</li>
 *   <li>a report by it: {@code 据X报道}, {@code 据X消息}, {@code X报道称}, {@code X援引};</li>
 *   <li>a company role or company fact after it, with or without 的 ({@code X的首席执行官}, {@code X发言人},
 *       {@code X的股价});</li>
 *   <li>a statement by it, {@code X表示}, {@code X称}, {@code X宣布}, when X starts the clause (after a punctuation
 *       mark, 据, 和 or the start of the sentence): {@code 该公司CEO表示} names a role, not a company.</li>
 * </ul>
 * The name is one or more Latin words (letters, digits, {@code & . ' -}) joined by single spaces, starting with
 * a capital letter. Its type is organization. Linear in the sentence.
 */
final class LatinNames {
    /** Words after a Latin name that make it an organization as they stand (Stripe公司). */
    private static final List<String> HEADS = List.of("公司", "集团", "银行", "基金", "控股", "电视台", "通讯社", "研究所",
            "实验室", "大学", "协会");
    /** Roles and facts of a company, after the name or after name + 的. */
    private static final List<String> ROLES = List.of("首席执行官", "首席财务官", "首席技术官", "首席运营官", "执行长",
            "总裁", "董事长", "创始人", "联合创始人", "发言人", "总经理", "董事会", "股价", "股票", "市值", "财报", "旗下",
            "总部", "CEO", "CFO");
    /** Verbs of reporting after a news source. */
    private static final List<String> REPORTS = List.of("报道", "报导", "援引", "消息", "获悉");
    /** Verbs of saying: evidence only when the name starts the clause. */
    private static final String SAYS = "表称宣说指回证透承否";
    private static final List<String> SAY_WORDS = List.of("表示", "称", "宣布", "说", "指出", "回应", "证实", "透露",
            "承认", "否认");
    private static final String CLAUSE_BEFORE = "，,。；;：:！!？?、“”\"（(《据和与及";

    private LatinNames() {}

    /** Whether {@code s[start, end)} is written in Latin script only (letters, digits, spaces, . & - '). */
    static boolean isLatin(String s, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letter = true;
            else if (!(c >= '0' && c <= '9') && " .&-'".indexOf(c) < 0) return false;
        }
        return letter;
    }

    static void find(String s, List<Mention> out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isUpperLatin(c) || (i > 0 && LexiconMatcher.isLatinOrDigit(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int e = nameEnd(s, i);
            if (evidence(s, i, e)) out.add(new Mention(i, e, EntityTypes.ORGANIZATION));
            i = Math.max(e, i + 1);
        }
    }

    /** End of the Latin name starting at {@code i}: words of letters, digits and {@code &.'-}, single spaces between capitalized words. */
    static int nameEnd(String s, int i) {
        int n = s.length(), e = i;
        while (true) {
            while (e < n && isNameChar(s.charAt(e))) e++;
            if (e + 1 < n && s.charAt(e) == ' ' && isUpperLatin(s.charAt(e + 1))) {
                e++;
                continue;
            }
            break;
        }
        while (e > i && !LexiconMatcher.isLatinOrDigit(s.charAt(e - 1))) e--; // no trailing '.', '-'
        return e;
    }

    private static boolean evidence(String s, int start, int end) {
        if (end - start < 2) return false;
        if (wordAt(HEADS, s, end) || wordAt(ROLES, s, end)
                || (end < s.length() && s.charAt(end) == '的' && wordAt(ROLES, s, end + 1))) return true;
        if (wordAt(REPORTS, s, end)) return true;
        if (end < s.length() && SAYS.indexOf(s.charAt(end)) >= 0 && wordAt(SAY_WORDS, s, end)) {
            return start == 0 || CLAUSE_BEFORE.indexOf(s.charAt(start - 1)) >= 0;
        }
        return false;
    }

    private static boolean wordAt(List<String> words, String s, int at) {
        for (String w : words) {
            if (s.startsWith(w, at)) return true;
        }
        return false;
    }

    private static boolean isUpperLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    private static boolean isNameChar(char c) {
        return LexiconMatcher.isLatinOrDigit(c) || c == '&' || c == '.' || c == '\'' || c == '’' || c == '-';
    }
}
