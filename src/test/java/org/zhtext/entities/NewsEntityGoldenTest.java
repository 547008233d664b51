package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhtext.entities.EntityTestSupport.entities;
import static org.zhtext.entities.EntityTestSupport.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Models;
import org.zhtext.engine.Mention;

/**
 * Golden sentences for the six items of issue 17 (entities a news analyst can trust), through the real default
 * pipeline (conversion, HanLP, lexicon, gazetteers, rules); every entity's text is checked against the original
 * at its offsets ({@link EntityTestSupport#entities}). Written for zhtext; none is from the news-wire test sets.
 */
class NewsEntityGoldenTest {

    static void check(String text, List<String> expected, List<String> forbidden) {
        List<String> got = keys(entities(text));
        for (String e : expected) assertTrue(got.contains(e), "missing " + e + " in " + got);
        for (String f : forbidden) assertFalse(got.contains(f), "unexpected " + f + " in " + got);
    }

    @Nested
    class Item1WholeForeignNames {
        static Stream<Arguments> names() {
            return Stream.of(
                    Arguments.of("英国前首相鲍里斯·约翰逊周日抵达基辅。", "鲍里斯·约翰逊", List.of("person:鲍里", "person:约翰逊")),
                    Arguments.of("法国经济部长布鲁诺·勒梅尔表示，欧洲需要团结。", "布鲁诺·勒梅尔", List.of("person:鲁诺")),
                    Arguments.of("美国前总统约翰·F·肯尼迪遇刺六十周年。", "约翰·F·肯尼迪", List.of("person:约翰·", "person:肯尼迪")),
                    Arguments.of("欧盟委员会执行副主席瓦尔迪斯·东布罗夫斯基斯表示。", "瓦尔迪斯·东布罗夫斯基斯", List.of()),
                    // a title before the name keeps its last character (主席, 秘书长), and 本周 stays outside
                    Arguments.of("美联储主席杰罗姆·鲍威尔本周作证。", "杰罗姆·鲍威尔", List.of("person:席杰罗姆·鲍威尔", "person:杰罗姆·鲍威尔本")),
                    Arguments.of("联合国秘书长安东尼奥·古特雷斯发表声明。", "安东尼奥·古特雷斯", List.of("person:东尼奥·古特雷斯")),
                    // other dots and a hyphen between transliterations
                    Arguments.of("科学家玛丽•居里的故居对外开放。", "玛丽•居里", List.of()),
                    Arguments.of("世贸组织总干事恩戈齐·奥孔乔-伊维拉会见了记者。", "恩戈齐·奥孔乔-伊维拉", List.of()),
                    // traditional script: converted for recognition, reported as written
                    Arguments.of("美國財政部長斯科特·貝森特週三表示。", "斯科特·貝森特", List.of()));
        }

        @ParameterizedTest
        @MethodSource("names")
        void wholeNameIsOnePerson(String text, String name, List<String> forbidden) {
            check(text, List.of("person:" + name), forbidden);
        }

        @Test
        void longTransliteratedNameIsNotCut() {
            // the engine finds the front of the name only; the rest is transliteration characters
            check("国际货币基金组织总裁格奥尔基耶娃出席会议。", List.of("person:格奥尔基耶娃"), List.of("person:格奥"));
            check("印尼总统普拉博沃在雅加达讲话。", List.of("person:普拉博沃"), List.of("person:普拉博"));
        }

        @Test
        void aHyphenBetweenOtherThingsJoinsNothing() {
            check("中美两国在2024-2025年度的贸易额", List.of(), List.of("person:美两国"));
            assertTrue(keys(entities("新冠病毒COVID-19的变种")).stream().noneMatch(k -> k.startsWith("person:")));
        }
    }

    @Nested
    class Item2LatinNames {
        @Test
        void gazetteerKnowsThem() {
            check("Meta和OpenAI已向监管机构提交文件，英伟达则通过Reuters回应。",
                    List.of("organization:Meta", "organization:OpenAI", "organization:Reuters"), List.of());
            check("BBC援引IMF官员的话报道了此事。", List.of("organization:BBC", "organization:IMF"), List.of());
        }

        @Test
        void contextTypesUnknownOnes() {
            check("据Semafor报道，谈判已经结束。", List.of("organization:Semafor"), List.of());
            check("Palantir公司股价大涨。", List.of("organization:Palantir公司"), List.of());
            check("Databricks的首席执行官表示，将扩大招聘。", List.of("organization:Databricks"), List.of());
            check("会后，Cohere表示将在韩国设立办事处。", List.of("organization:Cohere"), List.of());
        }

        @Test
        void aLatinWordWithoutEvidenceIsNoEntity() {
            assertEquals(List.of(), keys(entities("他用Excel整理了数据。")));
            assertEquals(List.of(), keys(entities("今年GDP增长百分之五。")));
            // a role, not a company: CEO after 该公司 does not start the clause
            assertTrue(keys(entities("该公司CEO表示将裁员。")).stream().noneMatch(k -> k.contains("CEO")));
            // a known name only as a whole word: Meta inside Metadata is none
            assertTrue(keys(entities("该文件的Metadata字段为空。")).isEmpty());
        }
    }

