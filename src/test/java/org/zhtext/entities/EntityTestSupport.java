package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.zhtext.hanlp.HanlpRecognizer;
import org.zhtext.core.Article;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.core.Lexicon;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/** The real default pipeline (HanLP + lexicon + rules), built once for all entity tests. */
final class EntityTestSupport {
    static final Lexicon LEXICON = load();
    /** The rules-only path ({@code --ner rules}): HanLP's recognizers, the lexicon and the rules. */
    static final DocEntities ENTITIES = new DocEntities(HanlpRecognizer.create(LEXICON), EntityRules.with(LEXICON));
    /** The default path ({@code --ner model}): the shipped tagger with the rules in engine-first mode. */
    static final DocEntities MODEL = new DocEntities(org.zhtext.ner.ModelRecognizer.shipped(HanlpRecognizer.NAME),
            EntityRules.with(LEXICON, new EntityRules.Options(true, true)));

    private EntityTestSupport() {}

    private static Lexicon load() {
        try {
            return Lexicon.load(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document converted to simplified as the CLI does. */
    static Doc doc(String text) {
        return new Doc(Article.of("test.txt", text), ChineseConverter.get(Target.SIMPLIFIED, false).convert(text));
    }

    /**
     * Entities of {@code text} through the default path ({@link #MODEL}, {@code --ner model}), after checking that
     * each one's offsets give back its text.
     */
    static List<Entity> entities(String text) {
        List<Entity> out = MODEL.extract(doc(text));
        for (Entity e : out) assertSpan(text, e);
        for (int i = 1; i < out.size(); i++) {
            assertTrue(out.get(i - 1).end() <= out.get(i).start(), "sorted, no two entities overlap: " + out);
        }
        return out;
    }

    static void assertSpan(String original, Entity e) {
        int n = original.codePointCount(0, original.length());
        assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= n, "offsets inside the text: " + e);
        int s = original.offsetByCodePoints(0, e.start()), t = original.offsetByCodePoints(0, e.end());
        assertEquals(original.substring(s, t), e.text(), "text equals the original at [start,end): " + e);
    }

    /** "type:text" keys, for compact assertions. */
    static List<String> keys(List<Entity> entities) {
        return entities.stream().map(e -> e.type() + ":" + e.text()).toList();
    }
}
