package org.zhtext.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Doc;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.Mention;

/** The real CoreNLP NER over the fetched models (folder from -Dzhtext.corenlp.models). */
class CorenlpRecognizerIT {
    private static final String SIMPLIFIED = "美国财政部长贝森特周二在北京表示，美国商务部将对进口钢铁加征关税。";
    private static final String TRADITIONAL = "美國財政部長貝森特週二在北京表示，美國商務部將對進口鋼鐵加徵關稅。";

    private static CorenlpRecognizer ner;

    @BeforeAll
    static void load() {
        ner = new CorenlpRecognizer(CorenlpModels.locate(null));
    }

    /** "type:original text" of every mention, through the doc's offset map. */
    private static List<String> mentions(Doc doc) {
        List<String> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            for (Mention m : ner.recognize(s.text(doc.normalized()))) {
                int[] o = doc.toOriginal(s.start() + m.start(), s.start() + m.end());
                out.add(m.type() + ":" + doc.originalText(o[0], o[1]));
            }
        }
        return out;
    }

    @Test
    void findsAPersonAnOrganizationAndAPlace() {
        assertEquals("corenlp", ner.name());
        List<String> m = mentions(ItDocs.simplified(SIMPLIFIED));
        assertTrue(m.contains("person:贝森特"), m.toString());
        assertTrue(m.contains("organization:美国商务部"), m.toString());
        assertTrue(m.contains("location:北京"), m.toString());
        for (String x : m) assertTrue(x.matches("(person|organization|location):.+"), x);
    }

    @Test
    void mentionsOfATraditionalArticleAreTheOriginalText() {
        List<String> m = mentions(ItDocs.converted(TRADITIONAL, SIMPLIFIED));
        assertTrue(m.contains("person:貝森特"), m.toString());
        assertTrue(m.contains("organization:美國商務部"), m.toString());
        assertTrue(m.contains("location:北京"), m.toString());
    }

    @Test
    void offsetsAreExactAfterASurrogatePairAndSharedWithTheSegmenter() {
        String s = "据𠀀𠀁报道，" + SIMPLIFIED; // two surrogate pairs: CoreNLP's offsets must still be UTF-16 indices
        List<Mention> m = ner.recognize(s);
        int at = s.indexOf("贝森特");
        assertTrue(m.contains(new Mention(at, at + 3, "person")), m.toString());
        at = s.indexOf("北京");
        assertTrue(m.contains(new Mention(at, at + 2, "location")), m.toString());
        // NER on a sentence this thread just segmented (cached tokens) equals NER from scratch in a new thread
        String t = "美国商务部长在上海会见贝森特。";
        new CorenlpSegmenter(CorenlpModels.locate(null), Lexicon.empty()).segment(t);
        List<Mention> afterSegment = ner.recognize(t);
        assertEquals(CompletableFuture.supplyAsync(() -> ner.recognize(t), r -> new Thread(r).start()).join(), afterSegment);
        assertTrue(ner.recognize("，。").isEmpty());
    }
}
