package org.zhtext.entities;

import java.util.List;
import org.zhtext.engine.Mention;

/**
 * Edge repairs of a trusted tagger mention ({@link EntityRules.Options#engineFirst}), each a switchable
 * {@link EntityRules.Rule} measured on the dev splits (docs/EVALUATION.md, per-rule table):
 * <ul>
 *   <li>{@link EntityRules.Rule#INDEFINITE_TAIL}: a place stops at its unit before 一/某 (深圳市南山区一小区 → 深圳市南山区);
 *       so does an organization before 一, which is then that place (深圳南山区一科技公司 → 深圳南山区);</li>
 *   <li>{@link EntityRules.Rule#TITLE_TAIL}: an organization stops before a title's first part (中芯国际联席, 美团副);</li>
 *   <li>{@link EntityRules.Rule#JOINED_PORTFOLIO}: a government body with a portfolio of two takes in the first
 *       (物流局 → 运输及物流局);</li>
 *   <li>{@link EntityRules.Rule#REPEATS}: one character written three times or more is no name (超超超), a name
 *       written twice is one (徐妍徐妍 → 徐妍);</li>
 *   <li>{@link EntityRules.Rule#PLACE_TAIL}: a place stops before a generic place word (百丈东路交叉口, 长江沿线);</li>
 *   <li>{@link EntityRules.Rule#REPORTED_BY}: a person right after 据 and before 报道 is the outlet (据彭博报道);</li>
 *   <li>{@link EntityRules.Rule#QUOTED_NAME}: an organization that ends at a closing quote starts at its opening one
 *       (“长三角…执行委员会”: not 范区执行委员会);</li>
 *   <li>{@link EntityRules.Rule#RARE_NAME_CHAR}: a person takes in a supplementary ideograph right after it (郭明𫓹).</li>
 * </ul>
 * Stateless, thread-safe.
 */
final class TaggerEdges {
    private TaggerEdges() {
    }

    /** Last characters of administrative units (省, 市, 区, 县…) after which 一 or 某 starts an indefinite noun phrase. */
    private static final String ADMINISTRATIVE_UNITS = "省市区县镇乡村州旗盟";
    /** First parts of titles that never end an organization's name (联席 in 联席首席执行官, 副 in 副总裁). */
    private static final List<String> TITLE_FRONTS = List.of("联席", "常务", "执行", "代理", "名誉", "首席", "副");
    /** Heads of government bodies a portfolio of two may name (运输及物流局, 财经事务及库务局). */
    private static final List<String> BODY_HEADS = List.of("局", "部", "署", "委员会", "委員會", "厅", "廳", "处", "處");
    /** What an outlet does after 据 (据彭博报道, 据路透消息, 据彭博社援引); not 称, which people do (据张华称). */
    private static final List<String> REPORTS = List.of("报道", "報導", "報道", "消息", "援引");
    /** Generic place words that follow a place's name without being part of it. */
    private static final List<String> PLACE_TAILS = List.of("交叉口", "十字路口", "路口", "附近", "一带", "周边", "沿线",
            "境内", "地区以外", "以南", "以北", "以东", "以西");

    /** {@code m} with the rules {@code options} leaves on applied, or null when it is no name. */
    static Mention repair(String sentence, Mention m, EntityRules.Options options, WordClasses words) {
        boolean place = EntityTypes.LOCATION.equals(m.type()), organization = EntityTypes.ORGANIZATION.equals(m.type());
        if ((place || organization) && options.on(EntityRules.Rule.INDEFINITE_TAIL)) m = indefiniteTail(sentence, m);
        if (m == null) return null;
        place = EntityTypes.LOCATION.equals(m.type()); // 深圳南山区一科技公司 is now the place 深圳南山区
        organization = EntityTypes.ORGANIZATION.equals(m.type());
        if (organization && options.on(EntityRules.Rule.TITLE_TAIL)) m = titleTail(sentence, m);
        if (organization && options.on(EntityRules.Rule.WORD_START)) m = wordStart(sentence, m, words);
        if (organization && options.on(EntityRules.Rule.JOINED_PORTFOLIO)) m = portfolio(sentence, m, words);
        if (organization && options.on(EntityRules.Rule.QUOTED_NAME)) m = quotedName(sentence, m);
        if (options.on(EntityRules.Rule.MODEL_TAIL)) m = modelTail(sentence, m);
        if (options.on(EntityRules.Rule.REPEATS)) m = repeats(sentence, m);
        if (m != null && place && options.on(EntityRules.Rule.PLACE_TAIL)) m = placeTail(sentence, m);
        if (m != null && EntityTypes.PERSON.equals(m.type()) && options.on(EntityRules.Rule.ORDINAL_TAIL)) m = ordinalTail(sentence, m);
        if (m != null && EntityTypes.PERSON.equals(m.type()) && options.on(EntityRules.Rule.REPORTED_BY)) m = reportedBy(sentence, m);
        if (m != null && EntityTypes.PERSON.equals(m.type()) && options.on(EntityRules.Rule.RARE_NAME_CHAR)) m = rareNameChar(sentence, m);
        if (m != null && EntityTypes.PERSON.equals(m.type()) && options.on(EntityRules.Rule.PREPOSITION_TIME)
                && prepositionTime(sentence, m, words)) {
            return null;
        }
        if (m != null && EntityTypes.PERSON.equals(m.type()) && options.on(EntityRules.Rule.VIETNAMESE_NAME)) m = vietnameseName(sentence, m, words);
        if (m != null && EntityTypes.PERSON.equals(m.type()) && options.on(EntityRules.Rule.ANONYMISED)) m = anonymised(sentence, m);
        if (m != null && EntityTypes.PERSON.equals(m.type()) && options.on(EntityRules.Rule.PERSON_BEFORE_UNIT)) m = personBeforeUnit(sentence, m);
        return m;
    }

