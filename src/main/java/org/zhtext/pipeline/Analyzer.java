package org.zhtext.pipeline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhtext.core.Article;
import org.zhtext.core.Doc;
import org.zhtext.core.Sentence;
import org.zhtext.core.SentenceSplitter;
import org.zhtext.engine.SentenceAnalyzer;
import org.zhtext.core.Entity;
import org.zhtext.core.Token;
import org.zhtext.normalize.ScriptDetector;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/**
 * The whole pipeline for one article: the document record, then its tokens, entities and figures, as one
 * block of rows. Built once for the requested record kinds: only the steps those kinds need are built (no
 * engine is loaded for {@code --only document,figure}). Immutable and thread-safe; knows nothing of the CLI.
 */
public final class Analyzer {
    /** The record kinds an analysis can produce. */
    public enum Kind {
        DOCUMENT, TOKEN, ENTITY, FIGURE, TARIFF;

        public static Kind parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown record kind '" + s + "' (document, token, entity, figure, tariff)");
            }
        }
    }

    private final Set<Kind> kinds;
    private final TokenRows tokens;
    private final EntityRows entities;
    private final FigureRows figures;
    /** Tokens and entities in one call per sentence, when both are wanted. */
    private final SentenceAnalyzer both;

    public Analyzer(Set<Kind> kinds, EngineRegistry.Config engine, FigureRows figures, PrintStream log) {
        Thread warmUp = warmUp(figures);
        this.kinds = kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
        // the recognizer first: a trained tagger's model loads here while the engine's dictionaries are still
        // loading in the background (EngineProvider.loadInBackground); the segmenter waits for them
        this.entities = this.kinds.contains(Kind.ENTITY)
                ? new EntityRows(EngineRegistry.recognizer(engine, log), EngineRegistry.entityRules(engine, log)) : null;
        this.tokens = this.kinds.contains(Kind.TOKEN) ? new TokenRows(EngineRegistry.segmenter(engine, log), false) : null;
        this.figures = figures;
        this.both = tokens != null && entities != null ? EngineRegistry.analyzer(engine, log) : null;
        try {
            warmUp.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Texts of the three traditional variants and of simplified script, with figures (our own sentences). */
    private static final List<String> WARM_UP = List.of(
            "美國財政部長表示，對進口鋼鐵加徵的25%關稅將於10月1日生效，裡面包括8億美元的產品。",
            "衞生署説，香港今年首季出口增長3.5%，涉及金額約120億港元。",
            "美国商务部称，自2025年9月13日起对该类产品加征200%的关税。");

    /**
     * Loads, on a second thread while the engines load on this one, what the first articles would otherwise
     * load on the workers: the conversion tables of each traditional variant, the figure lexicons, the
     * sentence splitter. Failures are left to the real articles, which report them per article.
     */
    private static Thread warmUp(FigureRows figures) {
        Thread t = new Thread(() -> {
            try {
                for (String text : WARM_UP) {
                    Article a = Article.of("warm-up", text);
                    DocBuilder.simplified(a).sentences();
                    ScriptDetector.detect(text);
                    if (figures != null) figures.rows(a);
                }
            } catch (RuntimeException e) {
                // nothing to do: the same code runs again on the articles, where failures are reported
            }
        }, "zhtext-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    public Set<Kind> kinds() {
        return kinds;
    }

    /** All rows of an article, computed at once (document record first, then tokens, entities, figures). */
    public List<Row> analyze(Article a) {
        FigureRows.Result fig = kinds.contains(Kind.FIGURE) || kinds.contains(Kind.DOCUMENT) || kinds.contains(Kind.TARIFF)
                ? figures.rows(a) : null;
        List<Row> rows = new ArrayList<>();
        if (kinds.contains(Kind.DOCUMENT)) rows.add(document(a, SentenceSplitter.get().split(a.text()).size(), fig));
        rows.addAll(body(a, fig));
        return rows;
    }

    /**
     * The rows of an article as blocks: at once for an ordinary article; for one longer than
     * {@code windowSize} chars, the document record and then window by window ({@link Windows}), each window's
     * tokens, entities and figures together, computed while they are written.
     */
    public RowBlocks blocks(Article a, int windowSize) {
        if (!Windows.huge(a, windowSize)) return RowBlocks.of(analyze(a));
        return sink -> {
            List<Sentence> sentences = SentenceSplitter.get().split(a.text());
            FigureRows.Result ref = figures.reference(a);
            if (kinds.contains(Kind.DOCUMENT)) sink.accept(List.of(document(a, sentences.size(), ref)));
            Windows.forEach(a, sentences, windowSize, w -> body(w, kinds.contains(Kind.FIGURE) || kinds.contains(Kind.TARIFF)
                    ? figures.rows(w, ref.referenceDate()) : null), sink);
        };
    }

    private Row document(Article a, int sentences, FigureRows.Result fig) {
        int chars = a.text().codePointCount(0, a.text().length());
        return Row.of(Schema.DOCUMENT, a.file(), ScriptDetector.detect(a.text()).label(), chars, sentences,
                fig.referenceDate() == null ? null : fig.referenceDate().toString(), fig.referenceDateSource(), null);
    }

    /** Tokens, entities and figures of a text ({@code fig} already extracted, or null when not wanted). */
    private List<Row> body(Article a, FigureRows.Result fig) {
        List<Row> rows = new ArrayList<>();
        if (both != null) {
            Doc doc = DocBuilder.simplified(a);
            List<Token> toks = new ArrayList<>();
            List<Entity> ents = new ArrayList<>();
            String norm = doc.normalized();
            for (Sentence s : doc.sentences()) {
                String text = s.text(norm);
                SentenceAnalyzer.Analysis r = both.analyze(text);
                tokens.segmenter().add(doc, s, text, r.words(), toks);
                entities.recognizer().add(doc, s, text, r.mentions(), ents);
            }
            entities.recognizer().complete(doc, ents);
            rows.addAll(tokens.rows(a.file(), toks));
            rows.addAll(EntityRows.rows(a.file(), ents));
        } else if (tokens != null || entities != null) {
            Doc doc = DocBuilder.simplified(a);
            if (tokens != null) rows.addAll(tokens.rows(a.file(), tokens.tokens(doc)));
            if (entities != null) rows.addAll(EntityRows.rows(a.file(), entities.entities(doc)));
        }
        if (kinds.contains(Kind.FIGURE)) rows.addAll(fig.figures());
        if (kinds.contains(Kind.TARIFF)) rows.addAll(fig.tariffs());
        return rows;
    }

    /** The rows standing for an input that failed: a document record carrying the error, and an error record. */
    public List<Row> failed(String file, String error) {
        List<Row> rows = new ArrayList<>(2);
        if (kinds.contains(Kind.DOCUMENT)) rows.add(Row.of(Schema.DOCUMENT, file, null, null, null, null, null, error));
        rows.add(Row.of(Schema.ERROR, file, error));
        return rows;
    }
}
