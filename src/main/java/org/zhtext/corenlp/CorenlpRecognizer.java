package org.zhtext.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;

/**
 * CoreNLP's Chinese CRF named-entity recognizer as an {@link EntityEngine}. CoreNLP tags words, not spans: adjacent words with the same zhtext type form one
 * mention. Types: {@code PERSON} → person; {@code ORGANIZATION} → organization; {@code GPE},
 * {@code COUNTRY}, {@code STATE_OR_PROVINCE}, {@code CITY}, {@code LOCATION} → location; other CoreNLP
 * types (facilities, titles, dates, ...) are dropped. Offsets are UTF-16 indices into the given sentence.
 * Loading (segmenter, tagger and NER) takes 15 to 30 s and about 1 GB of heap (run with -Xmx2g); thread-safe
 * once built.
 */
public final class CorenlpRecognizer implements EntityEngine {
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", "person",
            "ORGANIZATION", "organization",
            "GPE", "location",
            "COUNTRY", "location",
            "STATE_OR_PROVINCE", "location",
            "CITY", "location",
            "LOCATION", "location");

    private final CorenlpPipeline pipeline;

    /** Loads segmenter, tagger and NER model from the models folder (shared with {@link CorenlpSegmenter}). */
    public CorenlpRecognizer(CorenlpModels models) {
        this.pipeline = CorenlpPipeline.shared(models);
        pipeline.loadNer();
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public List<Mention> recognize(String sentence) {
        if (sentence.isBlank()) return List.of();
        List<Mention> out = new ArrayList<>();
        String type = null;
        int start = 0, end = 0;
        for (CoreLabel t : pipeline.annotate(sentence, true)) {
            String ty = type(t.ner());
            if (ty != null && ty.equals(type) && t.beginPosition() == end) {
                end = t.endPosition();
                continue;
            }
            if (type != null) out.add(new Mention(start, end, type));
            type = ty;
            start = t.beginPosition();
            end = t.endPosition();
        }
        if (type != null) out.add(new Mention(start, end, type));
        return out;
    }

    /** The zhtext type of a CoreNLP NER tag, or null when zhtext does not report it. */
    static String type(String corenlpTag) {
        return corenlpTag == null ? null : TYPES.get(corenlpTag);
    }
}