    /** Administrative units a place name takes (熊本县, 菊阳町, 长野市). */
    private static final String UNITS_AFTER_NAME = "县縣市町村省州郡";
    /** What after a unit makes it a title or its people (县长, 市委, 村民, 市民, 省人大), not the end of a place. */
    private static final String AFTER_UNIT_NOT_PLACE = "长長委民人政级級里裡";

    /** 熊本 (of 熊本县知事): a person right before an administrative unit is the place (熊本县). */
    private static Mention personBeforeUnit(String sentence, Mention m) {
        int e = m.end(), n = sentence.length();
        if (m.end() - m.start() < 2 || e >= n || UNITS_AFTER_NAME.indexOf(sentence.charAt(e)) < 0) return m;
        if (e + 1 < n && AFTER_UNIT_NOT_PLACE.indexOf(sentence.charAt(e + 1)) >= 0) return m;
        return new Mention(m.start(), e + 1, EntityTypes.LOCATION);
    }

    /** 李 (of 判处李某某拘役): a lone surname before 某 or 某某 is the anonymised name, not where 某 is a determiner (向某国). */
    private static Mention anonymised(String sentence, Mention m) {
        int s = m.start(), e = m.end(), n = sentence.length();
        if (e - s != 1 || e >= n || sentence.charAt(e) != '某' || NameShapes.surnameLength(sentence.substring(s, e)) != 1) return m;
        int end = e + 1 < n && sentence.charAt(e + 1) == '某' ? e + 2 : e + 1;
        if (end < n && EntityRules.AFTER_DETERMINER.indexOf(sentence.charAt(end)) >= 0) return m;
        return new Mention(s, end, m.type());
    }

    /** 于凌晨 (3点被救出): a one-character preposition word and a time word of two or more characters. */
    private static boolean prepositionTime(String sentence, Mention m, WordClasses words) {
        int s = m.start(), e = m.end();
        if (e - s < 3) return false;
        long p = words.wordAt(sentence, s, s + 1);
        if (WordClasses.length(p) != 1 || WordClasses.wordClass(p) != WordClasses.PREPOSITION) return false;
        long t = words.wordAt(sentence, s + 1, e);
        return WordClasses.length(t) == e - s - 1 && WordClasses.wordClass(t) == WordClasses.TIME;
    }

    /** Characters a Vietnamese given name after 氏 does not start with (阮氏 before a verb: 阮氏称). */
    private static final String NOT_GIVEN = "的是在和与與及说說称稱表回指认認等也都将將已曾";

    /** Classes of a word that starts no part of a given name (会见 in 陈氏兰会见). */
    private static final String FUNCTION_CLASSES = "vdrpcufqm";

    /**
     * 阮 (of 阮氏秋水回应): a lone surname before 氏 is a Vietnamese woman's name, surname, 氏 and a given name of
     * one or two characters: one where the second starts a verb, adverb or function word of the table; none where
     * a word of the table other than an adjective follows 氏 (张氏家族, 刘氏兄弟).
     */
    private static Mention vietnameseName(String sentence, Mention m, WordClasses words) {
        int s = m.start(), e = m.end(), n = sentence.length();
        if (e - s != 1 || NameShapes.surnameLength(sentence.substring(s, e)) != 1 || e + 1 >= n || sentence.charAt(e) != '氏') return m;
        int g = e + 1;
        char c = sentence.charAt(g);
        if (!NameShapes.isHan(c) || NOT_GIVEN.indexOf(c) >= 0) return m;
        long w = words.wordAt(sentence, g, Math.min(n, g + 4));
        if (WordClasses.length(w) >= 2 && WordClasses.wordClass(w) != WordClasses.ADJECTIVE) return m; // 张氏家族, 刘氏兄弟
        boolean two = g + 1 < n && NameShapes.isHan(sentence.charAt(g + 1)) && NOT_GIVEN.indexOf(sentence.charAt(g + 1)) < 0;
        if (two) {
            long next = words.wordAt(sentence, g + 1, Math.min(n, g + 5));
            two = !FUNCTION_CLASSES.contains(String.valueOf(WordClasses.wordClass(next)));
        }
        return new Mention(s, g + (two ? 2 : 1), m.type());
    }


