package org.zhtext.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * Range partitions of articles computed from the driver's listing of the input files, exactly: every file's key
 * and size are known before any task runs, so the ranges need no sampling job (Spark's range partitioner samples
 * the data in a job of its own) and hold about the same number of bytes each. Partition {@code i} holds the keys
 * after boundary {@code i - 1} up to boundary {@code i}.
 */
final class ListedRanges extends Partitioner {
    private static final long serialVersionUID = 1L;
    /** What an article costs besides its bytes, in bytes of text: reading, its document record, its part file rows. */
    static final long ARTICLE_COST = 2048;

    /** A listed file: its key and length in bytes. */
    record Listed(ArticleKey key, long length) {}

    private final ArticleKey[] bounds;

    private ListedRanges(ArticleKey[] bounds) {
        this.bounds = bounds;
    }

    /** Up to {@code partitions} ranges of about equal cost over the listed files (fewer when there are fewer files). */
    static ListedRanges of(List<Listed> files, int partitions) {
        List<Listed> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        long total = 0;
        for (Listed f : sorted) total += f.length() + ARTICLE_COST;
        List<ArticleKey> bounds = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < sorted.size() - 1 && bounds.size() < partitions - 1; i++) {
            sum += sorted.get(i).length() + ARTICLE_COST;
            // close range k once its share is reached; never split equal keys (the same file twice) apart
            if (sum * partitions >= total * (bounds.size() + 1) && sorted.get(i).key().compareTo(sorted.get(i + 1).key()) < 0) {
                bounds.add(sorted.get(i).key());
            }
        }
        return new ListedRanges(bounds.toArray(new ArticleKey[0]));
    }

    @Override
    public int numPartitions() {
        return bounds.length + 1;
    }

    @Override
    public int getPartition(Object key) {
        int i = Arrays.binarySearch(bounds, (ArticleKey) key);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListedRanges r && Arrays.equals(r.bounds, bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }
}
