package org.zhtext.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;

/**
 * Engine-independent post-processing of one sentence's mentions (any {@link org.zhtext.engine.EntityEngine}):
 * <ol>
 *   <li><b>repair and filter</b>: an engine mention's edges are repaired ({@link SpanRepairs}, {@link Boundaries}:
 *       no entity begins or ends with a function word, pronoun, adverb, verb or measure word); it must then have
 *       the shape of its type ({@link NameShapes}: an organization ends in an organizational head word) or be a
 *       lexicon word of that type; an organization that is the front of a title (财政部 in 财政部长) is
 *       dropped, since the text names an office, not the ministry (财政部部长 keeps 财政部);</li>
 *   <li><b>add</b> lexicon and gazetteer names ({@link LexiconMatcher}, {@link Gazetteers}), whole foreign names
 *       ({@link ForeignNames}), Latin-script names the context types ({@link LatinNames}) and, unless turned off,
 *       coordinated single-character country abbreviations ({@link CountryAbbreviations});</li>
 *   <li><b>resolve overlaps</b>: the longer span wins; on equal length the lexicon beats the engine, which
 *       beats an abbreviation;</li>
 *   <li><b>merge</b> adjacent pieces of one name: location + organization and organization + organization
 *       give one organization (美国 + 商务部 → 美国商务部); a name followed by an organization suffix word
 *       (福克斯 + 电视台) becomes an organization, a person or place followed by a place word (高尔基 + 大街)
 *       a place;</li>
 *   <li><b>aliases</b> in parentheses ({@link Aliases}).</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EntityRules {
    private static final int LEXICON = 2, ENGINE = 1, ABBREVIATION = 0, WEAK = 0;
    /** Words that turn the name right before them into an organization (福克斯电视台, 东盟秘书处). */
    private static final List<String> ORGANIZATION_WORDS = List.of(
            "电视台", "通讯社", "秘书处", "委员会", "公司", "集团", "银行", "大学", "学院", "基金会", "研究院", "研究所",
            "协会", "商会", "办公室", "俱乐部", "代表处", "办事处", "广播公司", "电台", "日报", "时报", "邮报", "控股",
            "人民政府", "人民法院", "人民检察院", "实验室", "研究中心");
    /** Words that turn a person's or place's name right before them into a place (高尔基大街, 马六甲海峡). */
    private static final List<String> PLACE_WORDS = List.of(
            "大街", "大道", "广场", "国际机场", "机场", "公园", "大桥", "海峡", "半岛", "群岛", "山脉", "高原", "盆地");
    /** Last characters of an office that, followed by 长, name a title (部长, 局长, 署长, 院长, 厅长). */
    private static final String OFFICE_ENDS = "部局署院厅委处司行";

    /**
     * The post-processing rules that {@link Options#without} can switch off one at a time, to measure each one's
     * effect on the dev splits ({@code bench/ner-rules.sh}, docs/EVALUATION.md); every rule is on by default.
     * The first seven act on a trusted engine mention ({@link Options#engineFirst}) only.
     */
    public enum Rule {
        /** An organization ending in an office character before 长 (财政部长) is dropped; a lexicon country in front of it is kept. */
        OFFICE_TITLE,
        /** A Latin-script engine mention is dropped (left to {@link #LATIN_NAMES} and the lexicon). */
        LATIN_ENGINE,
        /** A single-character engine place is dropped unless it is a country abbreviation ({@link CountryAbbreviations#isCountry}). */
        SINGLE_CHAR_PLACE,
        /** A weekday is cut off a person (贝森特周三). */
        WEEKDAY,
        /** A descriptor in front of an organization is cut (美国智库布鲁金斯学会 → 布鲁金斯学会). */
        DESCRIPTOR,
        /** A transliterated place or organization before 政府 is the leader (米莱政府 → 米莱, a person). */
        LEADER_GOVERNMENT,
        /** An engine mention that is a lexicon name of another type takes the lexicon's type (特斯拉). */
        LEXICON_TYPE,
        /** Lexicon and gazetteer names are added ({@link LexiconMatcher}). */
        LEXICON,
        /** Whole transliterated foreign names are added ({@link ForeignNames}). */
        FOREIGN_NAMES,
        /** Latin-script names the context types are added ({@link LatinNames}). */
        LATIN_NAMES,
        /** Anonymised names (王某, 张某某) are persons (engine-first only). */
        ANONYMISED,
        /** Adjacent location + organization and organization + organization are merged into one organization. */
        MERGE,
        /** Administrative suffixes of places and ordinal sessions of organizations are taken in. */
        EXTEND,
        /** A name followed by an organization word (电视台) or a place word (大街) takes it in. */
        SUFFIX_WORDS,
        /** Aliases in parentheses are added ({@link Aliases}). */
        ALIASES,
        /**
         * An engine organization that coordinates two names with 与/和/及 is two (国泰航空与港铁公司): both sides end
         * in an organization head or are lexicon organizations (not 工业和信息化部, 国家发展和改革委员会). Engine-first only.
         */
        COORDINATED_ORGANIZATIONS,
        /** An engine mention is cut at a bracket (墨菲（John → 墨菲), leading brackets skipped. Engine-first only. */
        BRACKETS,
        /**
         * An engine organization with no name in it, a bare or determined head word (公司, 委员会, 该集团, 本届政府:
         * {@link NameShapes#isGenericOrganization}), is dropped unless the lexicon knows it. Engine-first only.
         */
        GENERIC_ORGANIZATIONS,
        /**
         * An engine place that runs on past an administrative unit into 一 or 某 and a common noun (深圳市南山区一小区:
         * "a housing estate in 南山区") stops at the unit. Engine-first only.
         */
        INDEFINITE_TAIL,
        /**
         * An engine organization that ends in the first part of a title (中芯国际联席 before 首席执行官, 腾讯副 before
         * 总裁) stops before it. Engine-first only.
         */
        TITLE_TAIL,
        /**
         * An engine organization, a government body (局, 部, 署, 委员会…), right after 及/和/与 and a common noun is
         * one body with a portfolio of two (运输及物流局, 房屋及规划地政局; not 美国及欧盟委员会). Engine-first only.
         */
        JOINED_PORTFOLIO,
        /**
         * An engine mention that is one character written three times or more (超超超, 唐唐唐唐; not 婷婷) is dropped; a name written twice in a
         * row (徐妍徐妍) is its first half. Engine-first only.
         */
        REPEATS,
        /**
         * An engine place that ends in a generic place word after its name (百丈东路交叉口, 长江沿线, 上海周边) stops
         * before it. Engine-first only.
         */
        PLACE_TAIL,
        /** An engine person right after 据 and before 报道/消息 is the outlet that reports (据彭博报道). Engine-first only. */
        REPORTED_BY,
        /**
         * An engine organization that ends at a closing quote and starts inside the quotes is the whole quoted name
         * (成立“长三角生态绿色一体化发展示范区执行委员会”: not 范区执行委员会). Engine-first only.
         */
        QUOTED_NAME,
        /**
         * An engine person of two or three characters right before a supplementary-plane ideograph takes it in
         * (郭明𫓹, the simplified form of 郭明錤: the tagger reads UTF-16 units and sees two unknown halves).
         * Engine-first only.
         */
        RARE_NAME_CHAR,
        /**
         * An engine mention of country abbreviations whose last character starts a verb, adverb, time word,
         * preposition or conjunction with the character after it (加 of 加征 in 对美加征关税, 日 of 日前 in 中美日前达成,
         * 加 of 加强) ends before it, and what is left is a place: 对美加征 names no Canada, and the 美 left alone is a
         * one-country form. Not where a word also starts at the next character (中印发布: 发布, not 印发). Engine-first only.
         */
        GLUED_ABBREVIATION,
        /**
         * An engine mention that runs from a name into a title in 《》 (美国《华尔街日报》, 英国《金融时报》: the tagger
         * takes them as one organization) is two: the name before (a place where the lexicon says so) and the
         * publication inside the marks, an organization. Engine-first only.
         */
        TITLE_MARKS,
        /**
         * An engine organization that starts inside a dictionary word of a common class ending within it (济发展局 in
         * 商务及经济发展局) starts at that word. Engine-first only.
         */
        WORD_START,
        /**
         * An engine mention that ends in Latin letters which a digit follows, Han characters before them (英伟达H of
         * 英伟达H20: the letters start a model number), stops before the letters. Engine-first only.
         */
        MODEL_TAIL,
        /** An engine person that ends in 第 before a numeral (张伟第 of 张伟第三次当选) stops before it. Engine-first only. */
        ORDINAL_TAIL,
        /**
         * An engine person that is a one-character preposition and a time word (于凌晨 of 于凌晨3点被救出, 于今年)
         * is dropped. Engine-first only.
         */
        PREPOSITION_TIME,
        /**
         * An engine person that is a lone surname right before 氏 and a given name takes them in (阮 of 阮氏秋水: a
         * Vietnamese woman's name, 氏 its middle name). Engine-first only.
         */
        VIETNAMESE_NAME,
        /**
         * An engine organization or place that runs from a lexicon place into 一 or 某 and a noun (江苏一化工厂 in a
         * headline: "a chemical plant in Jiangsu") is the place; not where a numeral, a lexicon name or a single
         * character follows 一 (鞍山一百商店, 中国一汽); an anonymised organization (江苏某化工有限公司) stays whole.
         * Engine-first only.
         */
        PLACE_INDEFINITE,
        /**
         * An engine place that is a celestial body starting a common noun ({@link #CELESTIAL_NOUNS}: 太阳 of 太阳能,
         * 地球 of 地球仪) is dropped: solar panels name no place (MSRA annotates 太阳 there; zhtext does not).
         * Engine-first only.
         */
        CELESTIAL_NOUN,
        /**
         * An engine organization that starts with a lexicon place and a verb of the table right after it, and does
         * not end in an organization head (印度签署自由贸易协定 in a headline: a clause, no name), is the place.
         * Engine-first only.
         */
        PLACE_AND_VERB,
        /**
         * A person, of the tagger or of the foreign-name rule, that is a loanword of CC-CEDICT ({@link Loanwords}:
         * 芬太尼 of 芬太尼關稅, 阿司匹林) is dropped.
         */
        LOANWORD,
        /**
         * An engine person right before an administrative unit (熊本 of 熊本县知事, the tagger's surname 熊) is the
         * place with its unit (熊本县), unless the unit starts a title or a word for its people (李明县长, 市民).
         * Engine-first only.
         */
        PERSON_BEFORE_UNIT,
        /**
         * An engine person that is a lexicon place and 厂/廠 (高雄厂 of 法人估计，高雄厂明年底…: a company's plant in
         * Kaohsiung) is that plant, an organization. Engine-first only.
         */
        PLACE_PLANT,
        /**
         * An engine place that is a lexicon place and a lexicon organization (美国白宫: the tagger typed the pair a
         * place) is an organization, as zhtext reports a place + organization pair (美国商务部). Engine-first only.
         */
        PLACE_THEN_ORGANIZATION,
        /**
         * An engine person that starts with a lexicon country ending in 国 and one or two characters after it (韩国浦
         * of 对韩国浦项制铁…) is that country: no name starts with one. Engine-first only.
         */
        COUNTRY_PERSON,
        /**
         * An engine mention with a space between two Han characters in it (布鲁塞尔讯 欧盟委员会: a dateline and the
         * headline's or lead's first name) is two, each kept as the rules keep a mention; a part that is a lexicon
         * place before 讯/电 is that place. An engine organization that is a lexicon place right before 讯 and a space
         * or the end (金华讯 …) is that place. Engine-first only.
         */
        DATELINE,
        /**
         * A name inside the quoted name of a storm (台风“桦加沙”: 加沙 is no place) is dropped, whoever found it.
         */
        STORM_NAME,
        /**
         * An engine organization that is a lexicon place right before a word for its people or firms (中国选手, 日本企业,
         * 韩国游客) is the place: the country they are of, not a team. Engine-first only.
         */
        NATIONALITY,
        /**
         * An engine organization that names a company, 母公司/子公司/旗下 and another company (奔富酒庄母公司富邑葡萄酒集团)
         * is two organizations. Engine-first only.
         */
        PARENT_COMPANY,
        /**
         * Companies listed before 等 and a word for firms (亿纬锂能、国轩高科等企业; {@link ListedOrganizations}).
         * Engine-first only.
         */
        LISTED_ORGANIZATIONS,
        /**
         * An engine organization that names an agreement, a treaty or a bill (自由贸易协定, 巴黎协定, 通胀削减法案: 协定,
         * 协议, 条约, 公约, 法案, 备忘录 at its end) is dropped unless the lexicon knows it: no body. Engine-first only.
         */
        AGREEMENT,
        /**
         * Japanese persons' names in kanji after a title or before a verb of speech (日本首相高市早苗, 财务官三村淳), and a
         * tagger person that is a Japanese surname with the given name after it (植野 → 植野大作; {@link JapaneseNames}).
         * Engine-first only.
         */
        JAPANESE_NAMES,
        /**
         * An engine person whose first character ends a title word with the characters before it (官金正官 of
         * 长官金正官: the tagger took the title's last character in) starts after it, when a surname starts what is
         * left. Engine-first only.
         */
        TITLE_HEAD,
        /**
         * An engine organization of common words and a head right after 某/一家 (电子公司 of 深圳某电子公司: a body left
         * unnamed) is dropped unless the lexicon knows it. Engine-first only. (Dropping one common word typed an
         * organization, 咖啡 of 咖啡连锁品牌, was measured: MSRA dev lost 内阁, 议会, 邯钢, 武警.)
         */
        COMMON_WORD_ORGANIZATION,
        /**
         * Over a whole document ({@link DocEntities}): where an organization is named with 公司 or 集团 (苹果公司,
         * 蘋果公司), the bare name elsewhere in the same document is that organization (蘋果下調iPhone售價, 蘋果執行長庫克),
         * unless it starts a longer word of the table or reads as the fruit or grain (苹果汁, 吃苹果). Not for
         * sentence-level scores: the dev and test sets are sentences.
         */
        COMPANY_STEMS,
        /**
         * Over a whole document ({@link DocEntities}): where an organization of three or more characters is named
         * once, its other occurrences whose entities (places, persons) all lie inside it are that organization (长安
         * typed a place inside 长安汽车, elsewhere an organization); not a place and its unit, people or government
         * (上海市, 日本政府). Not for sentence-level scores.
         */
        REPEATED_NAMES
    }

    /**
     * Whose annotation guideline the trusted tagger's mentions follow (docs/EVALUATION.md). {@link #ZHTEXT}, the
     * default: a one-character country abbreviation is a place only where several are coordinated (中 and 美 in
     * 中美关系, not 中方, 对华, 赴美, 访华), a ministry before 长 is a title, no organization (财政部长), and 太阳 of
     * 太阳能 is no place. {@link #MSRA}: as the MSRA (People's Daily) corpus annotates, every one-character place the
     * tagger marks (中 in 中方, 华 in 访华), the ministry inside the title (财政部 in 财政部长) and the celestial body
     * of 太阳能; for comparisons with tools and
     * scores that follow that corpus. Only the tagger's path ({@link Options#engineFirst}) differs.
     */
    public enum Guideline {
        ZHTEXT, MSRA
    }

    /**
     * What the rules do beyond the defaults: {@code countryAbbreviations} turns the coordinated single-character
     * country abbreviations (中美关系 → 中, 美) on (the default) or off; {@code engineFirst} is for an engine whose
     * mentions are trusted (the trained tagger, {@code --ner model}): its mentions are not repaired or filtered by
     * shape (only an office before 长 is dropped), and a lexicon, gazetteer or rule name is added only where it
     * crosses none of them: free text, or a longer name that contains them whole (美国 + 财政部 → 美国财政部);
     * {@code off}: rules switched off (for measuring them, {@link #without}; empty by default).
     */
    public record Options(boolean countryAbbreviations, boolean engineFirst, Set<Rule> off) {
        public static final Options DEFAULT = new Options(true, false);

        public Options {
            off = off.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(off));
        }

        public Options(boolean countryAbbreviations, boolean engineFirst) {
            this(countryAbbreviations, engineFirst, Set.of());
        }

        public Options(boolean countryAbbreviations) {
            this(countryAbbreviations, false);
        }

        /**
         * These options under {@code guideline}: {@link Guideline#MSRA} switches off the rules where zhtext's own
         * guideline departs from the MSRA corpus's ({@link Rule#SINGLE_CHAR_PLACE}, {@link Rule#OFFICE_TITLE}, {@link Rule#CELESTIAL_NOUN}).
         */
        public Options following(Guideline guideline) {
            return guideline == Guideline.MSRA ? without(Rule.SINGLE_CHAR_PLACE).without(Rule.OFFICE_TITLE).without(Rule.CELESTIAL_NOUN) : this;
        }

        /** These options with {@code rule} switched off too. */
        public Options without(Rule rule) {
            EnumSet<Rule> s = EnumSet.of(rule);
            s.addAll(off);
            return new Options(countryAbbreviations, engineFirst, s);
        }

        boolean on(Rule rule) {
            return !off.contains(rule);
        }
    }

    private final LexiconMatcher lexicon;
    private final WordClasses words;
    private final boolean enabled;
    private final Options options;

    private EntityRules(LexiconMatcher lexicon, WordClasses words, boolean enabled, Options options) {
        this.lexicon = lexicon;
        this.words = words;
        this.enabled = enabled;
        this.options = options;
    }

    /** All rules, with the entity entries of {@code lexicon} and the gazetteers, default options. */
    public static EntityRules with(Lexicon lexicon) {
        return with(lexicon, Options.DEFAULT);
    }

    /**
     * All rules, with the entity entries of {@code lexicon} and the gazetteers (the CC-CEDICT organization names
     * only engine-first, where the tagger's mentions guard them: {@link Gazetteers#places}).
     */
    public static EntityRules with(Lexicon lexicon, Options options) {
        Gazetteers gazetteers = options.engineFirst() ? Gazetteers.get() : Gazetteers.places();
        return new EntityRules(new LexiconMatcher(lexicon, gazetteers), WordClasses.get(), true, options);
    }

    /** No rules: the engine's mentions pass unchanged (the baseline of the evaluation). */
    public static EntityRules none() {
        return new EntityRules(new LexiconMatcher(Lexicon.empty()), null, false, Options.DEFAULT);
    }

    public Options options() {
        return options;
    }

    /** True when the rules are applied (not {@link #none()}), with {@code rule} on. */
    boolean applies(Rule rule) {
        return enabled && options.on(rule);
    }

    WordClasses words() {
        return words;
    }

    /** The mentions to keep for {@code sentence}, sorted by start, non-overlapping. */
    public List<Mention> apply(String sentence, List<Mention> engineMentions) {
        if (enabled && options.engineFirst() && options.on(Rule.GLUED_ABBREVIATION)) engineMentions = unglued(sentence, engineMentions);
        List<Candidate> candidates = new ArrayList<>();
        List<Mention> persons = enabled ? new ArrayList<>() : null, enginePersons = enabled ? new ArrayList<>() : null;
        for (Mention raw : engineMentions) {
            int s = Math.max(0, raw.start()), e = Math.min(sentence.length(), raw.end());
            if (enabled) { // （记者 林晓燕）: the tagger took the space in; no name starts or ends with one
                while (s < e && Character.isWhitespace(sentence.charAt(s))) s++;
                while (e > s && Character.isWhitespace(sentence.charAt(e - 1))) e--;
            }
            String type = raw.type();
            if (enabled && options.engineFirst() && options.on(Rule.TITLE_MARKS) && e - s > 2) { // 美国《华尔街日报》
                int open = sentence.indexOf('《', s + 1);
                if (open > s && open < e - 1) {
                    int close = sentence.indexOf('》', open + 1);
                    int te = close >= 0 && close < e ? close : e;
                    if (te - open - 1 >= 2) candidates.add(new Candidate(open + 1, te, EntityTypes.ORGANIZATION, ENGINE, true));
                    e = open;
                    if (lexicon.isPlace(sentence, s, e)) {
                        type = EntityTypes.LOCATION;
                    }
                }
            }
            if (enabled && options.engineFirst() && options.on(Rule.BRACKETS)) { // 墨菲（John: 墨菲; 《人民日报: 人民日报
                long span = balanced(sentence, s, e);
                boolean cut = (int) (span >>> 32) != s || (int) span != e;
                s = (int) (span >>> 32);
                e = (int) span;
                if (cut && e - s < 2) continue; // 《税收征收管理法》执法检查组 read as 法》执法检查组: nothing left
            }
            if (s >= e || type == null) continue;
            Mention clamped = new Mention(s, e, type);
            Mention m = clamped;
            if (enabled && options.engineFirst()) {
                if (options.on(Rule.LATIN_ENGINE) && LatinNames.isLatin(sentence, s, e)) {
                    // the tagger, trained on Chinese text, types Latin names badly (OpenAI as a person): its mention
                    // stays, but a lexicon or Latin-name rule candidate of the same span or longer replaces it
                    candidates.add(new Candidate(s, e, clamped.type(), WEAK));
                    continue;
                }
                int gap = options.on(Rule.DATELINE) ? innerSpace(sentence, s, e) : -1;
                int link = gap < 0 && options.on(Rule.PARENT_COMPANY) && EntityTypes.ORGANIZATION.equals(type) ? parentLink(sentence, s, e) : -1;
                if (gap > 0 || link > 0) {
                    int after = gap > 0 ? gap : link + PARENT_LINKS.get(linkWord(sentence, link)).length();
                    while (after < e && Character.isWhitespace(sentence.charAt(after))) after++;
                    for (Mention part : List.of(datelinePlace(sentence, new Mention(s, gap > 0 ? gap : link, type)), new Mention(after, e, type))) {
                        if (part.end() - part.start() < 2) continue;
                        Mention kept = trusted(sentence, part);
                        if (kept != null) candidates.add(new Candidate(kept.start(), kept.end(), kept.type(), ENGINE, true));
                    }
                    continue;
                }
                int and = options.on(Rule.COORDINATED_ORGANIZATIONS) ? coordination(sentence, clamped) : -1;
                if (and > 0) {
                    int after = and + (JOINT_VERBS.contains(sentence.substring(and, Math.min(e, and + 2))) ? 2 : 1);
                    for (Mention part : List.of(new Mention(s, and, clamped.type()), new Mention(after, e, clamped.type()))) {
                        Mention kept = trusted(sentence, part);
                        if (kept != null) candidates.add(new Candidate(kept.start(), kept.end(), kept.type(), ENGINE, true));
                    }
                    continue;
                }
                if (options.on(Rule.SINGLE_CHAR_PLACE) && e - s == 1 && EntityTypes.LOCATION.equals(clamped.type())
                        && !(options.countryAbbreviations() && coordinated(sentence, engineMentions, raw))) {
                    continue;
                }
                m = trusted(sentence, m);
            } else if (enabled) {
                m = SpanRepairs.repair(sentence, clamped);
                if (m != null) m = Boundaries.repair(sentence, m, lexicon, words);
            }
            if (m != null && (!enabled || options.engineFirst() || plausible(sentence, m.start(), m.end(), m.type()))) {
                candidates.add(new Candidate(m.start(), m.end(), m.type(), ENGINE, true));
                if (enabled && EntityTypes.PERSON.equals(m.type())) enginePersons.add(m);
            }
        }
        if (enabled) {
            boolean lexiconOn = options.on(Rule.LEXICON);
            for (Mention m : lexicon.find(sentence)) {
                if (!lexiconOn) {
                    // the names are not added, but they still tell the foreign-name rule where a name starts
                } else if (!isOfficeOfTitle(sentence, m.start(), m.end(), m.type()) && !endsInsideWord(sentence, m)
                        && !(options.engineFirst() && insideWord(sentence, m.start(), m.end()))) {
                    candidates.add(new Candidate(m.start(), m.end(), m.type(), LEXICON));
                } else if (options.engineFirst() && options.on(Rule.OFFICE_TITLE)
                        && isOfficeOfTitle(sentence, m.start(), m.end(), m.type())) {
                    // 美国财政部长: no ministry, but the country in front of the title is still a place
                    int len = lexicon.longestAt(sentence, m.start(), m.end() - 1);
                    if (len > 0 && EntityTypes.LOCATION.equals(lexicon.typeAt(sentence, m.start(), len))) {
                        candidates.add(new Candidate(m.start(), m.start() + len, EntityTypes.LOCATION, LEXICON));
                    }
                }
                if (EntityTypes.PERSON.equals(m.type())) persons.add(m);
            }
            if (options.engineFirst() && options.on(Rule.JAPANESE_NAMES)) {
                for (Mention m : JapaneseNames.get(lexicon, words).find(sentence, enginePersons)) {
                    candidates.add(new Candidate(m.start(), m.end(), m.type(), LEXICON));
                    persons.add(m);
                }
            }
            persons.addAll(enginePersons);
            persons.sort(BY_START);
            List<Mention> found = new ArrayList<>();
            if (options.on(Rule.FOREIGN_NAMES)) ForeignNames.find(sentence, persons, enginePersons, lexicon, words, found);
            if (options.on(Rule.LOANWORD)) found.removeIf(m -> Loanwords.contains(sentence.substring(m.start(), m.end())));
            if (options.on(Rule.LATIN_NAMES)) LatinNames.find(sentence, found);
            if (options.engineFirst() && options.on(Rule.ANONYMISED)) found.addAll(anonymisedNames(sentence, words));
            for (Mention m : found) candidates.add(new Candidate(m.start(), m.end(), m.type(), ENGINE));
            if (options.countryAbbreviations()) {
                for (Mention m : CountryAbbreviations.find(sentence)) {
                    candidates.add(new Candidate(m.start(), m.end(), m.type(), ABBREVIATION));
                }
            }
        }
        List<Mention> kept = enabled && options.engineFirst() ? resolveEngineFirst(candidates) : resolve(candidates);
        if (!enabled) return kept;
        kept = merge(sentence, kept);
        if (options.engineFirst() && options.on(Rule.LISTED_ORGANIZATIONS) && sentence.indexOf('等') > 0) {
            kept = ListedOrganizations.apply(sentence, kept, lexicon, words);
        }
        if (options.on(Rule.STORM_NAME) && (sentence.indexOf('风') >= 0 || sentence.indexOf('風') >= 0)) {
            kept.removeIf(m -> inStormName(sentence, m));
        }
        if (options.on(Rule.ALIASES)) {
            // an alias the engine or the lexicon already gave (国际货币基金组织(IMF): IMF twice) is not added again
            for (Mention a : Aliases.find(sentence, kept)) if (!overlapsAny(kept, a)) kept.add(a);
        }
        kept.sort(BY_START);
        return kept;
    }

    /**
     * Why {@code m} (a mention in {@code sentence}) breaks the boundary rules ({@link Boundaries#violation}), or null:
     * for checking whole outputs in tests.
     */
    public String boundaryViolation(String sentence, Mention m) {
        return Boundaries.violation(sentence, m, lexicon, words == null ? WordClasses.get() : words);
    }

    private static final String OPEN = "（(【[《「", CLOSE = "）)】]》」";

    /**
     * [s, e) without its unbalanced brackets, as {@code start << 32 | end}: a name stops before an opening bracket
     * whose close is not in it (墨菲（John → 墨菲) and before a closing one whose opening is not (欧佩克） → 欧佩克); one
     * that opens the mention is skipped (《人民日报 → 人民日报). Balanced ones stay (安踏（福建）鞋业有限公司).
     */
    private static long balanced(String sentence, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = sentence.charAt(i);
            int open = OPEN.indexOf(c), close = CLOSE.indexOf(c);
            if (open >= 0) {
                int j = sentence.indexOf(CLOSE.charAt(open), i + 1);
                if (j >= 0 && j < e) {
                    i = j;
                } else if (i == s) {
                    s++;
                } else {
                    e = i;
                }
            } else if (close >= 0) {
                e = i;
            }
        }
        return (long) s << 32 | e;
    }

    private static boolean overlapsAny(List<Mention> mentions, Mention m) {
        for (Mention o : mentions) if (o.start() < m.end() && m.start() < o.end()) return true;
        return false;
    }

    /** Mentions by start (one comparator object, no key-extractor calls: sorting runs per sentence). */
    private static final Comparator<Mention> BY_START = (a, b) -> Integer.compare(a.start(), b.start());
    /** Candidates longest first, then by source (lexicon, engine, abbreviation), then leftmost. */
    private static final Comparator<Candidate> BY_PREFERENCE = (a, b) -> {
        int c = Integer.compare(a.start - a.end, b.start - b.end);
        if (c != 0) return c;
        c = Integer.compare(-a.priority, -b.priority);
        return c != 0 ? c : Integer.compare(a.start, b.start);
    };

    /**
     * A trusted engine mention ({@link Options#engineFirst}) as the rules keep it, or null: an office before 长 is
     * no organization; a Latin-script name is left to {@link LatinNames} and the lexicon; a single-character
     * place is a country abbreviation, reported only where coordinated ({@link CountryAbbreviations}); a lexicon
     * name of another type takes the lexicon's type.
     */
    private Mention trusted(String sentence, Mention m) {
        int s = m.start(), e = m.end();
        if (options.on(Rule.OFFICE_TITLE) && isOfficeOfTitle(sentence, s, e, m.type())) return null;
        if (options.on(Rule.WEEKDAY) && EntityTypes.PERSON.equals(m.type()) && e - s > 2 && sentence.charAt(e - 1) == '周' && e < sentence.length()
                && "一二三四五六日末".indexOf(sentence.charAt(e)) >= 0) {
            m = new Mention(s, --e, m.type()); // 贝森特周三: the weekday is no part of the name
        }
        if (options.on(Rule.DESCRIPTOR) && EntityTypes.ORGANIZATION.equals(m.type())) {
            // a descriptor in front of the name (美国智库布鲁金斯学会, 科技巨头苹果公司): the name is what follows it
            for (String d : DESCRIPTORS) {
                int at = sentence.indexOf(d, s + 1);
                if (at > s && at + d.length() + 2 <= e) m = new Mention(at + d.length(), e, m.type());
            }
        }
        m = TaggerEdges.repair(sentence, m, options, words);
        if (m == null) return null;
        String text = sentence.substring(m.start(), m.end());
        if (options.on(Rule.LOANWORD) && EntityTypes.PERSON.equals(m.type()) && Loanwords.contains(text)) return null; // 芬太尼
        if (options.on(Rule.COUNTRY_PERSON) && EntityTypes.PERSON.equals(m.type()) && text.length() >= 3) {
            int place = lexicon.longestAt(sentence, m.start(), m.end());
            if (place >= 2 && text.length() - place <= 2 && text.charAt(place - 1) == '国'
                    && EntityTypes.LOCATION.equals(lexicon.typeAt(sentence, m.start(), place))) {
                m = new Mention(m.start(), m.start() + place, EntityTypes.LOCATION); // 韩国浦项制铁: 韩国
                text = sentence.substring(m.start(), m.end());
            }
        }
        if (options.on(Rule.PLACE_PLANT) && EntityTypes.PERSON.equals(m.type()) && text.length() >= 3
                && (text.endsWith("厂") || text.endsWith("廠")) && lexicon.isPlace(sentence, m.start(), m.end() - 1)) {
            m = new Mention(m.start(), m.end(), EntityTypes.ORGANIZATION); // 高雄厂
        }
        if (options.on(Rule.PLACE_INDEFINITE) && !EntityTypes.PERSON.equals(m.type())) {
            int place = lexicon.longestAt(sentence, m.start(), m.end());
            int at = m.start() + place;
            // after 一: a noun of two or more characters, not a numeral (鞍山一百商店) nor a short name (中国一汽)
            if (place > 0 && at + 3 <= m.end() && (sentence.charAt(at) == '一' || sentence.charAt(at) == '某')
                    && "一二三四五六七八九十百千万萬亿億两兩零".indexOf(sentence.charAt(at + 1)) < 0
                    && EntityTypes.LOCATION.equals(lexicon.typeAt(sentence, m.start(), place))
                    && lexicon.longestAt(sentence, at, m.end()) == 0
                    && !(sentence.charAt(at) == '某' && NameShapes.isOrganizationName(text))) { // 河南某化工有限公司: anonymised, kept
                m = new Mention(m.start(), at, EntityTypes.LOCATION); // 江苏一化工厂
                text = sentence.substring(m.start(), m.end());
            }
        }
        if (options.on(Rule.CELESTIAL_NOUN) && EntityTypes.LOCATION.equals(m.type())) {
            for (String w : CELESTIAL_NOUNS) if (w.length() > text.length() && w.startsWith(text) && sentence.startsWith(w, m.start())) return null;
        }
        if (options.on(Rule.PLACE_AND_VERB) && EntityTypes.ORGANIZATION.equals(m.type()) && !NameShapes.isOrganizationName(text)) {
            int place = lexicon.longestAt(sentence, m.start(), m.end());
            if (place > 0 && m.start() + place < m.end() && EntityTypes.LOCATION.equals(lexicon.typeAt(sentence, m.start(), place))) {
                long v = words.wordAt(sentence, m.start() + place, m.end());
                if (WordClasses.length(v) >= 2 && WordClasses.wordClass(v) == WordClasses.VERB) {
                    m = new Mention(m.start(), m.start() + place, EntityTypes.LOCATION); // 印度签署自由贸易协定
                    text = sentence.substring(m.start(), m.end());
                }
            }
        }
        if (options.on(Rule.PLACE_THEN_ORGANIZATION) && EntityTypes.LOCATION.equals(m.type())) {
            int place = lexicon.longestAt(sentence, m.start(), m.end());
            int rest = m.end() - m.start() - place;
            if (place > 0 && rest >= 2 && EntityTypes.LOCATION.equals(lexicon.typeAt(sentence, m.start(), place))
                    && lexicon.longestAt(sentence, m.start() + place, m.end()) == rest
                    && EntityTypes.ORGANIZATION.equals(lexicon.typeAt(sentence, m.start() + place, rest))) {
                m = new Mention(m.start(), m.end(), EntityTypes.ORGANIZATION); // 美国白宫, like 美国商务部
            }
        }
        if (options.on(Rule.DATELINE)) {
            // 金华讯 …: the dateline's place, whether the tagger stopped before 讯 (an organization) or took it in (a person)
            int end = text.endsWith("讯") || text.endsWith("訊") ? m.end() - 1 : m.end();
            boolean mark = end < m.end() || EntityTypes.ORGANIZATION.equals(m.type()) && end < sentence.length()
                    && (sentence.charAt(end) == '讯' || sentence.charAt(end) == '訊');
            if (mark && end - m.start() >= 2 && (end + 1 == sentence.length() || Character.isWhitespace(sentence.charAt(end + 1)))) {
                String place = sentence.substring(m.start(), end);
                if (lexicon.isPlace(sentence, m.start(), end) || EntityTypes.LOCATION.equals(lexicon.typeOf(place + "市"))) {
                    m = new Mention(m.start(), end, EntityTypes.LOCATION);
                    text = place;
                }
            }
        }
        if (options.on(Rule.DATELINE) && EntityTypes.PERSON.equals(m.type()) && text.length() >= 3
                && (m.start() == 0 || Character.isWhitespace(sentence.charAt(m.start() - 1)) || sentence.charAt(m.start() - 1) == '】')
                && (sentence.startsWith("消息，", m.end()) || sentence.startsWith("消息,", m.end()))) {
            m = new Mention(m.start(), m.end(), EntityTypes.LOCATION); // 坎培拉消息，…: a dateline names the place
        }
        if (options.on(Rule.NATIONALITY) && EntityTypes.ORGANIZATION.equals(m.type()) && lexicon.isPlace(sentence, m.start(), m.end())) {
            for (String w : PEOPLE_OF) {
                if (sentence.startsWith(w, m.end())) {
                    m = new Mention(m.start(), m.end(), EntityTypes.LOCATION); // 中国选手: the country
                    break;
                }
            }
        }
        if (options.on(Rule.TITLE_HEAD) && EntityTypes.PERSON.equals(m.type()) && text.length() >= 3 && m.start() > 0) {
            long w = words.wordBefore(sentence, m.start() + 1, Math.max(0, m.start() - 4));
            if (WordClasses.length(w) >= 2 && WordClasses.wordClass(w) == WordClasses.NOUN && TITLE_ENDS.indexOf(text.charAt(0)) >= 0
                    && NameShapes.surnameLength(text.substring(1)) > 0) {
                m = new Mention(m.start() + 1, m.end(), m.type()); // 长官金正官: 金正官
                text = text.substring(1);
            }
        }
        String known = lexicon.typeOf(text);
        if (known == null && options.on(Rule.COMMON_WORD_ORGANIZATION) && EntityTypes.ORGANIZATION.equals(m.type())) {
            boolean unnamed = m.start() > 0 && sentence.charAt(m.start() - 1) == '某'
                    || m.start() > 1 && sentence.startsWith("一家", m.start() - 2);
            if (unnamed && NameShapes.isOrganizationName(text)) {
                for (String h : ORGANIZATION_HEADS_SHORT) {
                    if (text.endsWith(h) && text.length() > h.length() && commonWords(sentence, m.start(), m.end() - h.length())) {
                        return null; // 某电子公司: no name
                    }
                }
            }
        }
        if (known == null && options.on(Rule.AGREEMENT) && EntityTypes.ORGANIZATION.equals(m.type())) {
            for (String w : AGREEMENTS) {
                // 自由贸易协定: common words and the agreement word; 关贸总协定 (GATT, a body) names one
                if (text.endsWith(w) && text.length() > w.length() && commonWords(sentence, m.start(), m.end() - w.length())) return null;
            }
        }
        if (known == null && options.on(Rule.GENERIC_ORGANIZATIONS) && EntityTypes.ORGANIZATION.equals(m.type())
                && NameShapes.isGenericOrganization(text)) {
            return null; // 公司今年…, 委员会认为…: the head word alone names no body
        }
        if (options.on(Rule.LEADER_GOVERNMENT) && known == null && (EntityTypes.LOCATION.equals(m.type()) || EntityTypes.ORGANIZATION.equals(m.type()))
                && sentence.startsWith("政府", m.end()) && NameShapes.isTransliteration(text)) {
            // 米莱政府: a government named by its leader (the tagger types the bare name a place or an organization)
            return new Mention(m.start(), m.end(), EntityTypes.PERSON);
        }
        boolean retype = known != null && !known.equals(m.type())
                && !(EntityTypes.ORGANIZATION.equals(m.type()) && EntityTypes.LOCATION.equals(known));
        return options.on(Rule.LEXICON_TYPE) && retype ? new Mention(m.start(), m.end(), known) : m;
    }

    /**
     * Common nouns that start with a celestial body (太阳能 solar energy, 太阳镜, 地球仪 a globe, 地球村 the global
     * village): the body is no place there. Not 太阳系 (the solar system, a place).
     */
    private static final List<String> CELESTIAL_NOUNS = List.of("太阳能", "太阳镜", "太阳穴", "太阳伞", "太阳帽", "地球仪", "地球村", "月球车");

    /** Last characters of titles (长官, 部长, 总理, 总统, 主席, 大使, 议员, 首相, 总裁, 主任): not 肖 of 生肖. */
    private static final String TITLE_ENDS = "官长理统席使员相裁任";
    /** Heads of an unnamed body after 某/一家 (某电子公司, 一家科技企业). */
    private static final List<String> ORGANIZATION_HEADS_SHORT = List.of("公司", "企业", "集团", "工厂", "厂", "银行", "商店", "门店");
    /** Last words of agreements, treaties and bills, which name no body (自由贸易协定, 通胀削减法案). */
    private static final List<String> AGREEMENTS = List.of("协定", "協定", "协议", "協議", "条约", "條約", "公约", "公約",
            "法案", "备忘录", "備忘錄");

    /** Words for a country's people or firms after its name (中国选手, 日本企业): the name is the country. */
    private static final List<String> PEOPLE_OF = List.of("选手", "選手", "球员", "球員", "运动员", "運動員",
            "棋手", "籍", "公民", "游客", "遊客", "旅客", "留学生", "留學生", "侨民", "僑民", "民众", "民眾",
            "企业", "企業", "厂商", "廠商", "车企", "車企", "买家", "買家", "投资者", "投資者");
    /** [s, e) is a run of dictionary words of common classes (自由贸易, 经济伙伴关系), no name among them. */
    private boolean commonWords(String sentence, int s, int e) {
        for (int i = s; i < e; ) {
            long w = words.wordAt(sentence, i, e);
            int len = WordClasses.length(w);
            char c = WordClasses.wordClass(w);
            if (w < 0 || len == 0 || "nvaf".indexOf(c) < 0 || c == 0) return false;
            i += len;
        }
        return true;
    }

    /** Words between a company and its parent or subsidiary (奔富酒庄母公司富邑葡萄酒集团). */
    private static final List<String> PARENT_LINKS = List.of("的母公司", "母公司", "的子公司", "子公司", "旗下的", "旗下");
    /** Words for storms whose quoted names hold no place (台风“桦加沙”). */
    private static final List<String> STORMS = List.of("台风", "颱風", "飓风", "颶風", "热带风暴", "熱帶風暴", "风暴", "風暴");

    /** The first whitespace in (s, e) with Han characters on both sides of its run, or -1. */
    private static int innerSpace(String sentence, int s, int e) {
        for (int i = s + 1; i < e - 1; i++) {
            if (!Character.isWhitespace(sentence.charAt(i))) continue;
            int j = i;
            while (j < e && Character.isWhitespace(sentence.charAt(j))) j++;
            if (j < e && isHan(sentence.charAt(i - 1)) && isHan(sentence.charAt(j))) return i;
            i = j;
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A part before a space that is a lexicon place and 讯/电 (布鲁塞尔讯): the place; else the part. */
    private Mention datelinePlace(String sentence, Mention m) {
        int e = m.end();
        char last = sentence.charAt(e - 1);
        if (last == '讯' || last == '訊' || last == '电' || last == '電') e--;
        if (e - m.start() >= 2 && lexicon.isPlace(sentence, m.start(), e)) {
            return new Mention(m.start(), e, EntityTypes.LOCATION);
        }
        return m;
    }

    /** Where a parent/subsidiary link word stands in (s + 2, e - 2), two name characters on each side, or -1. */
    private static int parentLink(String sentence, int s, int e) {
        for (int i = s + 2; i < e - 2; i++) {
            if (OPEN.indexOf(sentence.charAt(i)) >= 0) return -1; // 华润置地（企业专区,旗下楼盘）: a note, one name
            char c = sentence.charAt(i);
            if (c != '的' && c != '母' && c != '子' && c != '旗') continue;
            int k = linkWord(sentence, i);
            // not the 子 of 电子公司: before a bare 子公司 an organization by its head (阿里巴巴集团子公司蚂蚁集团)
            if (c == '子' && !NameShapes.isOrganizationName(sentence.substring(s, i))) continue;
            if (k >= 0 && i + PARENT_LINKS.get(k).length() + 2 <= e) return i;
        }
        return -1;
    }

    private static int linkWord(String sentence, int i) {
        for (int k = 0; k < PARENT_LINKS.size(); k++) if (sentence.startsWith(PARENT_LINKS.get(k), i)) return k;
        return -1;
    }

    /** {@code m} lies in a storm's quoted name: a storm word, an opening quote, at most four characters, then m. */
    private static boolean inStormName(String sentence, Mention m) {
        for (int q = m.start() - 1; q >= Math.max(0, m.start() - 5); q--) {
            char c = sentence.charAt(q);
            if (c == '“' || c == '「' || c == '"' || c == '『') {
                for (String w : STORMS) {
                    if (q >= w.length() && sentence.startsWith(w, q - w.length())) {
                        int close = -1;
                        for (int j = m.end(); j < Math.min(sentence.length(), m.end() + 5); j++) {
                            char d = sentence.charAt(j);
                            if (d == '”' || d == '」' || d == '"' || d == '』') {
                                close = j;
                                break;
                            }
                        }
                        return close >= 0;
                    }
                }
                return false;
            }
            if (!isHan(c)) return false;
        }
        return false;
    }

    /** Common nouns that describe the organization named right after them, never part of a name. */
    private static final List<String> DESCRIPTORS = List.of("智库", "巨头", "车企", "药企", "网站");
    /**
     * What may stand right before an anonymised name (王某): a role noun's last character (嫌疑人, 男子, 患者, 原告,
     * 员工, 学生, 村民, 户主; 所长, 教师, 法官, 网友, 支书, 经理, 主任, 民警, 司机, 老板, 乘客, 选手).
     */
    private static final String BEFORE_ANONYMISED = "人子者告犯工员生民户主长师官友书理任警机板客手";
    /**
     * What after 某 makes it a determiner (某国, 某地, 某些, 某公司): no anonymised name (部长向某国施压). Not 家, 时,
     * 日, 年, 处, which follow names too (李某家中, 张某时任, 王某日前, 在李某处).
     */
    /** Classes of the word right before an anonymised name other than a role noun (判处李某某, 对张某, 与王某, 打伤了刘某). */
    private static final String VERB_OR_LINK = "vpcu";
    static final String AFTER_DETERMINER = "国國地些种種个個项項位部市省县縣区區村镇鎮公企单單方件物类類样樣段";

    /**
     * Anonymised names, a surname and 某 or 某某 (王某, 张某某), at the start of a clause or after a role noun
     * (犯罪嫌疑人王某, 男子张某, 患者李某某).
     */
    static List<Mention> anonymisedNames(String sentence, WordClasses words) {
        List<Mention> out = new ArrayList<>();
        for (int i = sentence.indexOf('某', 1); i > 0; i = sentence.indexOf('某', i + 1)) {
            int s = i - 1;
            if (sentence.charAt(s) == '某' || NameShapes.surnameLength(sentence.substring(s, i)) != 1) continue;
            char before = s == 0 ? '，' : sentence.charAt(s - 1);
            boolean clause = !Character.isLetterOrDigit(before) || BEFORE_ANONYMISED.indexOf(before) >= 0
                    || (s > 0 && VERB_OR_LINK.indexOf(WordClasses.wordClass(words.wordBefore(sentence, s, Math.max(0, s - 4)))) >= 0);
            if (!clause) continue;
            int e = i + 1 < sentence.length() && sentence.charAt(i + 1) == '某' ? i + 2 : i + 1;
            if (e < sentence.length() && AFTER_DETERMINER.indexOf(sentence.charAt(e)) >= 0) continue;
            out.add(new Mention(s, e, EntityTypes.PERSON));
        }
        return out;
    }

    private boolean plausible(String sentence, int s, int e, String type) {
        if (isOfficeOfTitle(sentence, s, e, type)) return false;
        String text = sentence.substring(s, e);
        return type.equals(lexicon.typeOf(text)) || NameShapes.plausible(type, text)
                || (EntityTypes.PERSON.equals(type) && SpanRepairs.isSurnameBeforeTitle(sentence, s, e));
    }

    /**
     * An organization of the lexicon whose last character starts a longer common noun that runs past it: 民主党 in
     * 民主党派 (democratic parties, a class of bodies). The name is not there.
     */
    private boolean endsInsideWord(String sentence, Mention m) {
        if (!EntityTypes.ORGANIZATION.equals(m.type()) || m.end() >= sentence.length()) return false;
        long w = words.wordAt(sentence, m.end() - 1, Math.min(sentence.length(), m.end() + 3));
        return WordClasses.length(w) >= 2 && WordClasses.wordClass(w) == WordClasses.NOUN
                && lexicon.longestAt(sentence, m.end(), sentence.length()) == 0;
    }

    /**
     * Where an organization mention coordinates two organizations (the index of its 与/和/及/與), or -1: each side
     * at least two characters and an organization by shape ({@link NameShapes#isOrganizationName}: 国泰航空,
     * 港铁公司, 中国科学院) or a lexicon organization, so 工业和信息化部 and 人力资源和社会保障部 stay whole.
     */
    /** Verbs that join two bodies acting together (市商务局联合市财政局发布, 会同): they split a mention like 和. */
    private static final List<String> JOINT_VERBS = List.of("联合", "聯合", "会同", "會同", "协同", "協同", "携手", "攜手");

    private int coordination(String sentence, Mention m) {
        if (!EntityTypes.ORGANIZATION.equals(m.type())) return -1;
        for (int k = m.start() + 2; k < m.end() - 2; k++) {
            int w;
            if ("与和及與".indexOf(sentence.charAt(k)) >= 0) w = 1;
            else if (JOINT_VERBS.contains(sentence.substring(k, k + 2))) w = 2;
            else continue;
            if (organization(sentence, m.start(), k) && organization(sentence, k + w, m.end())) return k;
        }
        return -1;
    }

    private boolean organization(String sentence, int s, int e) {
        if (NameShapes.isOrganizationName(sentence.substring(s, e))) return true;
        return lexicon.longestAt(sentence, s, e) == e - s && EntityTypes.ORGANIZATION.equals(lexicon.typeAt(sentence, s, e - s));
    }

    /** Verbs of trade policy that the table of word classes lacks: 加征 and 加税 after 对美 (its 美加 is a dictionary word). */
    private static final List<String> GLUED_VERBS = List.of("加征", "加税", "加码");

    /** {@code mentions} with {@link Rule#GLUED_ABBREVIATION} applied (the same list when it changes nothing). */
    private List<Mention> unglued(String sentence, List<Mention> mentions) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int s = Math.max(0, m.start()), e = Math.min(sentence.length(), m.end());
            boolean glued = s < e && e < sentence.length() && abbreviationsOnly(sentence, s, e) && gluedToNext(sentence, e - 1);
            if (glued && out == null) out = new ArrayList<>(mentions.subList(0, i));
            if (!glued) {
                if (out != null) out.add(m);
            } else if (e - 1 > s) {
                out.add(new Mention(s, e - 1, EntityTypes.LOCATION));
            }
        }
        return out == null ? mentions : out;
    }

    private static boolean abbreviationsOnly(String sentence, int s, int e) {
        for (int i = s; i < e; i++) if (!CountryAbbreviations.isAbbreviation(sentence.charAt(i))) return false;
        return true;
    }

    /**
     * Whether the character at {@code i} starts a word of a non-name class (verb, adverb, time word, preposition,
     * conjunction) with the characters after it, and no word of two characters or more starts at {@code i + 1}.
     */
    private boolean gluedToNext(String sentence, int i) {
        int n = sentence.length();
        boolean verb = false;
        for (String v : GLUED_VERBS) verb |= sentence.startsWith(v, i);
        if (!verb) {
            long w = words.wordAt(sentence, i, Math.min(n, i + 4));
            if (w < 0 || WordClasses.length(w) < 2 || "vdtpc".indexOf(WordClasses.wordClass(w)) < 0) return false;
        }
        long next = words.wordAt(sentence, i + 1, Math.min(n, i + 5));
        return next < 0 || WordClasses.length(next) < 2;
    }

    /**
     * A single-character place of the engine next to another one (中美, 中日韩: coordinated abbreviations, which
     * zhtext reports unless {@link Options#countryAbbreviations()} is off; 中方, 访华 alone are not).
     */
    private static boolean coordinated(String sentence, List<Mention> engineMentions, Mention m) {
        for (Mention o : engineMentions) {
            // different characters (中美, not 塔塔 of 塔塔钢铁: a repeated character is no pair of countries)
            if (o != m && o.end() - o.start() == 1 && EntityTypes.LOCATION.equals(o.type())
                    && (o.end() == m.start() || o.start() == m.end())
                    && o.start() >= 0 && m.start() >= 0 && o.start() < sentence.length() && m.start() < sentence.length()
                    && sentence.charAt(o.start()) != sentence.charAt(m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lexicon or gazetteer name in {@code [s, e)} that a longer dictionary word crosses or contains (中国 in
     * 发展中国家, 大同 in 扩大同, 高通 in 高通胀, 北京 in 北京时间), or whose first character is the unit of a
     * number before it (日电 in 5月25日电): no name there. Engine-first only (the tagger
     * saw the text and found nothing); a longer word of a name class (a place or organization of the table) does
     * not count.
     */
    private boolean insideWord(String sentence, int s, int e) {
        if (unitOfNumber(sentence, s)) return true;
        int n = sentence.length();
        for (int p = Math.max(0, s - 3); p < e; p++) {
            long w = words.wordAt(sentence, p, Math.min(n, p + 8));
            if (w < 0) continue;
            int end = p + WordClasses.length(w);
            boolean crosses = p < s ? end > s : end > e;
            if (p == s && end > e) crosses = true;
            if (crosses && !isNameClass(WordClasses.wordClass(w))) return true;
        }
        return false;
    }

    /** Calendar units a numeral takes (5月25日电: 日电 is no name there). */
    private static final String DATE_UNITS = "年月日号时分秒";

    /**
     * A name whose first character is the unit of the number right before it (25日电, 3家银行): the character
     * belongs to the number expression, so no name starts there. Units: the calendar units and the measure words.
     */
    private boolean unitOfNumber(String sentence, int s) {
        if (s == 0 || !isNumeral(sentence.charAt(s - 1))) return false;
        char c = sentence.charAt(s);
        if (DATE_UNITS.indexOf(c) >= 0) return true;
        long w = words.wordAt(sentence, s, s + 1);
        return w >= 0 && WordClasses.length(w) == 1 && WordClasses.wordClass(w) == 'q';
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "〇零一二三四五六七八九十百千万两".indexOf(c) >= 0;
    }

    private static boolean isNameClass(char c) {
        return c == WordClasses.PERSON_NAME || c == WordClasses.PLACE_NAME || c == WordClasses.ORGANIZATION_NAME
                || c == WordClasses.PROPER_NOUN;
    }

    /** An organization ending in an office character right before 长: 财政部长, 商务部长, 国土安全部长. */
    static boolean isOfficeOfTitle(String sentence, int s, int e, String type) {
        return EntityTypes.ORGANIZATION.equals(type) && e < sentence.length() && sentence.charAt(e) == '长'
                && OFFICE_ENDS.indexOf(sentence.charAt(e - 1)) >= 0;
    }

    /** Greedy selection: longest first, then by source, then leftmost; overlapping losers are dropped. */
    private static List<Mention> resolve(List<Candidate> candidates) {
        candidates.sort(BY_PREFERENCE);
        List<Mention> kept = new ArrayList<>();
        int end = 0;
        for (Candidate c : candidates) end = Math.max(end, c.end);
        boolean[] taken = new boolean[end];
        for (Candidate c : candidates) {
            boolean free = true;
            for (int k = c.start; k < c.end && free; k++) free = !taken[k];
            if (!free) continue;
            for (int k = c.start; k < c.end; k++) taken[k] = true;
            kept.add(new Mention(c.start, c.end, c.type));
        }
        kept.sort(BY_START);
        return kept;
    }

    /**
     * The engine's mentions kept as they are (they do not overlap); every other candidate, longest first, is added
     * where it overlaps nothing kept, or where it contains whole every engine mention it overlaps and crosses no
     * other (those engine mentions give way to it).
     */
    private static List<Mention> resolveEngineFirst(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.priority == ENGINE && c.fromEngine) {
                boolean free = true;
                for (Candidate k : kept) free &= k.end <= c.start || c.end <= k.start;
                if (free) kept.add(c);
            } else {
                others.add(c);
            }
        }
        others.sort(BY_PREFERENCE);
        for (Candidate c : others) {
            boolean ok = true;
            List<Candidate> inside = new ArrayList<>();
            for (Candidate k : kept) {
                if (k.end <= c.start || c.end <= k.start) continue;
                if (k.fromEngine && c.start <= k.start && k.end <= c.end && c.end - c.start > k.end - k.start) inside.add(k);
                else ok = false;
            }
            if (!ok) continue;
            kept.removeAll(inside);
            kept.add(c);
        }
        List<Mention> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) out.add(new Mention(c.start, c.end, c.type));
        out.sort(BY_START);
        return out;
    }

    private List<Mention> merge(String sentence, List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        boolean joining = options.on(Rule.MERGE), suffixes = options.on(Rule.SUFFIX_WORDS);
        // the tagger's spans keep their ordinal sessions and suffixes as it read them (extending them cost on the
        // MSRA dev split and gained nothing elsewhere: docs/EVALUATION.md, per-rule table)
        boolean extending = options.on(Rule.EXTEND) && !options.engineFirst();
        for (Mention m : extending ? extend(sentence, sorted) : sorted) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (joining && last != null && last.end() == m.start() && joins(last, m, options.engineFirst())) {
                out.set(out.size() - 1, new Mention(last.start(), m.end(), EntityTypes.ORGANIZATION));
            } else {
                out.add(m);
            }
        }
        List<Mention> result = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            int limit = i + 1 < out.size() ? out.get(i + 1).start() : sentence.length();
            if (m.end() - m.start() < 2 || !suffixes) {
                result.add(m);
                continue;
            }
            int org = wordAt(ORGANIZATION_WORDS, sentence, m.end(), limit);
            if (org > 0 && words != null) { // 加拿大银行业, 中国大学生: the word runs on into a longer common noun
                long w = words.wordAt(sentence, m.end(), Math.min(sentence.length(), m.end() + 6));
                if (w >= 0 && WordClasses.length(w) > org && !isNameClass(WordClasses.wordClass(w))) org = 0;
            }
            int place = EntityTypes.ORGANIZATION.equals(m.type()) ? 0 : wordAt(PLACE_WORDS, sentence, m.end(), limit);
            if (org > 0 && !isOfficeOfTitle(sentence, m.start(), m.end() + org, EntityTypes.ORGANIZATION)) {
                result.add(new Mention(m.start(), m.end() + org, EntityTypes.ORGANIZATION));
            } else if (place > 0) {
                result.add(new Mention(m.start(), m.end() + place, EntityTypes.LOCATION));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    /** Administrative suffixes of locations and ordinal sessions of organizations, where free. */
    private static List<Mention> extend(String sentence, List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            int ceiling = i + 1 < sorted.size() ? sorted.get(i + 1).start() : sentence.length();
            int s = Math.max(floor, SpanRepairs.organizationStart(sentence, m));
            int e = Math.min(ceiling, SpanRepairs.locationEnd(sentence, m));
            out.add(s == m.start() && e == m.end() ? m : new Mention(s, e, m.type()));
        }
        return out;
    }

    /**
     * Location + organization and organization + organization are pieces of one organization name; with a trusted
     * engine only location + organization (two organizations side by side are two names: 曼联拜仁).
     */
    private static boolean joins(Mention left, Mention right, boolean engineFirst) {
        if (!EntityTypes.ORGANIZATION.equals(right.type())) return false;
        return (!engineFirst && EntityTypes.ORGANIZATION.equals(left.type()))
                || (EntityTypes.LOCATION.equals(left.type()) && left.end() - left.start() >= 2);
    }

    /** Length of the longest of {@code words} at {@code at} that ends by {@code limit}, or 0. */
    private static int wordAt(List<String> words, String s, int at, int limit) {
        int best = 0;
        for (String w : words) {
            if (w.length() > best && at + w.length() <= limit && s.startsWith(w, at)) best = w.length();
        }
        return best;
    }

    private record Candidate(int start, int end, String type, int priority, boolean fromEngine) {
        Candidate(int start, int end, String type, int priority) {
            this(start, end, type, priority, false);
        }
    }
}
