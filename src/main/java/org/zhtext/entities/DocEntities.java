package org.zhtext.entities;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.core.Sentence;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;

/**
 * Entity recognition over a {@link Doc}: each sentence of the simplified text goes through the engine and
 * the {@link EntityRules}; spans are mapped back to code point offsets in the original text, whose surface
 * form becomes {@link Entity#text()} ({@link Entity#normalized()} is the simplified form). Immutable and
 * thread-safe when the engine is.
 */
public final class DocEntities {
    private final EntityEngine engine;
    private final EntityRules rules;

    /** Any engine with any rules ({@link EntityRules#with} for zhtext's, {@link EntityRules#none()} for bare output). */
    public DocEntities(EntityEngine engine, EntityRules rules) {
        this.engine = engine;
        this.rules = rules;
    }

    public EntityEngine engine() {
        return engine;
    }

    public EntityRules rules() {
        return rules;
    }

    /** Mentions in one sentence of simplified text (char indices into it). */
    public List<Mention> mentions(String sentence) {
        return rules.apply(sentence, engine.recognize(sentence));
    }

    /** The entities of a document in text order. */
    public List<Entity> extract(Doc doc) {
        List<Entity> out = new ArrayList<>();
        String norm = doc.normalized();
        for (Sentence sentence : doc.sentences()) {
            String text = sentence.text(norm);
            add(doc, sentence, text, engine.recognize(text), out);
        }
        return out;
    }

    /**
     * Appends the entities of one sentence ({@code text}, its simplified text) given the engine's mentions in
     * it: the rules applied, spans mapped back to the original text.
     */
    public void add(Doc doc, Sentence sentence, String text, List<Mention> found, List<Entity> out) {
        String norm = doc.normalized();
        for (Mention m : rules.apply(text, found)) {
            int s = sentence.start() + m.start(), e = sentence.start() + m.end();
            int[] o = doc.toOriginal(s, e);
            out.add(new Entity(m.type(), doc.originalText(o[0], o[1]), o[0], o[1], norm.substring(s, e), engine.name()));
        }
    }
}
