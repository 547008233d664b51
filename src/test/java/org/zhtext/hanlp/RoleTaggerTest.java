package org.zhtext.hanlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import com.hankcs.hanlp.recognition.nr.PersonRecognition;
import com.hankcs.hanlp.recognition.ns.PlaceRecognition;
import com.hankcs.hanlp.recognition.nt.OrganizationRecognition;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.stream.Stream;
import org.zhtext.io.Decoder;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.normalize.Target;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RoleTagger} against HanLP's own methods: its role observations are HanLP's {@code roleObserve} and
 * {@code roleTag} on word paths through real sentences, its role tagging gives HanLP's {@code Viterbi} tags on
 * random observations.
 */
class RoleTaggerTest {
    /** A segmenter opened up to build HanLP's word net of a sentence. */
    private static final class Nets extends ViterbiSegment {
        WordNet of(String sentence) {
            WordNet net = new WordNet(sentence.toCharArray());
            generateWordNet(net);
            return net;
        }
    }

    @Test
    void observationsAreHanlpsOnPathsThroughRealSentences() throws Exception {
        List<String> sentences = new ArrayList<>(List.of(
                "美国财政部长贝森特与中国国务院副总理何立峰在马德里举行会谈。",
                "张伟和李娜在上海市浦东新区的华为技术有限公司工作，王总经理也来了。",
                "泽连斯基说，乌克兰国家银行和北京大学附属医院都派了人，约翰·史密斯没来。"));
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = ChineseConverter.get(Target.SIMPLIFIED, false).convert(Decoder.decode(Files.readAllBytes(p), null).text()).text();
                for (String line : text.split("[。\\n]")) {
                    if (!line.isBlank()) sentences.add(line);
                }
            }
        }
        Nets nets = new Nets();
        int words = 0;
        for (String s : sentences) {
            WordNet net = nets.of(s);
            for (boolean longest : new boolean[] {true, false}) {
                List<Vertex> path = path(net, longest);
                words += path.size();
                same(PersonRecognition.roleObserve(path), RoleTagger.observePersons(path), PersonDictionary.transformMatrixDictionary, s);
                same(PlaceRecognition.roleTag(path, net), RoleTagger.observePlaces(path), PlaceDictionary.transformMatrixDictionary, s);
                same(OrganizationRecognition.roleTag(path, net), RoleTagger.observeOrganizations(path), OrganizationDictionary.transformMatrixDictionary, s);
            }
        }
        assertTrue(words > 2000, "words observed: " + words);
    }

    /** A path through the net from its begin to its end vertex, taking the longest (or shortest) word at each step. */
    private static List<Vertex> path(WordNet net, boolean longest) {
        LinkedList<Vertex>[] rows = net.getVertexes();
        List<Vertex> path = new ArrayList<>();
        path.add(rows[0].getFirst());
        for (int i = 1; i < rows.length - 1; ) {
            Vertex v = rows[i].getFirst();
            for (Vertex w : rows[i]) {
                if (longest ? w.realWord.length() > v.realWord.length() : w.realWord.length() < v.realWord.length()) v = w;
            }
            path.add(v);
            i += v.realWord.length();
        }
        path.add(rows[rows.length - 1].getFirst());
        return path;
    }

    private static <E extends Enum<E>> void same(List<EnumItem<E>> hanlp, List<RoleTagger.Label<E>> ours, TransformMatrixDictionary<E> matrix, String sentence) {
        assertEquals(hanlp.size(), ours.size(), sentence);
        List<RoleTagger.Label<E>> expected = RoleTagger.labels(hanlp, matrix);
        for (int i = 0; i < hanlp.size(); i++) {
            assertArrayEquals(expected.get(i).labels, ours.get(i).labels, sentence + " word " + i + ": " + hanlp.get(i));
            assertArrayEquals(expected.get(i).emission, ours.get(i).emission, sentence + " word " + i);
        }
    }

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
                    RoleTagger.computeEnumSimply(RoleTagger.labels(items, PersonDictionary.transformMatrixDictionary), PersonDictionary.transformMatrixDictionary), "observations " + items);
        }
    }

    @Test
    void personPatternRolesAreThoseOfHanlpsPatterns() {
        // RoleTagger skips person pattern matching in a sentence without any of these roles
        assertTrue(RoleTagger.PATTERN_ROLES.containsAll(List.of(NR.B, NR.C, NR.D, NR.E, NR.F, NR.G, NR.U, NR.V, NR.X, NR.Y, NR.Z)));
        assertTrue(!RoleTagger.PATTERN_ROLES.contains(NR.A) && !RoleTagger.PATTERN_ROLES.contains(NR.K)
                && !RoleTagger.PATTERN_ROLES.contains(NR.L), RoleTagger.PATTERN_ROLES.toString());
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
            assertEquals(Viterbi.computeEnum(items, matrix), RoleTagger.computeEnum(RoleTagger.labels(items, matrix), matrix), "observations " + items);
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
