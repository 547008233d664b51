package org.zhtext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhtext.hanlp.HanlpSegmenter;
import org.zhtext.core.Article;
import org.zhtext.core.Doc;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Token;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

class ConlluWriterTest {
    @Test
    void writesTraditionalSurfaceWithMappedTagsAndOffsets() {
        String text = "美國商務部宣佈。 關稅上調\n";
        Doc doc = new Doc(Article.of("a.txt", text), ChineseConverter.get(Target.SIMPLIFIED, false).convert(text));
        List<Token> tokens = new DocSegmenter(HanlpSegmenter.create(Lexicon.empty())).segment(doc);
        StringBuilder out = new StringBuilder();
        new ConlluWriter("pku").write(doc, tokens, "a.txt", out);
        String[] lines = out.toString().split("\n", -1);
        assertEquals("# newdoc id = a.txt", lines[0]);
        assertEquals("# sent_id = a.txt-1", lines[1]);
        assertEquals("# text = 美國商務部宣佈。", lines[2]);
        String[] first = lines[3].split("\t");
        assertEquals(10, first.length);
        assertEquals("1", first[0]);
        assertEquals("美國", first[1]);
        assertEquals("PROPN", first[3]);
        assertEquals(Tagsets.fromPku(first[4]), first[3]);
        assertTrue(first[9].startsWith("SpaceAfter=No|TokenRange=0:2|Simplified=美国"), first[9]);
        String lastOfFirst = out.toString().split("\n\n")[0].lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(lastOfFirst.endsWith("TokenRange=7:8"), "a space follows the 。: " + lastOfFirst);
        assertTrue(out.toString().contains("# sent_id = a.txt-2\n# text = 關稅上調\n"));
    }

    @Test
    void tagsetsMapToUpos() {
        assertEquals("PROPN", Tagsets.toUpos("pku", "nsf"));
        assertEquals("NOUN", Tagsets.toUpos("pku", "vn"));
        assertEquals("AUX", Tagsets.toUpos("pku", "vshi"));
        assertEquals("PUNCT", Tagsets.toUpos("pku", "w"));
        assertEquals("NUM", Tagsets.toUpos("ctb", "CD"));
        assertEquals("NOUN", Tagsets.toUpos("ctb", "M"));
        assertEquals("VERB", Tagsets.toUpos("ctb", "VV"));
        assertEquals("X", Tagsets.toUpos("ctb", "NOPE"));
    }
}
