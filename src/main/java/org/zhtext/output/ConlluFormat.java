package org.zhtext.output;

/** CoNLL-U: segment's tokens, one document per article, rendered by segment/ConlluWriter. */
final class ConlluFormat extends DocumentFormat {
    @Override
    public String name() {
        return "conllu";
    }

    @Override
    public String extension() {
        return "conllu";
    }
}
