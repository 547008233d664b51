package org.zhtext.entities;

import java.util.List;
import java.util.regex.Pattern;
import org.zhtext.core.CharSet;

/**
 * Shape tests that tell a plausible name from a tagging accident, for each entity type. They look at the
 * form of a candidate (its characters, length and ending), never at a list of known mentions.
 * <ul>
 *   <li>a <b>person</b> is a Chinese name (a surname from the table, then one or two given-name characters,
 *       none of them a function character), a transliteration (2–8 characters all from the transliteration
 *       table {@code models/entities/transliteration.txt}, derived from HanLP's translated-name dictionary, or
 *       parts joined by {@code ·} or {@code -} with optional Latin initials), or a Latin name;</li>
 *   <li>an <b>organization</b> ends in an organization suffix (部, 局, 委员会, 公司, 银行, 大学, 署, 会, 院, …)
 *       and what comes before the suffix is not a generic modifier (地方政府, 国际组织, 有关部门);</li>
 *   <li>a <b>location</b> has at least two characters, all of them letters.</li>
 * </ul>
 * Mentions from the lexicon bypass these tests.
 */
public final class NameShapes {
    /** Single-character surnames (the common several hundred of the Hundred Family Surnames and modern usage). */
    private static final String SURNAMES_1 =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
            + "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
            + "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
            + "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
            + "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
            + "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平计索宣晋相初门云容敬来扈"
            + "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉"
            + "冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
    /** Two-character surnames. */
    private static final List<String> SURNAMES_2 = List.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
            "令狐", "钟离", "澹台", "端木", "南宫", "西门", "百里", "呼延", "独孤", "万俟", "闻人", "赫连", "申屠");
    /**
     * Characters that do not occur in Chinese given names as HanLP mis-tags them (定在, 将与, 对于): function
     * words, measure words, directions and common verbs that end clauses.
     */
    private static final String NOT_IN_GIVEN_NAME =
            "的了在是和与及或对于将把被从向往到给让为以而就都也又还再才所之这那哪谁什么个们么吗呢吧啊着过地得有说由曾名人元起一"
            + "上下里外前后中内间边年月日时分秒周号第等每各该此本某已未不没无要会能可应须该企";
    /** Endings of organization names, longest first where one is the end of another. */
    private static final List<String> ORG_SUFFIXES = List.of(
            "委员会", "办公室", "代表团", "代表处", "秘书处", "办事处", "电视台", "通讯社", "研究院", "研究所", "研究中心", "基金会",
            "联合会", "联合国", "俱乐部", "理事会", "议会", "国会", "政府", "法院", "检察院", "大学", "学院", "学校", "中学",
            "小学", "医院", "公司", "集团", "央行", "银行", "交易所", "协会", "学会", "商会", "工会", "党", "组织", "联盟", "同盟",
            "军", "队", "社", "报", "台", "网", "厂", "所", "馆", "处", "署", "部", "局", "委", "会", "院", "厅", "司", "办",
            "团", "中心", "实验室", "集团公司", "控股", "航空", "汽车", "电子", "科技", "证券", "保险", "基金");

    /** Modifiers that make a suffix a class of bodies, not a name (地方政府, 国际组织, 有关部门). */
    private static final List<String> GENERIC_MODIFIERS = List.of(
            "地方", "国际", "民间", "基层", "各级", "有关", "相关", "当地", "各国", "本国", "外国", "各", "该", "这些",
            "主管", "政府", "各地", "全国", "人民", "私营", "国有", "上级", "下级", "其他", "多家", "一些");

    private static final CharSet SURNAME_CHARS = CharSet.of(SURNAMES_1);
    private static final CharSet NOT_IN_GIVEN_NAME_CHARS = CharSet.of(NOT_IN_GIVEN_NAME);
    /** Characters of transliterated names, and those of them that are also common words (多, 大, 日): see {@link #TABLE}. */
    private static final CharSet TRANSLITERATION_CHARS, COMMON_TRANSLITERATION_CHARS;
    /** The transliteration table (derived from HanLP's translated-name dictionary; its header names the source). */
    static final String TABLE = "entities/transliteration.txt";

    static {
        StringBuilder all = new StringBuilder(), common = new StringBuilder();
        for (String line : WordClasses.lines(TABLE)) {
            all.append(line.charAt(0));
            if (line.endsWith(" common")) common.append(line.charAt(0));
        }
        TRANSLITERATION_CHARS = CharSet.of(all);
        COMMON_TRANSLITERATION_CHARS = CharSet.of(common);
    }
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*){0,3}");

    private NameShapes() {}

    /** Whether the candidate has the shape its type requires. */
    public static boolean plausible(String type, String s) {
        switch (type) {
            case EntityTypes.PERSON: return isPersonName(s);
            case EntityTypes.ORGANIZATION: return isOrganizationName(s);
            case EntityTypes.LOCATION: return isLocationName(s);
            default: return false;
        }
    }

    /** A Chinese name with a known surname, a transliterated name or a Latin name. */
    public static boolean isPersonName(String s) {
        return isChineseName(s) || isTransliteration(s) || isLatinName(s);
    }

    static boolean isChineseName(String s) {
        int surname = surnameLength(s);
        if (surname == 0) return false;
        int given = s.length() - surname;
        if (given < 1 || given > 2) return false;
        for (int i = surname; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isHan(c) || NOT_IN_GIVEN_NAME_CHARS.contains(c)) return false;
        }
        return true;
    }

    /** One of the hundred most common single-character surnames (the front of the table, which is by frequency). */
    static boolean isCommonSurname(char c) {
        int i = SURNAMES_1.indexOf(c);
        return i >= 0 && i < 100;
    }

    /** Length of the surname {@code s} starts with: 2 for a compound surname, 1, or 0 when none. */
    static int surnameLength(String s) {
        if (s.length() >= 2 && SURNAMES_2.contains(s.substring(0, 2))) return 2;
        return !s.isEmpty() && SURNAME_CHARS.contains(s.charAt(0)) ? 1 : 0;
    }

    /**
     * A transliterated name: 2–8 transliteration syllables in one run, or up to 14 in parts joined by a middle dot
     * or hyphen ({@link #isJoiner}), where a part may also be a Latin initial ({@code 杰罗姆·H·鲍威尔}).
     */
    public static boolean isTransliteration(String s) {
        int syllables = 0, joiners = 0;
        boolean partStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isJoiner(c)) {
                if (partStart) return false; // at the start, or two joiners in a row
                joiners++;
                partStart = true;
            } else if (isTransliterationChar(c)) {
                syllables++;
                partStart = false;
            } else if (partStart && isLatinInitial(s, i) && i > 0) {
                i += i + 1 < s.length() && s.charAt(i + 1) == '.' ? 1 : 0;
                partStart = false;
            } else {
                return false;
            }
        }
        return !partStart && syllables >= 2 && syllables <= (joiners == 0 ? 8 : 14);
    }

    static boolean isTransliterationChar(char c) {
        return TRANSLITERATION_CHARS.contains(c);
    }

    /** A transliteration character that is also a common word of its own (多, 大, 都, 日): it does not extend a name. */
    static boolean isCommonTransliterationChar(char c) {
        return COMMON_TRANSLITERATION_CHARS.contains(c);
    }

    static boolean isMiddleDot(char c) {
        return c == '·' || c == '・' || c == '•' || c == '‧';
    }

    /** What joins the parts of a foreign name: a middle dot, or a hyphen (让-克洛德). */
    static boolean isJoiner(char c) {
        return isMiddleDot(c) || c == '-' || c == '‐' || c == '－';
    }

    /** A Latin capital at {@code i} standing alone as an initial (not followed by another letter): H in 杰罗姆·H·鲍威尔. */
    static boolean isLatinInitial(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 'A' || c > 'Z') return false;
        int k = i + 1 < s.length() && s.charAt(i + 1) == '.' ? i + 2 : i + 1;
        return k >= s.length() || !Character.isLetterOrDigit(s.charAt(k));
    }

    /** One to four capitalized Latin words ({@code Scott Bessent}, {@code J. D. Vance}, {@code O'Neill}). */
    public static boolean isLatinName(String s) {
        return LATIN_NAME.matcher(s).matches() && s.chars().anyMatch(Character::isLowerCase);
    }

    /** Ends in an organization suffix, is longer than the suffix and contains no punctuation or digit. */
    public static boolean isOrganizationName(String s) {
        if (s.length() < 2 || !allNameChars(s) || ORG_SUFFIXES.contains(s)) return false;
        for (String suffix : ORG_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return !GENERIC_MODIFIERS.contains(s.substring(0, s.length() - suffix.length()));
            }
        }
        return false;
    }

    /** Head words that name one body on their own (联合国; 国会, 央行 as the news uses them): never generic. */
    private static final List<String> NAMED_HEADS = List.of("联合国", "国会", "议会", "央行");
    /** Determiners and relation words before a head word that still name no body (该集团, 本届政府, 母公司). */
    private static final List<String> DETERMINERS = List.of(
            "本届", "这家", "该家", "那家", "这个", "本", "该", "这", "那", "此", "其", "贵", "母", "子", "总", "分", "新", "两家");

    /**
     * An organization word with no name in it: a bare head word (公司, 委员会, 集团) or one after a generic modifier
     * or a determiner (该集团, 地方政府, 本届政府, 母公司). Not the heads that name one body alone (联合国).
     */
    static boolean isGenericOrganization(String s) {
        if (NAMED_HEADS.contains(s)) return false;
        if (ORG_SUFFIXES.contains(s)) return true;
        for (String suffix : ORG_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                String front = s.substring(0, s.length() - suffix.length());
                if (GENERIC_MODIFIERS.contains(front) || DETERMINERS.contains(front)) return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is one of the organization head words (银行, 委员会, 部). */
    static boolean isOrganizationHead(String w) {
        return ORG_SUFFIXES.contains(w);
    }

    /** Two or more name characters (no punctuation or digits; spaces only between Latin words). */
    public static boolean isLocationName(String s) {
        return s.length() >= 2 && allNameChars(s);
    }

    private static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean spaceInLatin = c == ' ' && i > 0 && i + 1 < s.length()
                    && isLatinLetter(s.charAt(i - 1)) && isLatinLetter(s.charAt(i + 1));
            if (!(isHan(c) || Character.isLetter(c) || isMiddleDot(c) || spaceInLatin)) return false;
        }
        return true;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