    /**
     * 济发展局 (of 经济发展局): an organization whose first character starts no word of the table (a bound half of a
     * word), inside a common word that ends within it, starts at that word (not 立陶宛 in 对立陶宛: 立 is a word).
     */
    private static Mention wordStart(String sentence, Mention m, WordClasses words) {
        int s = m.start();
        if (words.wordAt(sentence, s, Math.min(sentence.length(), s + 6)) >= 0) return m;
        for (int p = Math.max(0, s - 3); p < s; p++) {
            long w = words.wordAt(sentence, p, Math.min(sentence.length(), p + 6));
            if (w < 0) continue;
            int end = p + WordClasses.length(w);
            char c = WordClasses.wordClass(w);
            if (end > s && end < m.end() && (c == WordClasses.NOUN || c == WordClasses.VERB || c == WordClasses.ADJECTIVE)) {
                return new Mention(p, m.end(), m.type());
            }
        }
        return m;
    }

    /** 张伟第 (before 三次): 第 and the numeral after it are an ordinal, no part of the name; null when nothing is left. */
    private static Mention ordinalTail(String sentence, Mention m) {
        int e = m.end();
        if (e - m.start() < 2 || sentence.charAt(e - 1) != '第' || e >= sentence.length()) return m;
        char c = sentence.charAt(e);
        if ("一二三四五六七八九十两兩".indexOf(c) < 0 && (c < '0' || c > '9')) return m;
        return e - 1 - m.start() >= 2 ? new Mention(m.start(), e - 1, m.type()) : null;
    }