    @Nested
    class Item3Boundaries {
        @Test
        void noFunctionWordAdverbOrVerbAtAnEdge() {
            check("他们都想尽快结束谈判。", List.of(), List.of("person:都想"));
            check("双方仍未谈好最终文本。", List.of(), List.of("person:谈好"));
            check("众议院已通过，但参议院尚未表决。", List.of("organization:众议院", "organization:参议院"), List.of("organization:但参议院"));
        }

        @Test
        void thePlaceInsideARejectedSpanIsStillFound() {
            check("该集团将在墨西哥新建工厂。", List.of("location:墨西哥"), List.of("organization:墨西哥新建工厂"));
            check("多家日本企业表示关切。", List.of("location:日本"), List.of("organization:多家日本企业", "location:多家日本"));
        }

        @Test
        void anOrganizationEndsInAHeadWordOrIsKnown() {
            List<String> got = keys(entities("多家跨国公司在展会上发布了新产品。"));
            assertTrue(got.stream().noneMatch(k -> k.startsWith("organization:")), got.toString());
        }

        @Test
        void aCommonNounIsNoName() {
            // rule over given engine output: what any engine might propose
            EntityRules rules = EntityRules.with(Lexicon.empty());
            String s = "这座城市的街道很干净。";
            assertEquals(List.of(), rules.apply(s, List.of(new Mention(2, 4, "location"), new Mention(5, 7, "location"))));
        }
    }

    @Nested
    class Item4NestedNames {
        @Test
        void aGovernmentNamedByItsLeaderGivesThePerson() {
            check("奥巴马政府时期出台了该政策。", List.of("person:奥巴马"), List.of("organization:奥巴马政府"));
            check("米莱政府宣布削减开支。", List.of("person:米莱"), List.of("organization:米莱政府"));
        }

        @Test
        void anAgencyAfterAdverbAndPrepositionIsFound() {
            check("他曾在中央情报局任职多年。", List.of("organization:中央情报局"), List.of("person:曾在", "organization:曾在中央情报局"));
        }
    }

    @Nested
    class Item5CountryAbbreviations {
        @Test
        void coordinatedAbbreviationsArePlaces() {
            check("中美关系和中日韩合作都很重要，美欧贸易也受关注。",
                    List.of("location:中", "location:美", "location:日", "location:韩", "location:欧"), List.of());
        }

        @ParameterizedTest
        @ValueSource(strings = {"中方表示，对华企的打压和赴美限制不可接受。", "美方代表团访华期间，双方举行了会谈。"})
        void oneCountryAloneIsNoPlace(String text) {
            List<String> got = keys(entities(text));
            assertTrue(got.stream().noneMatch(k -> k.equals("location:中") || k.equals("location:美") || k.equals("location:华")),
                    got.toString());
            assertTrue(got.stream().noneMatch(k -> k.startsWith("person:")), got.toString()); // nor 华企 a person
        }

        @Test
        void anOptionTurnsThemOff() {
            EntityRules off = EntityRules.with(EntityTestSupport.LEXICON, new EntityRules.Options(false));
            DocEntities entities = new DocEntities(EntityTestSupport.ENTITIES.engine(), off);
            List<String> got = keys(entities.extract(EntityTestSupport.doc("中美关系稳定，美国和日本也表示欢迎。")));
            assertEquals(List.of("location:美国", "location:日本"), got);
        }
    }

    @Nested
    class Item6Gazetteers {
        @Test
        void chinasDivisionsWithAndWithoutSuffix() {
            check("他从石家庄前往呼和浩特，再去延边朝鲜族自治州。",
                    List.of("location:石家庄", "location:呼和浩特", "location:延边朝鲜族自治州"), List.of());
        }

        @Test
        void worldCitiesAndCountriesInBothScripts() {
            check("代表团抵达乌兰巴托和阿拉木图。", List.of("location:乌兰巴托", "location:阿拉木图"), List.of());
            // Taiwan's names of countries (紐西蘭, 義大利) are CLDR's zh_Hant names, converted
            check("紐西蘭與義大利簽署協議。", List.of("location:紐西蘭", "location:義大利"), List.of());
        }

        @Test
        void everyDataFileNamesItsSource() throws IOException {
            for (String f : List.of("gazetteers/countries.txt", "gazetteers/cities.txt", "gazetteers/china-divisions.txt",
                    "gazetteers/taiwan-divisions.txt", "gazetteers/organizations-cedict.txt", "gazetteers/japanese-names.txt", "entities/loanwords-cedict.txt",
                    "entities/transliteration.txt", "entities/word-classes.txt", "lexicon/news-organizations.txt",
                    "lexicon/news-names.txt")) {
                try (InputStream in = Models.open(f)) {
                    String head = new String(in.readNBytes(1500), StandardCharsets.UTF_8);
                    assertTrue(head.contains("Source:") || head.contains("Written for zhtext") || head.contains("Written"),
                            f + " names no source");
                }
            }
            Map<String, String> g = Gazetteers.get().entries();
            assertTrue(g.size() > 4000, "gazetteer entries: " + g.size());
            assertEquals(EntityTypes.LOCATION, g.get("乌兰巴托"));
            assertEquals(EntityTypes.LOCATION, g.get("石家庄市"));
            assertEquals(EntityTypes.LOCATION, g.get("前镇区")); // Taiwan's districts, from its postal areas
            assertFalse(g.containsKey("中美"), "中美 is read as two abbreviations, not CLDR's short Central America");
            assertFalse(g.containsKey("白银"), "a bare short form that is a common word (silver) is left out");
        }
    }
}
