package org.zhtext.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.EngineSettings;
import org.zhtext.engine.WordSegmenter;

/**
 * The segmentation the tagger's word features are read from: the default segmenter (zhtext's lexicon, the pku
 * standard) of the registered engine whose sentences the tagger was trained for ({@link
 * EngineProvider#usesTrainedTagger}: HanLP), found through the provider like any engine. {@link NerTrainer} segments the training data with it; at run time the pipeline's
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
                for (EngineProvider p : ServiceLoader.load(EngineProvider.class, NerWords.class.getClassLoader())) {
                    if (p.usesTrainedTagger()) {
                        return p.segmenter(new EngineSettings("pku", Map.of(), false), Lexicon.load(List.of()));
                    }
                }
                throw new IllegalStateException("no registered engine provides the trained tagger's words");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
