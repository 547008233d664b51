package org.zhtext.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    private static String split(String text) {
        List<Sentence> s = SentenceSplitter.get().split(text);
        return s.stream().map(x -> x.text(text)).collect(Collectors.joining("|"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "他说。她笑了！真的吗？ => 他说。|她笑了！|真的吗？",
            "价格为每公斤22.92美元。然后 => 价格为每公斤22.92美元。|然后",
            "他说：“关税太高了。”随后离开。 => 他说：“关税太高了。”|随后离开。",
            "「這是真的？」他問。 => 「這是真的？」|他問。",
            "真的吗？！……好吧 => 真的吗？！……|好吧",
            "U.S. tariffs rose 2.5. Then => U.S. tariffs rose 2.5.|Then",
            "Dr. Smith来自Apple Inc. 旗下部门。He left. 他走了。 => Dr. Smith来自Apple Inc. 旗下部门。|He left.|他走了。",
            "会见了Mr. Lee和Prof. Wang。 => 会见了Mr. Lee和Prof. Wang。",
            "甲；乙 => 甲；|乙",
            "　　全角空格开头。 => 全角空格开头。",
            "。。 => 。。",
    })
    void splitsNewsText(String text, String expected) {
        assertEquals(expected, split(text));
    }

    @org.junit.jupiter.api.Test
    void lineBreaksEndParagraphs() {
        assertEquals("第一段|第二段|第三段", split("第一段\n第二段\r\n\r\n第三段"));
    }

    @org.junit.jupiter.api.Test
    void blankTextHasNoSentences() {
        assertEquals(0, SentenceSplitter.get().split(" \n\t\u3000 ").size());
        assertEquals(0, SentenceSplitter.get().split("").size());
    }

    @org.junit.jupiter.api.Test
    void sentencesAreInOrderAndWithinBounds() {
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        String alphabet = "关税。！？；…「」“”\n\r 　.22中美𫜰";
        for (int i = 0; i < 20000; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        String t = sb.toString();
        int last = 0;
        int idx = 0;
        for (Sentence s : SentenceSplitter.get().split(t)) {
            assertEquals(idx++, s.index());
            org.junit.jupiter.api.Assertions.assertTrue(s.start() >= last && s.end() > s.start() && s.end() <= t.length());
            last = s.end();
        }
    }
}
