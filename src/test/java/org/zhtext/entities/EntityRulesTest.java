package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;

/**
 * The rules on given engine output (what any engine might return), so each rule is tested apart from
 * what HanLP happens to find today.
 */
class EntityRulesTest {
    private static final Lexicon LEXICON = new Lexicon.Builder()
            .add("商务部", "nt", 1000).add("美国", "ns", 1000).add("财政部", "nt", 1000).add("贝森特", "nrf", 1000)
            .add("关税", "n", 1000).build();
    private static final EntityRules RULES = EntityRules.with(LEXICON);

    private static List<String> apply(String s, Mention... engine) {
        return RULES.apply(s, List.of(engine)).stream()
                .map(m -> m.type() + ":" + s.substring(m.start(), m.end())).toList();
    }

    @Test
    void personThatDoesNotLookLikeANameIsDropped() {
        String s = "会谈时间定在下周。";
        assertEquals(List.of(), apply(s, new Mention(4, 6, "person")));
    }

    @Test
    void timeUnitGluedToAPlaceAfterANumberIsCut() {
        String s = "今年前8个月中国对美出口下降。";
        List<String> got = apply(s, new Mention(5, 8, "location"));
        assertTrue(got.contains("location:中国"), got.toString());
        assertTrue(got.stream().noneMatch(k -> k.contains("月")), got.toString());
    }

    @Test
    void organizationWithoutSuffixIsDropped() {
        String s = "他们将对华进口产品加征关税。";
        List<String> got = apply(s, new Mention(2, 9, "organization"));
        assertTrue(got.stream().noneMatch(k -> k.startsWith("organization")), got.toString());
        assertEquals(List.of(), got); // and 对华 is no place: one country's abbreviation alone is not reported
    }

    @Test
    void lexiconBeatsEngineOnTheSameSpanAndSetsTheType() {
        String s = "贝森特表示。";
        assertEquals(List.of("person:贝森特"), apply(s, new Mention(0, 3, "location")));
    }

    @Test
    void locationAndOrganizationPiecesMerge() {
        assertEquals(List.of("organization:美国商务部"), apply("美国商务部宣布。"));
    }

    @Test
    void titleAfterAMinistryIsNoOrganization() {
        assertEquals(List.of("location:美国", "person:贝森特"), apply("美国财政部长贝森特说。"));
        assertEquals(List.of("organization:财政部"), apply("财政部部长说。"));
    }

    @Test
    void nameFollowedByOrganizationSuffixWordIsAnOrganization() {
        String s = "福克斯电视台报道。";
        assertEquals(List.of("organization:福克斯电视台"), apply(s, new Mention(0, 3, "person")));
    }

    @Test
    void transliteratedNameTakesItsFinalSyllable() {
        String s = "扎琳娜说。";
        assertEquals(List.of("person:扎琳娜"), apply(s, new Mention(0, 2, "person")));
    }

    @Test
    void nameFollowedByPlaceWordIsAPlace() {
        String s = "他住在高尔基大街。";
        assertEquals(List.of("location:高尔基大街"), apply(s, new Mention(3, 6, "person")));
    }

    @Test
    void titleGluedToANameIsCutOff() {
        String s = "江主席指出。";
        assertEquals(List.of("person:江"), apply(s, new Mention(0, 3, "person")));
    }

    @Test
    void functionWordPrefixAndCountryCountsAreRepaired() {
        assertEquals(List.of("location:中国"), apply("坚持一个中国原则。", new Mention(2, 6, "location")));
        assertEquals(List.of("location:美国"), apply("原产于美国的大豆", new Mention(2, 5, "location")));
        assertEquals(List.of(), apply("两国政府发表声明。", new Mention(0, 4, "organization")));
    }

    @Test
    void administrativeSuffixAndOrdinalSessionExtendTheMention() {
        String s = "香港特别行政区举行第九届全国人民代表大会选举。";
        List<String> got = apply(s, new Mention(0, 2, "location"), new Mention(12, 20, "organization"));
        assertEquals(List.of("location:香港特别行政区", "organization:第九届全国人民代表大会"), got);
    }

