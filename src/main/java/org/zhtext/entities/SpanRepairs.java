package org.zhtext.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhtext.engine.Mention;

/**
 * Boundary repairs of engine mentions, before their shape is checked. Each looks only at the mention and
 * its neighbours in the sentence:
 * <ul>
 *   <li>a function word glued to the front of a location or organization is cut off (的中国, 于美国, 一个中国 → 中国);</li>
 *   <li>a count of countries or sides (两国, 五国政府, 各国) is no location or organization;</li>
 *   <li>a title glued to a person's name is cut off (江主席 → 江, 邓先生 → 邓); a transliterated name takes a
 *       final syllable left outside it (扎琳 + 娜);</li>
 *   <li>a location is extended over an administrative suffix (香港 + 特别行政区, 西藏 + 自治区);</li>
 *   <li>an organization is extended left over an ordinal session (第 + 十五次 + 全国代表大会).</li>
 * </ul>
 */
final class SpanRepairs {
    private static final String FUNCTION_PREFIX = "的同和与在于对从向将就为把被及使由给跟";
    private static final List<String> FUNCTION_PREFIX_2 = List.of("一个", "这个", "那个", "整个", "这些", "那些");
    private static final Pattern COUNT_OF_COUNTRIES = Pattern.compile("^[一二两三四五六七八九十几多各诸][国方]");
    private static final List<String> TITLES = List.of(
            "总书记", "委员长", "副总理", "副主席", "国务卿", "主席", "总理", "总统", "首相", "先生", "女士", "同志", "书记",
            "部长", "大使", "教授", "博士", "将军", "议员", "院士", "市长", "省长", "局长", "主任", "老师", "小姐");
    /** Final syllables of transliterated names that HanLP leaves outside the name (扎琳 + 娜, 戴安 + 娜). */
    private static final String NAME_ENDINGS = "娜娅丝莎妮";
    private static final List<String> ADMINISTRATIVE_SUFFIXES = List.of(
            "特别行政区", "特区", "自治区", "自治州", "自治县", "自治旗");
    private static final String ORDINAL = "[一二三四五六七八九十百零〇0-9０-９]+[届次]";
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("第" + ORDINAL + "$");
    private static final Pattern ORDINAL_START = Pattern.compile("^" + ORDINAL);

    private SpanRepairs() {}

    /** The repaired mention, or null when nothing plausible is left. */
    static Mention repair(String sentence, Mention m) {
        int s = m.start(), e = m.end();
        String type = m.type();
        if (EntityTypes.PERSON.equals(type)) {
            e = s + withoutTitle(sentence.substring(s, e));
            if (e < sentence.length() && NAME_ENDINGS.indexOf(sentence.charAt(e)) >= 0
                    && NameShapes.isTransliteration(sentence.substring(s, e))) {
                e++;
            }
        } else {
            String text = sentence.substring(s, e);
            for (String p : FUNCTION_PREFIX_2) {
                if (text.startsWith(p) && text.length() - p.length() >= 2) s += p.length();
            }
            while (e - s > 2 && FUNCTION_PREFIX.indexOf(sentence.charAt(s)) >= 0) s++;
            // a time unit glued on by the segmenter after a number: 前8个[月中国] -> 中国
            while (e - s > 2 && TIME_UNITS.indexOf(sentence.charAt(s)) >= 0 && s > 0 && isNumeral(sentence.charAt(s - 1 - (sentence.charAt(s - 1) == '个' && s > 1 ? 1 : 0)))) s++;
            if (COUNT_OF_COUNTRIES.matcher(sentence.substring(s, e)).find()) return null;
        }
        return s < e ? new Mention(s, e, type) : null;
    }

    private static final String TIME_UNITS = "年月日号週周天";

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "一二两三四五六七八九十百千万零〇几多半".indexOf(c) >= 0;
    }

    /** Length of a person mention without a trailing title, keeping at least a surname. */
    private static int withoutTitle(String name) {
        for (String t : TITLES) {
            if (name.endsWith(t) && name.length() > t.length()) {
                String rest = name.substring(0, name.length() - t.length());
                if (NameShapes.surnameLength(rest) == rest.length() || NameShapes.isPersonName(rest)) return rest.length();
            }
        }
        return name.length();
    }

    /** Whether a lone surname is a person here: it was cut from a name + title (江主席). */
    static boolean isSurnameBeforeTitle(String sentence, int s, int e) {
        String name = sentence.substring(s, e);
        if (NameShapes.surnameLength(name) != name.length()) return false;
        for (String t : TITLES) {
            if (sentence.startsWith(t, e)) return true;
        }
        return false;
    }

    /** End of a location extended over an administrative suffix that follows it. */
    static int locationEnd(String sentence, Mention m) {
        if (!EntityTypes.LOCATION.equals(m.type())) return m.end();
        for (String suffix : ADMINISTRATIVE_SUFFIXES) {
            if (sentence.startsWith(suffix, m.end())) return m.end() + suffix.length();
        }
        return m.end();
    }

    /** Start of an organization extended left over an ordinal session (第十五次, 第九届). */
    static int organizationStart(String sentence, Mention m) {
        if (!EntityTypes.ORGANIZATION.equals(m.type())) return m.start();
        if (m.start() > 0 && sentence.charAt(m.start() - 1) == '第'
                && ORDINAL_START.matcher(sentence.substring(m.start(), m.end())).find()) {
            return m.start() - 1;
        }
        Matcher x = ORDINAL_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 8), m.start()));
        return x.find() ? m.start() - (x.end() - x.start()) : m.start();
    }
}
