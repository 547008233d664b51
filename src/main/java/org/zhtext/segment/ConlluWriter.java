package org.zhtext.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.zhtext.core.Doc;
import org.zhtext.core.Token;

/**
 * Writes tokens as CoNLL-U: a {@code # newdoc id} per document, {@code # sent_id} and {@code # text} (the
 * original sentence) per sentence, FORM = original surface, UPOS mapped from the engine tag with
 * {@link Tagsets}, XPOS = the engine's native tag, {@code _} for lemma, features and the parse columns.
 * MISC holds {@code SpaceAfter=No} when the original has no whitespace after the token,
 * {@code TokenRange=start:end} (code point offsets into the original, as UDPipe writes them) and
 * {@code Simplified=…} when the simplified form differs from the surface.
 */
public final class ConlluWriter {
    private final String tagset;

    /** @param tagset the native tagset of the tokens' {@code pos} ({@code pku}, {@code ctb}, {@code ud}) */
    public ConlluWriter(String tagset) {
        this.tagset = tagset;
    }

    /** Writes one document's tokens (as returned by {@link DocSegmenter}) under the id {@code docId}. */
    public void write(Doc doc, List<Token> tokens, String docId, Appendable out) {
        try {
            out.append("# newdoc id = ").append(clean(docId)).append('\n');
            int i = 0;
            while (i < tokens.size()) {
                int j = i;
                while (j < tokens.size() && tokens.get(j).sentence() == tokens.get(i).sentence()) j++;
                writeSentence(doc, tokens.subList(i, j), docId, j < tokens.size() ? tokens.get(j) : null, out);
                i = j;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSentence(Doc doc, List<Token> sent, String docId, Token nextSentence, Appendable out) throws IOException {
        Token first = sent.get(0), last = sent.get(sent.size() - 1);
        out.append("# sent_id = ").append(clean(docId)).append('-').append(Integer.toString(first.sentence() + 1)).append('\n');
        out.append("# text = ").append(clean(doc.originalText(first.start(), last.end()))).append('\n');
        for (int k = 0; k < sent.size(); k++) {
            Token t = sent.get(k);
            int nextStart = k + 1 < sent.size() ? sent.get(k + 1).start() : nextSentence != null ? nextSentence.start() : -1;
            // whitespace is never a token, so a gap before the next token (or trailing text) is whitespace
            boolean spaceAfter = nextStart < 0 ? t.end() < doc.conversion().map().originalLength() : nextStart > t.end();
            StringBuilder misc = new StringBuilder();
            if (!spaceAfter) misc.append("SpaceAfter=No|");
            misc.append("TokenRange=").append(t.start()).append(':').append(t.end());
            if (!t.normalized().equals(t.text())) misc.append("|Simplified=").append(clean(t.normalized()));
            out.append(Integer.toString(t.index() + 1)).append('\t').append(clean(t.text())).append("\t_\t")
                    .append(Tagsets.toUpos(tagset, t.pos())).append('\t').append(t.pos() == null ? "_" : clean(t.pos()))
                    .append("\t_\t_\t_\t_\t").append(misc).append('\n');
        }
        out.append('\n');
    }

    /** CoNLL-U fields and comments hold no tabs or line breaks. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
    }
}
