package org.zhtext.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.zhtext.core.Models;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;
import org.zhtext.engine.SetupException;
import org.zhtext.engine.Word;
import org.zhtext.engine.WordSegmenter;

/**
 * The trained character tagger as an entity engine ({@code --ner model}, the default with the HanLP engine):
 * its mentions replace HanLP's person, place and organization recognizers; zhtext's entity rules run on top as
 * for any engine. The model is {@code models/ner/ner.bin} (packed into the jar), loaded once per process.
 * A model with word features reads the words of the pipeline's segmenter: given by the caller
 * ({@link #recognize(String, List)}, as {@code analyze} does), or found with {@code words} when only the sentence
 * is given. Immutable and thread-safe.
 */
public final class ModelRecognizer implements EntityEngine {
    /** Where the model lives, relative to the models folder. */
    public static final String MODEL = "ner/ner.bin";

    private final NerModel model;
    private final String name;
    private final WordSegmenter words;

    public ModelRecognizer(NerModel model, String name, WordSegmenter words) {
        this.model = model;
        this.name = name;
        this.words = words;
    }

    /**
     * The shipped model under the engine name {@code name} (the entity records' engine column), reading the words
     * of {@code words} (the pipeline's segmenter: the one the model's word features were trained on).
     */
    public static ModelRecognizer shipped(String name, WordSegmenter words) {
        return new ModelRecognizer(shippedModel(), name, words);
    }

    /** The shipped model itself, loaded on first use (once per process). */
    public static NerModel shippedModel() {
        return loadShipped();
    }

    /** The shipped model reading the words of the default segmenter ({@link NerWords}). */
    public static ModelRecognizer shipped(String name) {
        return shipped(name, NerWords.segmenter());
    }

    public NerModel model() {
        return model;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Mention> recognize(String sentence) {
        return model.recognize(sentence, model.wordFeatures() ? words.segment(sentence) : null);
    }

    @Override
    public List<Mention> recognize(String sentence, List<Word> words) {
        return model.recognize(sentence, words);
    }

    /** The shipped model once loaded (guarded by the class lock: a second caller waits for the first). */
    private static NerModel shipped;

    /**
     * Starts loading the shipped model on a daemon thread, so that it overlaps what the caller does next; the
     * first {@link #shippedModel} call waits for it. A failure is left to that call, which reports it.
     */
    public static void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                shippedModel();
            } catch (RuntimeException e) {
                // reported by the caller's own shippedModel() call, which loads again
            }
        }, "zhtext-ner-load");
        t.setDaemon(true);
        t.start();
    }

    private static synchronized NerModel loadShipped() {
        if (shipped == null) {
            try (InputStream in = Models.open(MODEL)) {
                if (in == null) throw new SetupException("the NER model " + MODEL + " is missing (rebuild it with bench/train-ner.sh)");
                shipped = NerModel.load(in);
            } catch (IOException e) {
                throw new SetupException("cannot read the NER model " + MODEL + ": " + e.getMessage(), e);
            }
        }
        return shipped;
    }
}
