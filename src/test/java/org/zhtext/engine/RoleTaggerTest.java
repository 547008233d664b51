package org.zhtext.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.algorithm.Viterbi;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.NS;
import com.hankcs.hanlp.corpus.tag.NT;
import com.hankcs.hanlp.dictionary.TransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import com.hankcs.hanlp.dictionary.nt.OrganizationDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RoleTagger#computeEnum} gives HanLP's own {@code Viterbi.computeEnum} tags on random observations. */
class RoleTaggerTest {
    @Test
    void placeRolesAreHanlps() {
        same(NS.values(), PlaceDictionary.transformMatrixDictionary, 11);
    }

    @Test
    void organizationRolesAreHanlps() {
        same(NT.values(), OrganizationDictionary.transformMatrixDictionary, 12);
    }

    @Test
    void personRolesAreHanlps() {
        Random r = new Random(13);
        NR[] labels = NR.values();
        for (int n = 0; n < 3000; n++) {
            List<EnumItem<NR>> items = observations(labels, r);
            assertEquals(Viterbi.computeEnumSimply(items, PersonDictionary.transformMatrixDictionary),
                    RoleTagger.computeEnumSimply(items, PersonDictionary.transformMatrixDictionary), "observations " + items);
        }
    }

    @Test
    void everyPatternNeedsTheRoleWhoseAbsenceSkipsTheSearch() {
        // RoleTagger skips the role search of a sentence with no H (places) or no D (organizations) candidate
        int places = PlaceDictionary.trie.size(), organizations = OrganizationDictionary.trie.size();
        assertEquals(4, places);
        assertTrue(organizations > 3000, "organization patterns: " + organizations);
        for (int i = 0; i < places; i++) assertTrue(PlaceDictionary.trie.get(i).indexOf('H') >= 0, PlaceDictionary.trie.get(i));
        for (int i = 0; i < organizations; i++) {
            assertTrue(OrganizationDictionary.trie.get(i).indexOf('D') >= 0, OrganizationDictionary.trie.get(i));
        }
    }

    private static <E extends Enum<E>> void same(E[] labels, TransformMatrixDictionary<E> matrix, long seed) {
        Random r = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            List<EnumItem<E>> items = observations(labels, r);
            assertEquals(Viterbi.computeEnum(items, matrix), RoleTagger.computeEnum(items, matrix), "observations " + items);
        }
    }

    /** 2 to 31 observations of 1 to 5 labels (the first of one), frequencies from 1 to 10^6, often equal (ties). */
    private static <E extends Enum<E>> List<EnumItem<E>> observations(E[] labels, Random r) {
        List<EnumItem<E>> items = new ArrayList<>();
        int length = 2 + r.nextInt(30);
        for (int i = 0; i < length; i++) {
            EnumItem<E> item = new EnumItem<>();
            int k = 1 + r.nextInt(i == 0 ? 1 : 5);
            for (int j = 0; j < k; j++) item.labelMap.put(labels[r.nextInt(labels.length)], r.nextBoolean() ? 1000 : 1 + r.nextInt(1_000_000));
            items.add(item);
        }
        return items;
    }
}
