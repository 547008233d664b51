package org.zhtext.segment;

import org.zhtext.core.Lexicon;

/** The shared offset contract run on the default HanLP engine. */
class HanlpOffsetTest extends SegmenterOffsetContract {
    private static final DocSegmenter SEG = new DocSegmenter(HanlpSegmenter.create(Lexicon.empty()));

    @Override
    protected DocSegmenter segmenter() {
        return SEG;
    }
}
