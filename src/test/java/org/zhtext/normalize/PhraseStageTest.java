package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhtext.core.CodePointTrie;

/**
 * A chain whose segmentation dictionary is its phrase stage's first dictionary (the same trie) takes the
 * segmentation's answers in that stage ({@link ConversionChain}'s phrase stage); the text and pieces are those of
 * the same chain asking every stage itself (segmentation given an equal trie that is another object).
 */
class PhraseStageTest {
    private static DictGroup group(String... keys) {
        CodePointTrie[] tries = new CodePointTrie[keys.length];
        for (int i = 0; i < keys.length; i++) tries[i] = OpenccData.trie(List.of(keys[i].split("\\+")));
        return new DictGroup(tries);
    }

    private static List<String> sample(String dict, Random rnd, int n) {
        List<String> keys = new ArrayList<>(OpenccData.dict(dict).keySet());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(keys.get(rnd.nextInt(keys.size())));
        return out;
    }

    @Test
    void takingTheSegmentationsAnswersChangesNothing() {
        String st = "STPhrases+STPhrases_GeneratedFromRegionalPhrases";
        // tw2s: the phrases in the second stage, after TWVariantsRev*; s2twp: in the first stage
        String[][] chains = {
            {"TSPhrases", "TWVariantsRevPhrases|TWVariantsRev", "TSPhrases|TSCharactersExt|TSCharacters"},
            {"TSPhrases", "HKVariantsRevPhrases|HKVariantsRev", "TSPhrases|TSCharactersExt|TSCharacters"},
            {st, st + "|STCharacters", "TWPhrases|TWVariantsPhrases|TWVariants"},
            {st, st + "|STCharacters", "HKVariantsPhrases|HKVariants"},
        };
        Random rnd = new Random(28);
        List<String> pieces = new ArrayList<>();
        for (String d : List.of("TSPhrases", "STPhrases", "TWPhrases", "TWVariants", "HKVariants", "TWVariantsRevPhrases")) {
            pieces.addAll(sample(d, rnd, 200));
        }
        pieces.addAll(List.of("⿰氵⿱艹", "⿰", "⿱木", "𠀀𪚥", "，", "\n", "abc", "裡", "裏", "著", "爲", "綫"));
        for (String[] c : chains) {
            DictGroup[] stages = new DictGroup[c.length - 1];
            for (int i = 1; i < c.length; i++) stages[i - 1] = group(c[i].split("\\|"));
            CodePointTrie same = OpenccData.trie(List.of(c[0].split("\\+")));
            CodePointTrie copy = OpenccData.parsedTrie(List.of(c[0].split("\\+")));
            assertNotSame(same, copy);
            ConversionChain shortcut = new ConversionChain(new DictGroup(same), stages);
            ConversionChain plain = new ConversionChain(new DictGroup(copy), stages);
            for (int round = 0; round < 300; round++) {
                StringBuilder b = new StringBuilder();
                int n = 1 + rnd.nextInt(30);
                for (int i = 0; i < n; i++) {
                    String p = pieces.get(rnd.nextInt(pieces.size()));
                    // whole keys, and keys cut short or run together
                    b.append(rnd.nextInt(4) == 0 ? p.substring(rnd.nextInt(p.length())) : p);
                }
                int[] text = b.toString().codePoints().toArray();
                ConversionChain.Sink a = new ConversionChain.Sink(), e = new ConversionChain.Sink();
                shortcut.convert(text, 0, text.length, new ConversionChain.Workspace(), a);
                plain.convert(text, 0, text.length, new ConversionChain.Workspace(), e);
                String what = String.join(" ", c) + ": " + b;
                assertArrayEquals(Arrays.copyOf(e.cps, e.n), Arrays.copyOf(a.cps, a.n), what);
                assertArrayEquals(Arrays.copyOf(e.pieces, 2 * e.np), Arrays.copyOf(a.pieces, 2 * a.np), what);
            }
        }
    }
}
