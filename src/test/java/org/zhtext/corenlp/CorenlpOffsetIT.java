package org.zhtext.corenlp;

import org.junit.jupiter.api.BeforeAll;
import org.zhtext.core.Lexicon;
import org.zhtext.segment.DocSegmenter;
import org.zhtext.segment.SegmenterOffsetContract;

/** The offset contract every segmentation engine passes, run on the real CoreNLP segmenter. */
class CorenlpOffsetIT extends SegmenterOffsetContract {
    private static DocSegmenter segmenter;

    @BeforeAll
    static void load() {
        segmenter = new DocSegmenter(new CorenlpSegmenter(CorenlpModels.locate(null), Lexicon.empty()));
    }

    @Override
    protected DocSegmenter segmenter() {
        return segmenter;
    }
}
