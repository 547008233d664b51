package org.zhtext.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trainer's partial labels (zhtext.ner.partial): which tags a char may take, and the constrained decode. */
class NerPartialLabelsTest {
    private static final int L = NerTags.TAGS.size(), LOC = NerTags.TYPES.indexOf("LOC"), PER = NerTags.TYPES.indexOf("PER");

    /** 他去了法国巴黎。 with 他 gold PER and the rest O. */
    private static NerCorpus.Sentence sentence() {
        String text = "他去了法国巴黎。";
        return new NerCorpus.Sentence(text, NerTags.encode(text.length(), List.of(new int[] {PER, 0, 1})));
    }

    @Test
    void gazetteerModeRelaxesOnlyWholePlaceNamesInsideOStretches() {
        boolean[][] a = NerTrainer.allowedTags(sentence(), LOC, L, Set.of("法国", "巴黎", "他去"));
        assertTrue(a[3][NerTags.tag(LOC, 0)] && a[4][NerTags.tag(LOC, 2)], "法国 may be B-LOC E-LOC");
        assertTrue(a[5][NerTags.tag(LOC, 0)] && a[6][NerTags.tag(LOC, 2)], "巴黎 may be B-LOC E-LOC");
        assertFalse(a[3][NerTags.tag(LOC, 3)] || a[4][NerTags.tag(LOC, 1)], "no other LOC shape");
        assertFalse(a[0][NerTags.tag(LOC, 0)], "他去 overlaps the gold PER: not relaxed");
        for (int i = 0; i < a.length; i++) assertTrue(a[i][sentence().tags()[i]], "the gold tag stays allowed");
        assertEquals(1, count(a[0]), "a labelled char keeps its tag only");
    }

    @Test
    void anyModeRelaxesEveryOChar() {
        boolean[][] a = NerTrainer.allowedTags(sentence(), LOC, L, null);
        assertEquals(1, count(a[0]));
        for (int i = 1; i < a.length; i++) assertEquals(5, count(a[i]), "O or any LOC tag at " + i);
    }

    @Test
    void constrainedDecodeFollowsTheWeightsWithinWhatIsAllowed() {
        NerCorpus.Sentence s = sentence();
        int n = s.text().length(), base = L + 1;
        int[][] f = new int[n][];
        for (int i = 0; i < n; i++) f[i] = new int[] {base + i, -1}; // one feature per position, then the transition slot
        NerTrainer.CharInstance instance = new NerTrainer.CharInstance(f, s.tags());
        AveragedPerceptron model = new AveragedPerceptron(new NerTrainer.IdFeatureMap(NerTrainer.tagSet(), base + n));
        boolean[][] allowed = NerTrainer.allowedTags(s, LOC, L, Set.of("法国", "巴黎"));
        int bos = NerTrainer.tagSet().bosId();
        assertArrayEquals(s.tags(), NerTrainer.constrainedDecode(model, instance, allowed, L, bos), "zero weights: the gold tags (ties keep O)");
        // weights that want 法国 as a place and 巴黎 as a person: 法国 becomes B-LOC E-LOC, 巴黎 stays O (PER is not allowed)
        model.parameter[(base + 3) * L + NerTags.tag(LOC, 0)] = 5;
        model.parameter[(base + 4) * L + NerTags.tag(LOC, 2)] = 5;
        model.parameter[(base + 5) * L + NerTags.tag(PER, 0)] = 9;
        model.parameter[(base + 6) * L + NerTags.tag(PER, 2)] = 9;
        int[] out = NerTrainer.constrainedDecode(model, instance, allowed, L, bos);
        int[] want = s.tags().clone();
        want[3] = NerTags.tag(LOC, 0);
        want[4] = NerTags.tag(LOC, 2);
        assertArrayEquals(want, out);
        // a B-LOC alone is not valid BIOES: wanting only the B gives O again
        model.parameter[(base + 4) * L + NerTags.tag(LOC, 2)] = -50;
        assertArrayEquals(s.tags(), NerTrainer.constrainedDecode(model, instance, allowed, L, bos));
    }

    private static int count(boolean[] a) {
        int c = 0;
        for (boolean b : a) if (b) c++;
        return c;
    }
}
