package org.zhtext.engine;

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
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * HanLP's person, place and organization recognizers ({@code PersonRecognition.recognition},
 * {@code PlaceRecognition.recognition}, {@code OrganizationRecognition.recognition} of HanLP 1.8.6) with their
 * role tagging done here. Places and organizations use {@link #computeEnum},
 * which gives the same tags as HanLP's {@code Viterbi.computeEnum} at a fraction of the cost: HanLP recomputes
 * each label's emission cost (a map lookup and a logarithm) for every previous label; here it is computed once
 * per label. The arithmetic of each candidate cost is the same, in the same order, so every comparison and
 * every tie comes out the same. Role observation and pattern matching are HanLP's own methods.
 */
final class RoleTagger {
    private RoleTagger() {}

    /** As PersonRecognition.recognition (without its debug output). */
    static void persons(List<Vertex> path, WordNet optimum, WordNet all) {
        List<EnumItem<NR>> roles = PersonRecognition.roleObserve(path);
        PersonDictionary.parsePattern(computeEnumSimply(roles, PersonDictionary.transformMatrixDictionary), path, optimum, all);
    }

    /**
     * As PlaceRecognition.recognition (without its debug output). Every place pattern (CH, CDH, CDEH, GH) ends in
     * a suffix role H (checked by a test on the loaded patterns), and every tag the role search gives is a label of some observation: without an H among
     * them nothing can match, and the search is skipped (about 40% of news sentences).
     */
    static void places(List<Vertex> path, WordNet optimum, WordNet all) {
        List<EnumItem<NS>> roles = PlaceRecognition.roleTag(path, all);
        if (!anyHas(roles, NS.H)) return;
        PlaceDictionary.parsePattern(computeEnum(roles, PlaceDictionary.transformMatrixDictionary), path, optimum, all);
    }

    /**
     * As OrganizationRecognition.recognition (without its debug output). Each of HanLP's 3,661 organization
     * patterns has a suffix role D (checked by a test on the loaded patterns), so without a D among the
     * observations' labels the search is skipped, as for places.
     */
    static void organizations(List<Vertex> path, WordNet optimum, WordNet all) {
        List<EnumItem<NT>> roles = OrganizationRecognition.roleTag(path, all);
        if (!anyHas(roles, NT.D)) return;
        OrganizationDictionary.parsePattern(computeEnum(roles, OrganizationDictionary.transformMatrixDictionary), path, optimum, all);
    }

    private static <E extends Enum<E>> boolean anyHas(List<EnumItem<E>> roles, E label) {
        for (EnumItem<E> item : roles) {
            if (item.labelMap.containsKey(label)) return true;
        }
        return false;
    }

    /** HanLP 1.8.6's {@code Viterbi.computeEnum}: the same (greedy) role sequence, emission costs computed once. */
    static <E extends Enum<E>> List<E> computeEnum(List<EnumItem<E>> roleTagList, TransformMatrixDictionary<E> matrix) {
        double[][] transition = matrix.transititon_probability;
        int length = roleTagList.size() - 1;
        List<E> tagList = new ArrayList<>(roleTagList.size());
        Iterator<EnumItem<E>> iterator = roleTagList.iterator();
        E pre = iterator.next().labelMap.keySet().iterator().next();
        tagList.add(pre); // the first is given
        Label<E> previous = Label.of(iterator.next(), matrix);
        double[] previousCost = new double[previous.size];
        for (int k = 0; k < previous.size; k++) {
            previousCost[k] = transition[pre.ordinal()][previous.ordinals[k]] - previous.emission[k];
        }
        for (int i = 1; i < length; ++i) {
            Label<E> current = Label.of(iterator.next(), matrix);
            double[] cost = new double[current.size];
            double perfectCostLine = Double.MAX_VALUE;
            for (int k = 0; k < current.size; k++) {
                int cur = current.ordinals[k];
                double emission = current.emission[k];
                double best = Double.MAX_VALUE;
                for (int j = 0; j < previous.size; j++) {
                    double now = previousCost[j] + transition[previous.ordinals[j]][cur] - emission;
                    if (now < best) {
                        best = now;
                        if (now < perfectCostLine) {
                            perfectCostLine = now;
                            pre = previous.labels.get(j);
                        }
                    }
                }
                cost[k] = best;
            }
            tagList.add(pre);
            previous = current;
            previousCost = cost;
        }
        tagList.add(tagList.get(0)); // the end, like the start
        return tagList;
    }

    /**
     * HanLP 1.8.6's {@code Viterbi.computeEnumSimply} (greedy: each tag from the previous one), reading each
     * label's frequency from the map entry instead of looking it up again.
     */
    static <E extends Enum<E>> List<E> computeEnumSimply(List<EnumItem<E>> roleTagList, TransformMatrixDictionary<E> matrix) {
        double[][] transition = matrix.transititon_probability;
        int length = roleTagList.size() - 1;
        List<E> tagList = new ArrayList<>(roleTagList.size());
        Iterator<EnumItem<E>> iterator = roleTagList.iterator();
        E pre = iterator.next().labelMap.keySet().iterator().next();
        E perfectTag = pre;
        tagList.add(pre); // the first is given
        for (int i = 0; i < length; ++i) {
            double perfectCost = Double.MAX_VALUE;
            for (Map.Entry<E, Integer> e : iterator.next().labelMap.entrySet()) {
                E cur = e.getKey();
                double now = transition[pre.ordinal()][cur.ordinal()] - Math.log((e.getValue() + 1e-8) / matrix.getTotalFrequency(cur));
                if (perfectCost > now) {
                    perfectCost = now;
                    perfectTag = cur;
                }
            }
            pre = perfectTag;
            tagList.add(pre);
        }
        return tagList;
    }

    /** An observation's labels in the map's order, with their emission costs. */
    private record Label<E extends Enum<E>>(int size, List<E> labels, int[] ordinals, double[] emission) {
        static <E extends Enum<E>> Label<E> of(EnumItem<E> item, TransformMatrixDictionary<E> matrix) {
            int n = item.labelMap.size();
            List<E> labels = new ArrayList<>(n);
            int[] ordinals = new int[n];
            double[] emission = new double[n];
            int k = 0;
            for (Map.Entry<E, Integer> e : item.labelMap.entrySet()) {
                E label = e.getKey();
                labels.add(label);
                ordinals[k] = label.ordinal();
                emission[k] = Math.log((e.getValue() + 1e-8) / matrix.getTotalFrequency(label));
                k++;
            }
            return new Label<>(n, labels, ordinals, emission);
        }
    }
}
