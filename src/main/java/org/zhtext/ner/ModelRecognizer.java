package org.zhtext.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.zhtext.core.Models;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;
import org.zhtext.engine.SetupException;

/**
 * The trained character tagger as an entity engine ({@code --ner model}, the default with the HanLP engine):
 * its mentions replace HanLP's person, place and organization recognizers; zhtext's entity rules run on top as
 * for any engine. The model is {@code models/ner/ner.bin} (packed into the jar), loaded once per process.
 * Immutable and thread-safe.
 */
public final class ModelRecognizer implements EntityEngine {
    /** Where the model lives, relative to the models folder. */
    public static final String MODEL = "ner/ner.bin";

    private final NerModel model;
    private final String name;

    public ModelRecognizer(NerModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /** The shipped model under the engine name {@code name} (the entity records' engine column). */
    public static ModelRecognizer shipped(String name) {
        return new ModelRecognizer(Shipped.MODEL_INSTANCE, name);
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
        return model.recognize(sentence);
    }

    private static final class Shipped {
        static final NerModel MODEL_INSTANCE = load();

        private static NerModel load() {
            try (InputStream in = Models.open(MODEL)) {
                if (in == null) throw new SetupException("the NER model " + MODEL + " is missing (rebuild it with bench/train-ner.sh)");
                return NerModel.load(in);
            } catch (IOException e) {
                throw new SetupException("cannot read the NER model " + MODEL + ": " + e.getMessage(), e);
            }
        }
    }
}
