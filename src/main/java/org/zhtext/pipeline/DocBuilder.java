package org.zhtext.pipeline;

import org.zhtext.core.Article;
import org.zhtext.core.Doc;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;

/** Builds the {@link Doc} every engine step reads: the article with its simplified normalization. */
public final class DocBuilder {
    private DocBuilder() {}

    public static Doc simplified(Article a) {
        return new Doc(a, ChineseConverter.get(Target.SIMPLIFIED, false).convert(a.text()));
    }
}
