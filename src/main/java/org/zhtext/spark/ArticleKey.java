package org.zhtext.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An article's place in the CLI's order ({@link Inputs}): the input it came from (position in the arguments), its
 * path below that input as UTF-16BE bytes with {@code U+0000} between names (compared as unsigned bytes: the CLI's
 * sorted walk), and a tie-breaker (rows of a table of articles: a hash of the text).
 */
record ArticleKey(int input, byte[] path, long tie) implements Comparable<ArticleKey>, Serializable {
    @Override
    public int compareTo(ArticleKey o) {
        int c = Integer.compare(input, o.input);
        if (c != 0) return c;
        c = Arrays.compareUnsigned(path, o.path);
        return c != 0 ? c : Long.compare(tie, o.tie);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleKey k && k.input == input && k.tie == tie && Arrays.equals(k.path, path);
    }

    @Override
    public int hashCode() {
        return (input * 31 + Arrays.hashCode(path)) * 31 + Long.hashCode(tie);
    }
}