    /** 英伟达H (before 20): the Latin letters at the end start a model number (H20); the name is 英伟达. */
    private static Mention modelTail(String sentence, Mention m) {
        int e = m.end(), k = e;
        if (e >= sentence.length() || sentence.charAt(e) < '0' || sentence.charAt(e) > '9') return m;
        while (k > m.start() && isAsciiLetter(sentence.charAt(k - 1))) k--;
        if (k == e || k - m.start() < 2 || !NameShapes.isHan(sentence.charAt(k - 1))) return m;
        if (e - k == 1 && (sentence.charAt(k) == 'A' || sentence.charAt(k) == 'B')) return m; // a share class: 新宏信A 35.84
        return new Mention(m.start(), k, m.type());
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** 郭明𫓹: a person of 2-3 characters before a supplementary ideograph (two UTF-16 units) takes it in. */
    private static Mention rareNameChar(String sentence, Mention m) {
        int e = m.end(), length = m.end() - m.start();
        if (length < 2 || length > 3 || e + 1 >= sentence.length() || !Character.isHighSurrogate(sentence.charAt(e))) return m;
        int cp = sentence.codePointAt(e);
        if (!Character.isIdeographic(cp) || Character.isSurrogate(sentence.charAt(m.start()))) return m;
        return new Mention(m.start(), e + 2, m.type());
    }

    /** Opening quotes, each at the index of its closing quote in {@link #CLOSING_QUOTES}. */
    private static final String OPENING_QUOTES = "“「『《", CLOSING_QUOTES = "”」』》";
    /** How far before the mention an opening quote is looked for. */
    private static final int QUOTE_REACH = 24;

    /** 成立“长三角…示范区执行委员会”: the tagger's 范区执行委员会 is the quoted name (Han characters only between). */
    private static Mention quotedName(String sentence, Mention m) {
        int close = m.end() < sentence.length() ? CLOSING_QUOTES.indexOf(sentence.charAt(m.end())) : -1;
        if (close < 0) return m;
        char open = OPENING_QUOTES.charAt(close);
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - QUOTE_REACH); k--) {
            char c = sentence.charAt(k);
            if (c == open) return k + 1 == m.start() ? m : new Mention(k + 1, m.end(), m.type());
            if (!Character.isIdeographic(c) && !Character.isLetterOrDigit(c)) return m;
        }
        return m;
    }

    /** 据彭博报道, 据路透消息: who reports after 据 is an outlet (a reporter is named after 记者: 据记者王某报道). */
    private static Mention reportedBy(String sentence, Mention m) {
        if (m.start() == 0 || sentence.charAt(m.start() - 1) != '据' && sentence.charAt(m.start() - 1) != '據') return m;
        for (String w : REPORTS) {
            if (sentence.startsWith(w, m.end())) return new Mention(m.start(), m.end(), EntityTypes.ORGANIZATION);
        }
        return m;
    }

    /** 南山区一小区: the place is 南山区. */
    private static Mention indefiniteTail(String sentence, Mention m) {
        boolean organization = EntityTypes.ORGANIZATION.equals(m.type());
        for (int k = m.start() + 2; k < m.end(); k++) {
            char c = sentence.charAt(k);
            // 深圳南山区一科技公司: an unnamed body of the place, whose name is the place's (an anonymised one,
            // 南山区某信息技术有限公司, is kept whole like 王某)
            if ((c == '一' || c == '某' && !organization) && (ADMINISTRATIVE_UNITS.indexOf(sentence.charAt(k - 1)) >= 0
                    || sentence.startsWith("街道", k - 2))) { // 朝阳区望京街道一小区
                return new Mention(m.start(), k, EntityTypes.LOCATION);
            }
        }
        return m;
    }

    /** 中芯国际联席首席执行官: the company is 中芯国际. */
    private static Mention titleTail(String sentence, Mention m) {
        for (String t : TITLE_FRONTS) {
            if (sentence.startsWith(t, m.end() - t.length()) && m.end() - t.length() - m.start() >= 2) {
                return new Mention(m.start(), m.end() - t.length(), m.type());
            }
        }
        return m;
    }

    /**
     * 运输及物流局: a body (局, 部, 署…) right after 及/和/与 and a common noun or verb of two or more characters that
     * ends in no organization head and has nothing of a name before it (not 美国及欧盟委员会, 杂志社和焦作矿务局,
     * 国土资源和房产管理局).
     */
    private static Mention portfolio(String sentence, Mention m, WordClasses words) {
        int s = m.start();
        if (s < 3 || "及和与與".indexOf(sentence.charAt(s - 1)) < 0 || !endsInBody(sentence, m.end())) return m;
        long w = words.wordBefore(sentence, s - 1, Math.max(0, s - 6));
        if (w < 0 || WordClasses.length(w) < 2) return m;
        char cls = WordClasses.wordClass(w);
        int ns = s - 1 - WordClasses.length(w);
        if ((cls == WordClasses.NOUN || cls == WordClasses.VERB)
                && !NameShapes.isOrganizationHead(sentence.substring(s - 2, s - 1))
                && !NameShapes.isOrganizationHead(sentence.substring(s - 3, s - 1))
                && freeBefore(sentence, ns, words)) {
            return new Mention(ns, m.end(), m.type());
        }
        return m;
    }

    /**
     * Whether nothing of a name can stand right before {@code at}: the text's start, a non-Han character, or a word
     * of a closed class (质询, 在, 的, 其: 质询运输及物流局; not 国土资源和房产管理局, whose 国土 is part of it).
     */
    private static boolean freeBefore(String sentence, int at, WordClasses words) {
        if (at <= 0 || !NameShapes.isHan(sentence.charAt(at - 1))) return true;
        long w = words.wordBefore(sentence, at, Math.max(0, at - 6));
        if (w < 0) return false;
        char c = WordClasses.wordClass(w);
        return c == WordClasses.VERB || c == WordClasses.PREPOSITION || c == WordClasses.PARTICLE || c == WordClasses.PRONOUN
                || c == WordClasses.ADVERB || c == WordClasses.CONJUNCTION;
    }

    private static boolean endsInBody(String sentence, int end) {
        for (String h : BODY_HEADS) if (sentence.startsWith(h, end - h.length())) return true;
        return false;
    }

    /** 超超超: no name (婷婷 and 程程, two characters, are names); 徐妍徐妍: 徐妍. */
    private static Mention repeats(String sentence, Mention m) {
        int len = m.end() - m.start();
        if (len < 2) return m;
        boolean one = true;
        for (int i = m.start() + 1; i < m.end() && one; i++) one = sentence.charAt(i) == sentence.charAt(m.start());
        if (one && len >= 3) return null;
        if (len % 2 == 0 && len >= 4 && sentence.regionMatches(m.start(), sentence, m.start() + len / 2, len / 2)) {
            return new Mention(m.start(), m.start() + len / 2, m.type());
        }
        return m;
    }

    /** 百丈东路交叉口: the place is 百丈东路. */
    private static Mention placeTail(String sentence, Mention m) {
        for (String w : PLACE_TAILS) {
            if (m.end() - m.start() - w.length() >= 2 && sentence.startsWith(w, m.end() - w.length())) {
                return new Mention(m.start(), m.end() - w.length(), m.type());
            }
        }
        return m;
    }
}
