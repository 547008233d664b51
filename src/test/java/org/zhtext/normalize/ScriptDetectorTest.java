package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhtext.core.Script;

class ScriptDetectorTest {
    @Test
    void simplifiedAndTraditionalNews() {
        assertEquals(Script.SIMPLIFIED, ScriptDetector.detect("美国宣布对中国商品加征关税，商务部表示将采取反制措施。"));
        assertEquals(Script.TRADITIONAL, ScriptDetector.detect("美國宣布對中國商品加徵關稅，商務部表示將採取反制措施。"));
        assertEquals(Script.TRADITIONAL, ScriptDetector.detect("台灣的半導體產業裡面，為了出口而擴產。"));
        assertEquals(Script.TRADITIONAL, ScriptDetector.detect("香港政府衞生署發言人説明"));
    }

    @Test
    void mixedNeedsASizeableMinority() {
        assertEquals(Script.MIXED, ScriptDetector.detect("美國對中国商品加征关税"));
        assertEquals(Script.MIXED, ScriptDetector.detect("关税关税 關稅關稅"));
        // one traditional character in a long simplified text stays simplified
        assertEquals(Script.SIMPLIFIED,
                ScriptDetector.detect("美国财政部长表示，关税谈判将在下周继续进行，双方代表团已经抵达會场并开始讨论具体条款。"));
    }

    @Test
    void charactersValidInBothScriptsDoNotCount() {
        assertEquals(Script.NONE, ScriptDetector.detect("皇后"));
        assertEquals(Script.NONE, ScriptDetector.detect("干 台 后 里 面 乾 著"));
        assertEquals(Script.NONE, ScriptDetector.detect("人口 中 大"));
        assertEquals(Script.NONE, ScriptDetector.detect("Tariffs rose 25% in 2025."));
        assertEquals(Script.NONE, ScriptDetector.detect(""));
        assertArrayEquals(new int[] {0, 0}, ScriptDetector.get().evidence("后干台"));
        assertArrayEquals(new int[] {1, 1}, ScriptDetector.get().evidence("发發"));
    }

    @Test
    void astralCharactersAreSafe() {
        assertEquals(Script.SIMPLIFIED, ScriptDetector.detect("𫜰𠀀这个"));
    }
}
