package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhtext.entities.EntityTestSupport.entities;
import static org.zhtext.entities.EntityTestSupport.keys;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhtext.core.Entity;

/** Golden sentences written for zhtext: expected mentions must appear, forbidden ones must not. */
class EntityGoldenTest {

    static Stream<Arguments> golden() {
        return Stream.of(
                Arguments.of("美国财政部长贝森特与中国国务院副总理何立峰在马德里举行会谈。",
                        List.of("location:美国", "person:贝森特", "person:何立峰", "location:马德里"),
                        List.of("organization:财政部", "organization:美国财政部")),
                Arguments.of("特朗普表示，美国贸易代表格里尔将与商务部长卢特尼克一同出席。",
                        List.of("person:特朗普", "person:格里尔", "person:卢特尼克"),
                        List.of("organization:商务部", "person:卢", "person:特尼克")),
                Arguments.of("美国商务部周五宣布，将对华进口产品加征关税。",
                        List.of("organization:美国商务部"),
                        List.of("location:美国", "organization:商务部", "organization:将对华进口产品", "location:华")),
                Arguments.of("中美双方同意把下一轮会谈时间定在下周。",
                        List.of("location:中", "location:美"),
                        List.of("person:定在")),
                Arguments.of("福克斯电视台援引消息人士的话报道了此事。",
                        List.of("organization:福克斯电视台"),
                        List.of("person:福克斯")),
                Arguments.of("英伟达和华为的芯片之争中，台积电受到波及，波音公司的订单也受影响。",
                        List.of("organization:英伟达", "organization:华为", "organization:台积电", "organization:波音公司"),
                        List.of("person:英伟达")),
                Arguments.of("欧盟委员会和东盟秘书处发表联合声明，海关总署同日公布了数据。",
                        List.of("organization:欧盟委员会", "organization:东盟秘书处", "organization:海关总署"),
                        List.of()),
                Arguments.of("财政部部长在发布会上回答了提问。",
                        List.of("organization:财政部"),
                        List.of()),
                Arguments.of("中美洲国家的学生在学习中英文。",
                        List.of(),
                        List.of("location:中", "location:美", "location:英")),
                Arguments.of("日本首相石破茂会见了美国总统特朗普。",
                        List.of("location:日本", "person:石破茂", "person:特朗普"),
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("golden")
    void expectedMentions(String text, List<String> expected, List<String> forbidden) {
        List<String> got = keys(entities(text));
        for (String e : expected) assertTrue(got.contains(e), "missing " + e + " in " + got);
        for (String f : forbidden) assertFalse(got.contains(f), "unexpected " + f + " in " + got);
    }

    @Test
    void personFollowedByLatinFormGivesBothMentions() {
        List<String> got = keys(entities("美国财政部长贝森特（Scott Bessent）表示，谈判取得进展。"));
        assertTrue(got.containsAll(List.of("person:贝森特", "person:Scott Bessent")), got.toString());
    }

    @Test
    void unknownTransliteratedNameIsRecoveredFromItsLatinForm() {
        // 墨菲 is in no lexicon: the Latin name in parentheses identifies it
        List<String> got = keys(entities("美国商会会长墨菲（John Murphy）对此表示担忧。"));
        assertTrue(got.containsAll(List.of("person:墨菲", "person:John Murphy")), got.toString());
    }

    @Test
    void organizationFollowedByAcronymGivesBothMentions() {
        List<String> got = keys(entities("美国商务部工业与安全局（BIS）将更多中国企业列入实体清单。"));
        assertTrue(got.contains("organization:BIS"), got.toString());
        assertTrue(got.stream().anyMatch(k -> k.startsWith("organization:") && k.endsWith("工业与安全局")), got.toString());
        assertFalse(got.contains("location:美国"), "美国 is part of the organization: " + got);
    }

    @Test
    void traditionalTextKeepsOriginalSurfaceAndOffsets() {
        String text = "美國財政部長貝森特（Scott Bessent）與美國貿易代表格里爾在日內瓦會見了中國國務院副總理何立峰。";
        List<Entity> got = entities(text); // also checks text == original[start,end) for each
        Entity bessent = find(got, "贝森特");
        assertEquals("貝森特", bessent.text());
        assertEquals("person", bessent.type());
        assertEquals(text.indexOf("貝森特"), bessent.start());
        Entity greer = find(got, "格里尔");
        assertEquals("格里爾", greer.text());
        Entity geneva = find(got, "日内瓦");
        assertEquals("日內瓦", geneva.text());
        assertEquals("location", geneva.type());
        assertTrue(keys(got).contains("person:Scott Bessent"), keys(got).toString());
        assertTrue(keys(got).contains("person:何立峰"), keys(got).toString());
    }

    @Test
    void offsetsAreCodePointsAfterSupplementaryCharacters() {
        String text = "𠀀𠀁报道：特朗普会见了何立峰。";
        Entity trump = find(entities(text), "特朗普");
        assertEquals(5, trump.start()); // two supplementary characters count one each
        assertEquals(8, trump.end());
    }

    @Test
    void everyEntityCarriesTheEngineName() {
        List<Entity> got = entities("王文涛与卢特尼克通了电话。");
        assertFalse(got.isEmpty());
        for (Entity e : got) assertEquals("hanlp", e.engine());
    }

    private static Entity find(List<Entity> entities, String normalized) {
        return entities.stream().filter(e -> e.normalized().equals(normalized)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + normalized + " in " + keys(entities)));
    }
}
