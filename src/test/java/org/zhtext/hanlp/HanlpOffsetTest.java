package org.zhtext.hanlp;

import org.zhtext.core.Lexicon;
import org.zhtext.segment.DocSegmenter;
import org.zhtext.segment.SegmenterOffsetContract;

/** The shared offset contract run on the default HanLP engine. */
class HanlpOffsetTest extends SegmenterOffsetContract {
    private static final DocSegmenter SEG = new DocSegmenter(HanlpSegmenter.create(Lexicon.empty()));

    @Override
    protected DocSegmenter segmenter() {
        return SEG;
    }
}
