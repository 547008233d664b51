package org.zhtext.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.WordSegmenter;
import org.zhtext.hanlp.HanlpSegmenter;

/**
 * The segmentation the tagger's word features are read from: the pipeline's default HanLP segmenter (zhtext's
 * lexicon, default standard). {@link NerTrainer} segments the training data with it; at run time the pipeline's
 * own segmenter gives the same words for the default settings.
 */
public final class NerWords {
    private NerWords() {}

    /** The default segmenter (one per process). */
    public static WordSegmenter segmenter() {
        return Holder.SEGMENTER;
    }

    private static final class Holder {
        static final WordSegmenter SEGMENTER = create();

        private static WordSegmenter create() {
            try {
                return HanlpSegmenter.create(Lexicon.load(List.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
