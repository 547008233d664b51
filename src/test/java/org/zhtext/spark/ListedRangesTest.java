package org.zhtext.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The job's range partitions over the driver's listing: in key order, of about equal cost, equal keys together. */
class ListedRangesTest {
    private static ArticleKey key(int input, String path) {
        return new ArticleKey(input, path.replace('/', '\0').getBytes(StandardCharsets.UTF_16BE), 0L);
    }

    @Test
    void rangesFollowTheKeyOrderAndBalanceBytes() {
        Random random = new Random(7);
        List<ListedRanges.Listed> files = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            files.add(new ListedRanges.Listed(key(i % 3, String.format("d%02d/%05d.txt", random.nextInt(50), i)), 1000 + random.nextInt(9000)));
        }
        ListedRanges r = ListedRanges.of(files, 8);
        assertEquals(8, r.numPartitions());
        List<ListedRanges.Listed> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        long[] cost = new long[8];
        int last = 0;
        for (ListedRanges.Listed f : sorted) {
            int p = r.getPartition(f.key());
            assertTrue(p >= last, "partitions follow the key order");
            last = p;
            cost[p] += f.length() + ListedRanges.ARTICLE_COST;
        }
        long total = java.util.Arrays.stream(cost).sum();
        for (long c : cost) assertTrue(Math.abs(c - total / 8.0) < total / 8.0 * 0.1, java.util.Arrays.toString(cost));
        // a key that was not listed still has its place: before, between and after the listed ones
        assertEquals(0, r.getPartition(key(-1, "a")));
        assertEquals(7, r.getPartition(key(9, "z")));
    }

    @Test
    void fewFilesMakeFewerPartitionsAndEqualKeysStayTogether() {
        ArticleKey same = key(0, "a.txt");
        List<ListedRanges.Listed> files = List.of(new ListedRanges.Listed(same, 100), new ListedRanges.Listed(same, 100),
                new ListedRanges.Listed(key(1, "b.txt"), 100));
        ListedRanges r = ListedRanges.of(files, 16);
        assertTrue(r.numPartitions() <= 2, "no more ranges than distinct keys: " + r.numPartitions());
        assertEquals(1, ListedRanges.of(List.of(), 16).numPartitions());
        // unsigned byte order: U+00E9 after U+007A, as the CLI's sorted walk (UTF-16 code units)
        assertTrue(key(0, "\u00e9").compareTo(key(0, "z")) > 0);
        assertTrue(key(0, "\uff21").compareTo(key(0, "\u00e9")) > 0);
    }
}