    @Test
    void countryAbbreviationsNeedARelationContext() {
        assertEquals(List.of("location:中", "location:美"), apply("中美关系稳定。"));
        assertEquals(List.of("location:美", "location:欧"), apply("美欧贸易协议"));
        assertEquals(List.of("location:中", "location:日", "location:韩"), apply("中日韩峰会"));
        // one country's side, or a trip to it, is no place (MSRA annotates these; news readers find them noise)
        assertEquals(List.of(), apply("美方表示欢迎。"));
        assertEquals(List.of(), apply("中方坚决反对美方的做法"));
        assertEquals(List.of(), apply("完美方案"));
        assertEquals(List.of(), apply("他访美期间。"));
        assertEquals(List.of(), apply("加大对华投资，华企赴美上市。"));
        assertEquals(List.of("location:中美洲"), apply("中美洲")); // Central America, a gazetteer place: not 中 and 美
        assertEquals(List.of(), apply("中英文对照"));
        assertEquals(List.of(), apply("其中方法很多"));
        assertEquals(List.of(), apply("在华人社区"));
    }

    @Test
    void countryAbbreviationsCanBeTurnedOff() {
        EntityRules off = EntityRules.with(LEXICON, new EntityRules.Options(false));
        assertEquals(List.of(), off.apply("中美关系稳定。", List.of()));
        assertEquals(List.of(new Mention(0, 2, "location")), off.apply("美国和中日韩", List.of()));
    }

    @Test
    void theMsraGuidelineKeepsTheTaggersOneCountryPlacesAndMinistriesBeforeTitles() {
        EntityRules.Options tagger = new EntityRules.Options(true, true);
        EntityRules zhtext = EntityRules.with(LEXICON, tagger.following(EntityRules.Guideline.ZHTEXT));
        EntityRules msra = EntityRules.with(LEXICON, tagger.following(EntityRules.Guideline.MSRA));
        assertEquals(tagger, tagger.following(EntityRules.Guideline.ZHTEXT));
        String side = "俄方对此表示欢迎。";
        List<Mention> place = List.of(new Mention(0, 1, "location"));
        assertEquals(List.of(), zhtext.apply(side, place));
        assertEquals(place, msra.apply(side, place));
        String title = "法国经济部长周二访华。";
        List<Mention> tagged = List.of(new Mention(0, 5, "organization"), new Mention(9, 10, "location"));
        assertEquals(List.of(new Mention(0, 2, "location")), zhtext.apply(title, tagged));
        assertEquals(tagged, msra.apply(title, tagged));
    }

    @Test
    void aTaggerOrganizationCoordinatingTwoIsSplit() {
        EntityRules rules = EntityRules.with(LEXICON, new EntityRules.Options(true, true));
        String two = "中国科学院与中国工程院联合发布报告。";
        assertEquals(List.of(new Mention(0, 5, "organization"), new Mention(6, 11, "organization")),
                rules.apply(two, List.of(new Mention(0, 11, "organization"))));
        String one = "国家发展和改革委员会召开发布会。"; // 国家发展 is no organization: one name
        assertEquals(List.of(new Mention(0, 10, "organization")), rules.apply(one, List.of(new Mention(0, 10, "organization"))));
        EntityRules off = EntityRules.with(LEXICON, new EntityRules.Options(true, true).without(EntityRules.Rule.COORDINATED_ORGANIZATIONS));
        assertEquals(List.of(new Mention(0, 11, "organization")), off.apply(two, List.of(new Mention(0, 11, "organization"))));
    }

