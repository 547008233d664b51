package org.zhtext.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Doc;
import org.zhtext.core.Token;
import org.zhtext.engine.WordSegmenter;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;
import org.zhtext.segment.ConlluWriter;
import org.zhtext.segment.DocSegmenter;
import org.zhtext.segment.Tagsets;

/** The token step: segments a Doc and renders token records, CoNLL-U or plain text. Thread-safe. */
public final class TokenRows {
    /** The raw-text pseudo-record used for text and CoNLL-U output (one {@code text} column). */
    public static final Schema TEXT = new Schema("text", List.of("text"));

    private final DocSegmenter segmenter;
    private final boolean ud;

    public TokenRows(WordSegmenter engine, boolean ud) {
        this.segmenter = new DocSegmenter(engine);
        this.ud = ud;
    }

    public DocSegmenter segmenter() {
        return segmenter;
    }

    /** Tokens with the engine's native tags. */
    public List<Token> tokens(Doc doc) {
        return segmenter.segment(doc);
    }

    /** Token records; tags mapped to UPOS when built with {@code ud}. */
    public List<Row> rows(String file, List<Token> tokens) {
        String tagset = segmenter.engine().tagset();
        List<Row> rows = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String pos = ud ? Tagsets.toUpos(tagset, t.pos()) : t.pos();
            rows.add(Row.of(Schema.TOKEN, file, t.sentence(), t.index(), t.text(), t.start(), t.end(), pos, t.normalized()));
        }
        return rows;
    }

    /** Words separated by spaces, one sentence per line. */
    public static Row textRow(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        int sentence = -1;
        for (Token t : tokens) {
            if (t.sentence() != sentence) {
                if (sentence >= 0) sb.append('\n');
                sentence = t.sentence();
            } else {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        if (sentence >= 0) sb.append('\n');
        return Row.of(TEXT, sb.toString());
    }

    /** One document as CoNLL-U (UPOS mapped from the native tags, XPOS native). */
    public Row conlluRow(Doc doc, List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        new ConlluWriter(segmenter.engine().tagset()).write(doc, tokens, doc.article().file(), sb);
        return Row.of(TEXT, sb.toString());
    }
}
