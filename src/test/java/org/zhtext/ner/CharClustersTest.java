package org.zhtext.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The character clusters (exchange algorithm) and the cluster features of a model (saved, loaded, folded into rows). */
class CharClustersTest {
    private static final String SURNAMES = "甲乙丙丁戊", HEADS = "省市县镇村", FILL = "的了在是有";

    /**
     * Sentences of a small grammar: a surname then a filler char, or a filler then a place head, in seeded random
     * order: the surnames share their right contexts, the heads their left ones.
     */
    private static List<int[]> corpus() {
        SplittableRandom r = new SplittableRandom(7);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 6; j++) {
                if (r.nextBoolean()) sb.append(SURNAMES.charAt(r.nextInt(5))).append(FILL.charAt(r.nextInt(5)));
                else sb.append(FILL.charAt(r.nextInt(5))).append(HEADS.charAt(r.nextInt(5)));
            }
            out.add(NerFeatures.codes(sb));
        }
        return out;
    }

    @Test
    void exchangeSeparatesCharsOfDifferentContexts() {
        int[] count = new int[0x10000];
        CharClusters c = CharClusters.learn(corpus(), new int[] {3, 8}, 2, new String[2], count, null);
        assertEquals(15, c.vocabulary());
        assertEquals(2, c.granularities());
        for (String group : List.of(SURNAMES, HEADS, FILL)) {
            for (int i = 1; i < group.length(); i++) {
                assertEquals(c.classOf(0, group.charAt(0)), c.classOf(0, group.charAt(i)), group);
            }
        }
        assertNotEquals(c.classOf(0, '甲'), c.classOf(0, '省'));
        assertNotEquals(c.classOf(0, '甲'), c.classOf(0, '的'));
        assertNotEquals(c.classOf(0, '省'), c.classOf(0, '的'));
        assertEquals(-1, c.classOf(0, '林'), "an unseen char has no class");
        assertTrue(count['甲'] > 0);
        // deterministic: a second run gives the same classes
        CharClusters again = CharClusters.learn(corpus(), new int[] {3, 8}, 2, new String[2], new int[0x10000], null);
        for (int ch : c.codes()) for (int g = 0; g < 2; g++) assertEquals(c.classOf(g, ch), again.classOf(g, ch));
    }

    /**
     * A model whose only emission weight is one cluster key (the class of the char itself, for S-PER) tags every
     * char of that class S-PER, whether or not it has keys of its own, and no other char; it saves and loads to the
     * same bytes with its clusters.
     */
    @Test
    void clusterWeightsAreFoldedIntoTheRowsOfTheClass() throws IOException {
        CharClusters c = CharClusters.learn(corpus(), new int[] {3}, 2, new String[1], new int[0x10000], null);
        int L = NerTags.TAGS.size(), sPer = NerTags.tag(0, 3);
        long clusterKey = NerFeatures.clusterKey(0, 0, c.classOf(0, '甲'));
        long ownKey = NerFeatures.normalize('省') | (long) (NerFeatures.UNIGRAM + 2) << 58; // a unigram key of 省 (no weight for S-PER)
        long[] keys = {ownKey, clusterKey};
        Arrays.sort(keys);
        float[] w = new float[keys.length * L];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == clusterKey) w[i * L + sPer] = 5f;
            else w[i * L] = 0.5f; // 省: a little towards O
        }
        float[] transitions = new float[(L + 1) * L];
        NerModel m = NerModel.quantize(keys, w, transitions, L, false, c);
        int[] tags = m.tag("甲省乙林丁", (long[]) null);
        assertEquals(sPer, tags[0]);
        assertNotEquals(sPer, tags[1]);
        assertEquals(sPer, tags[2]);
        assertNotEquals(sPer, tags[3], "林 has no class");
        assertEquals(sPer, tags[4]);
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        m.save(a);
        NerModel loaded = NerModel.load(new ByteArrayInputStream(a.toByteArray()));
        loaded.save(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        assertArrayEquals(tags, loaded.tag("甲省乙林丁", (long[]) null));
        assertEquals(c.classOf(0, '丙'), loaded.clusters.classOf(0, '丙'));
    }
}