    @Test
    void repeatedCharactersAndGenericPlaceTailsAreNoPartOfAName() {
        // written for this test (2026-12-07, sixth session), in the style of the social-media dev set
        EntityRules rules = EntityRules.with(LEXICON, new EntityRules.Options(true, true));
        String cheer = "哈哈哈今天好开心。";
        assertEquals(List.of(), rules.apply(cheer, List.of(new Mention(0, 3, "person"))));
        String twice = "王小丫王小丫我爱你。"; // a name written twice: the first half
        assertEquals(List.of(new Mention(0, 3, "person")), rules.apply(twice, List.of(new Mention(0, 6, "person"))));
        String nick = "婷婷今天来上班了。"; // a doubled given name is a name
        assertEquals(List.of(new Mention(0, 2, "person")), rules.apply(nick, List.of(new Mention(0, 2, "person"))));
        String corner = "中山路和解放路交叉口发生事故。";
        assertEquals(List.of(new Mention(4, 7, "location")), rules.apply(corner, List.of(new Mention(4, 10, "location"))));
        String along = "长江沿线城市加快发展。";
        assertEquals(List.of(new Mention(0, 2, "location")), rules.apply(along, List.of(new Mention(0, 4, "location"))));
        EntityRules off = EntityRules.with(LEXICON, new EntityRules.Options(true, true).without(EntityRules.Rule.REPEATS));
        assertEquals(List.of(new Mention(0, 3, "person")), off.apply(cheer, List.of(new Mention(0, 3, "person"))));
    }

    @Test
    void aTaggerMentionStopsAtAnUnbalancedBracketAndAnAliasIsNotRepeated() {
        EntityRules rules = EntityRules.with(LEXICON, new EntityRules.Options(true, true));
        String s = "美国商会会长墨菲（John Murphy）表示关注。";
        // the tagger ran into the parenthesis: the name stops before it, the Latin alias is added once
        assertEquals(List.of(new Mention(0, 4, "organization"), new Mention(6, 8, "person"), new Mention(9, 20, "person")),
                rules.apply(s, List.of(new Mention(0, 4, "organization"), new Mention(6, 13, "person"))));
        String company = "安踏（福建）鞋业有限公司签约。"; // balanced: one name
        assertEquals(List.of(new Mention(0, 12, "organization")), rules.apply(company, List.of(new Mention(0, 12, "organization"))));
        String close = "石油输出国组织（欧佩克）决定增产。"; // a closing bracket taken in: cut before it
        assertEquals(List.of(new Mention(0, 7, "organization"), new Mention(8, 11, "organization")),
                rules.apply(close, List.of(new Mention(0, 7, "organization"), new Mention(8, 12, "organization"))));
        String acronym = "国际货币基金组织(IMF)下调预期。"; // the tagger gives the alias too: one row
        assertEquals(List.of(new Mention(0, 8, "organization"), new Mention(9, 12, "organization")),
                rules.apply(acronym, List.of(new Mention(0, 8, "organization"), new Mention(9, 12, "organization"))));
    }

    @Test
    void aliasesInParentheses() {
        assertEquals(List.of("person:贝森特", "person:Scott Bessent"), apply("贝森特（Scott Bessent）说"));
        String s = "工业与安全局（BIS）宣布";
        assertEquals(List.of("organization:工业与安全局", "organization:BIS"), apply(s, new Mention(0, 6, "organization")));
        // no acronym for a person, no Latin form for text that is not a name
        assertEquals(List.of("person:贝森特"), apply("贝森特（BIS）说"));
        assertEquals(List.of(), apply("关税（tariff）"));
    }

    @Test
    void unknownTransliterationIsRecoveredFromItsLatinName() {
        assertEquals(List.of("person:墨菲", "person:John Murphy"), apply("会长墨菲（John Murphy）说"));
        // the run of transliteration characters stops at the first non-transliteration character
        assertEquals(List.of("person:贾米森", "person:Jamieson Greer"), apply("贸易代表贾米森（Jamieson Greer）"));
    }

    @Test
    void noRulesPassEngineOutputThrough() {
        String s = "会谈时间定在下周。";
        List<Mention> m = List.of(new Mention(4, 6, "person"));
        assertEquals(m, EntityRules.none().apply(s, m));
    }
}
