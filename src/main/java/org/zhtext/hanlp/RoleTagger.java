package org.zhtext.hanlp;

import static com.hankcs.hanlp.corpus.tag.Nature.m;
import static com.hankcs.hanlp.corpus.tag.Nature.ni;
import static com.hankcs.hanlp.corpus.tag.Nature.nic;
import static com.hankcs.hanlp.corpus.tag.Nature.nis;
import static com.hankcs.hanlp.corpus.tag.Nature.nit;
import static com.hankcs.hanlp.corpus.tag.Nature.nnt;
import static com.hankcs.hanlp.corpus.tag.Nature.nr;
import static com.hankcs.hanlp.corpus.tag.Nature.nrf;
import static com.hankcs.hanlp.corpus.tag.Nature.ns;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.NS;
import com.hankcs.hanlp.corpus.tag.NT;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import com.hankcs.hanlp.dictionary.nt.OrganizationDictionary;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import com.hankcs.hanlp.dictionary.nr.NRPattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * HanLP's person, place and organization recognizers ({@code PersonRecognition.recognition},
 * {@code PlaceRecognition.recognition}, {@code OrganizationRecognition.recognition} of HanLP 1.8.6) with their
 * role observation and role tagging done here; the pattern matching is HanLP's own ({@code parsePattern}).
 * <ul>
 * <li>Role observation follows HanLP's {@code roleObserve}/{@code roleTag} rule for rule, but each word's
 * dictionary entry is looked up once ({@link Entries}) instead of in each sentence, and kept as a
 * {@link Label}: the entry's labels in HanLP's order with their emission costs computed once.</li>
 * <li>Role tagging: {@link #computeEnum} gives the same tags as HanLP's {@code Viterbi.computeEnum} and
 * {@link #computeEnumSimply} as its {@code computeEnumSimply}, the arithmetic of each candidate cost the same, in
 * the same order, so every comparison and every tie comes out the same; HanLP recomputes each label's emission
 * cost (a map lookup and a logarithm) for every previous label.</li>
 * </ul>
 * Tests compare both halves with HanLP's own methods.
 */
final class RoleTagger {
    private RoleTagger() {}

    private static final TransformMatrixDictionary<NR> NR_MATRIX = PersonDictionary.transformMatrixDictionary;

    // the observations HanLP builds from rules rather than from a dictionary entry, as labels
    private static final Label<NR> NR_BEGIN = Label.of(new EnumItem<>(NR.A, NR.K), NR_MATRIX);
    private static final Label<NR> NR_THIRD_CHAR = Label.of(item(NR.X, 2, NR.G, 1), NR_MATRIX);
    private static final Label<NR> NR_OTHER = Label.of(new EnumItem<>(NR.A, NR_MATRIX.getTotalFrequency(NR.A)), NR_MATRIX);
    private static final Label<NR> NR_TITLE = Label.of(new EnumItem<>(NR.G, NR.K), NR_MATRIX);

    /**
     * The place recognizer's data, loaded on its first use: a run that only segments (the words of the default
     * path, whose entities come from the trained tagger) never loads HanLP's place dictionaries (about 0.3 s).
     */
    private static final class Places {
        static final TransformMatrixDictionary<NS> MATRIX = PlaceDictionary.transformMatrixDictionary;
        static final Label<NS> SHORT_PLACE = Label.of(new EnumItem<>(NS.H, NS.G), MATRIX);
        static final Label<NS> LONG_PLACE = Label.of(new EnumItem<>(NS.G), MATRIX);
        static final Label<NS> OTHER = Label.of(new EnumItem<>(NS.Z, MATRIX.getTotalFrequency(NS.Z)), MATRIX);
        static final Entries<NS> ENTRIES = new Entries<>(PlaceDictionary.dictionary::get, MATRIX, 1);
    }

    /** The organization recognizer's data, loaded on its first use (as {@link Places}). */
    private static final class Organizations {
        static final TransformMatrixDictionary<NT> MATRIX = OrganizationDictionary.transformMatrixDictionary;
        static final Label<NT> FOREIGN_NAME = Label.of(new EnumItem<>(NT.F, 1000), MATRIX);
        static final Label<NT> ORGANIZATION = Label.of(item(NT.K, 1000, NT.D, 1000), MATRIX);
        static final Label<NT> NUMBER = Label.of(new EnumItem<>(NT.M, 1000), MATRIX);
        static final Label<NT> OTHER = Label.of(new EnumItem<>(NT.Z, MATRIX.getTotalFrequency(NT.Z)), MATRIX);
        static final Entries<NT> ENTRIES = new Entries<>(OrganizationDictionary.dictionary::get, MATRIX, 2);
    }

    /**
     * The roles that can take part in a person pattern: the letters of HanLP's patterns ({@link NRPattern}), and
     * U and V, which HanLP's pattern matching splits into two roles each.
     */
    static final Set<NR> PATTERN_ROLES = patternRoles();

    private static Set<NR> patternRoles() {
        Set<NR> roles = EnumSet.of(NR.U, NR.V);
        for (NRPattern p : NRPattern.values()) {
            for (char c : p.name().toCharArray()) roles.add(NR.valueOf(String.valueOf(c)));
        }
        return roles;
    }

    /**
     * As PersonRecognition.recognition (without its debug output). The pattern matching, which only acts on a
     * pattern match, is skipped when no role of the sentence can take part in one.
     */
    static void persons(List<Vertex> path, WordNet optimum, WordNet all) {
        List<NR> roles = computeEnumSimply(observePersons(path), NR_MATRIX);
        for (NR role : roles) {
            if (PATTERN_ROLES.contains(role)) {
                PersonDictionary.parsePattern(roles, path, optimum, all);
                return;
            }
        }
    }

    /**
     * As PlaceRecognition.recognition (without its debug output). Every place pattern (CH, CDH, CDEH, GH) ends in
     * a suffix role H (checked by a test on the loaded patterns), and every tag the role search gives is a label of some observation: without an H among
     * them nothing can match, and the search is skipped (about 40% of news sentences).
     */
    static void places(List<Vertex> path, WordNet optimum, WordNet all) {
        List<Label<NS>> roles = observePlaces(path);
        if (!anyHas(roles, NS.H)) return;
        PlaceDictionary.parsePattern(computeEnum(roles, Places.MATRIX), path, optimum, all);
    }

    /**
     * As OrganizationRecognition.recognition (without its debug output). Each of HanLP's 3,661 organization
     * patterns has a suffix role D (checked by a test on the loaded patterns), so without a D among the
     * observations' labels the search is skipped, as for places.
     */
    static void organizations(List<Vertex> path, WordNet optimum, WordNet all) {
        List<Label<NT>> roles = observeOrganizations(path);
        if (!anyHas(roles, NT.D)) return;
        OrganizationDictionary.parsePattern(computeEnum(roles, Organizations.MATRIX), path, optimum, all);
    }

    /** HanLP 1.8.6's {@code PersonRecognition.roleObserve}, as labels. */
    static List<Label<NR>> observePersons(List<Vertex> path) {
        Observations cache = Observations.get();
        List<Label<NR>> out = new ArrayList<>(path.size());
        boolean first = true;
        for (Vertex v : path) {
            if (first) { // the begin vertex
                out.add(NR_BEGIN);
                first = false;
                continue;
            }
            Label<NR> label = PERSON_ENTRIES.lookup(v, v.realWord, cache.persons);
            if (label == null) {
                Nature nature = v.guessNature();
                if (nature == nr) {
                    // some two-char names are the first two chars of a three-char name
                    label = v.getAttribute().totalFrequency <= 1000 && v.realWord.length() == 2 ? NR_THIRD_CHAR : NR_OTHER;
                } else if (nature == nnt) {
                    label = NR_TITLE; // surname + title
                } else {
                    label = NR_OTHER;
                }
            }
            out.add(label);
        }
        return out;
    }

    /** HanLP 1.8.6's {@code PlaceRecognition.roleTag}, as labels. */
    static List<Label<NS>> observePlaces(List<Vertex> path) {
        Observations cache = Observations.get();
        List<Label<NS>> out = new ArrayList<>(path.size());
        for (Vertex v : path) {
            Label<NS> label;
            if (ns == v.getNature() && v.getAttribute().totalFrequency <= 1000) {
                // a two-char place can take a suffix or a prefix, a longer one only a suffix
                label = v.realWord.length() < 3 ? Places.SHORT_PLACE : Places.LONG_PLACE;
            } else {
                label = Places.ENTRIES.lookup(v, v.word, cache.places);
                if (label == null) label = Places.OTHER;
            }
            out.add(label);
        }
        return out;
    }

    /** HanLP 1.8.6's {@code OrganizationRecognition.roleTag}, as labels. */
    static List<Label<NT>> observeOrganizations(List<Vertex> path) {
        Observations cache = Observations.get();
        List<Label<NT>> out = new ArrayList<>(path.size());
        for (Vertex v : path) {
            Nature nature = v.guessNature();
            Label<NT> label = null;
            if (nature == nrf) {
                if (v.getAttribute().totalFrequency <= 1000) label = Organizations.FOREIGN_NAME;
            } else if (nature == ni || nature == nic || nature == nis || nature == nit) {
                label = Organizations.ORGANIZATION;
            } else if (nature == m) {
                label = Organizations.NUMBER;
            }
            if (label == null) {
                label = Organizations.ENTRIES.lookup(v, v.word, cache.organizations);
                if (label == null) label = Organizations.OTHER;
            }
            out.add(label);
        }
        return out;
    }

    private static <E extends Enum<E>> boolean anyHas(List<Label<E>> roles, E label) {
        int ordinal = label.ordinal();
        for (Label<E> l : roles) {
            for (int o : l.ordinals) {
                if (o == ordinal) return true;
            }
        }
        return false;
    }

    /** Observations as labels (for tests: HanLP's own Viterbi reads the items). */
    static <E extends Enum<E>> List<Label<E>> labels(List<EnumItem<E>> items, TransformMatrixDictionary<E> matrix) {
        List<Label<E>> labels = new ArrayList<>(items.size());
        for (EnumItem<E> item : items) labels.add(Label.of(item, matrix));
        return labels;
    }

    /** HanLP 1.8.6's {@code Viterbi.computeEnum}: the same (greedy) role sequence, emission costs computed once. */
    static <E extends Enum<E>> List<E> computeEnum(List<Label<E>> roles, TransformMatrixDictionary<E> matrix) {
        double[][] transition = matrix.transititon_probability;
        int size = roles.size();
        List<E> tagList = new ArrayList<>(size);
        E pre = roles.get(0).labels[0];
        tagList.add(pre); // the first is given
        Label<E> previous = roles.get(1);
        double[] previousCost = new double[previous.size()];
        for (int k = 0; k < previous.size(); k++) {
            previousCost[k] = transition[pre.ordinal()][previous.ordinals[k]] - previous.emission[k];
        }
        for (int i = 2; i < size; ++i) {
            Label<E> current = roles.get(i);
            double[] cost = new double[current.size()];
            double perfectCostLine = Double.MAX_VALUE;
            for (int k = 0; k < current.size(); k++) {
                int cur = current.ordinals[k];
                double emission = current.emission[k];
                double best = Double.MAX_VALUE;
                for (int j = 0; j < previous.size(); j++) {
                    double now = previousCost[j] + transition[previous.ordinals[j]][cur] - emission;
                    if (now < best) {
                        best = now;
                        if (now < perfectCostLine) {
                            perfectCostLine = now;
                            pre = previous.labels[j];
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

    /** HanLP 1.8.6's {@code Viterbi.computeEnumSimply} (greedy: each tag from the previous one). */
    static <E extends Enum<E>> List<E> computeEnumSimply(List<Label<E>> roles, TransformMatrixDictionary<E> matrix) {
        double[][] transition = matrix.transititon_probability;
        int size = roles.size();
        List<E> tagList = new ArrayList<>(size);
        E pre = roles.get(0).labels[0];
        E perfectTag = pre;
        tagList.add(pre); // the first is given
        for (int i = 1; i < size; ++i) {
            Label<E> current = roles.get(i);
            double perfectCost = Double.MAX_VALUE;
            double[] row = transition[pre.ordinal()];
            for (int k = 0; k < current.size(); k++) {
                double now = row[current.ordinals[k]] - current.emission[k];
                if (perfectCost > now) {
                    perfectCost = now;
                    perfectTag = current.labels[k];
                }
            }
            pre = perfectTag;
            tagList.add(pre);
        }
        return tagList;
    }

    private static <E extends Enum<E>> EnumItem<E> item(E a, int fa, E b, int fb) {
        EnumItem<E> item = new EnumItem<>();
        item.labelMap.put(a, fa);
        item.labelMap.put(b, fb);
        return item;
    }

    /**
     * An observation: an {@link EnumItem}'s labels in its map's order, with their emission costs
     * {@code log((frequency + 1e-8) / total frequency of the label)}, as HanLP's Viterbi computes them.
     */
    static final class Label<E extends Enum<E>> {
        final E[] labels;
        final int[] ordinals;
        final double[] emission;

        private Label(E[] labels, int[] ordinals, double[] emission) {
            this.labels = labels;
            this.ordinals = ordinals;
            this.emission = emission;
        }

        int size() {
            return labels.length;
        }

        @SuppressWarnings("unchecked")
        static <E extends Enum<E>> Label<E> of(EnumItem<E> item, TransformMatrixDictionary<E> matrix) {
            int n = item.labelMap.size();
            E[] labels = (E[]) new Enum<?>[n];
            int[] ordinals = new int[n];
            double[] emission = new double[n];
            int k = 0;
            for (Map.Entry<E, Integer> e : item.labelMap.entrySet()) {
                E label = e.getKey();
                labels[k] = label;
                ordinals[k] = label.ordinal();
                emission[k] = Math.log((e.getValue() + 1e-8) / matrix.getTotalFrequency(label));
                k++;
            }
            return new Label<>(labels, ordinals, emission);
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(labels);
        }
    }

    /**
     * One recognizer's dictionary entries as labels. A word of HanLP's core dictionary
     * ({@link HanlpSupport#coreWordIndex}) has its labels of all three recognizers in one {@link CoreLabels}
     * (shared by all threads); other words (merged, recognized, out-of-vocabulary) go through a per-thread map,
     * bounded (cleared when full).
     */
    private static final class Entries<E extends Enum<E>> {
        private final Function<String, EnumItem<E>> dictionary;
        private final TransformMatrixDictionary<E> matrix;
        /** Stands for "no entry". */
        private final Label<E> absent;
        /** Which label of a {@link CoreLabels} is this recognizer's: 0 person, 1 place, 2 organization. */
        private final int slot;

        Entries(Function<String, EnumItem<E>> dictionary, TransformMatrixDictionary<E> matrix, int slot) {
            this.dictionary = dictionary;
            this.matrix = matrix;
            this.absent = Label.of(new EnumItem<>(), matrix);
            this.slot = slot;
        }

        /** The dictionary entry of {@code key} (the vertex's text or its equivalent word) as labels, or null when it has none. */
        @SuppressWarnings("unchecked")
        Label<E> lookup(Vertex v, String key, Map<String, Label<E>> local) {
            int id = HanlpSupport.coreWordIndex(v);
            Label<E> label;
            if (id >= 0) {
                CoreLabels c = CoreLabels.of(id, key);
                label = (Label<E>) (slot == 0 ? c.person : c.other(slot, key));
            } else {
                label = local.get(key);
                if (label == null) {
                    label = compute(key);
                    if (local.size() >= 1 << 16) local.clear();
                    local.put(key, label);
                }
            }
            return label == absent ? null : label;
        }

        Label<E> compute(String key) {
            EnumItem<E> item = dictionary.apply(key);
            return item == null ? absent : Label.of(item, matrix);
        }
    }

    private static final Entries<NR> PERSON_ENTRIES = new Entries<>(PersonDictionary.dictionary::get, NR_MATRIX, 0);

    /**
     * A core dictionary word's labels for the three recognizers (each an entry's labels or the recognizer's
     * "absent"), kept in one array by word id: a word's labels are read three times per sentence and then share
     * one cache line. The person label is computed the first time any recognizer asks, the place and organization
     * labels together the first time one of those asks (so that a run without them never loads their
     * dictionaries). A race only computes a label twice (the objects published have final fields).
     */
    private static final class CoreLabels {
        private static final CoreLabels[] BY_WORD_ID = new CoreLabels[CoreDictionary.trie.size()];
        final Label<NR> person;
        private Others others;

        private record Others(Label<NS> place, Label<NT> organization) {}

        private CoreLabels(Label<NR> person) {
            this.person = person;
        }

        static CoreLabels of(int id, String word) {
            CoreLabels c = BY_WORD_ID[id];
            if (c == null) {
                c = new CoreLabels(PERSON_ENTRIES.compute(word));
                BY_WORD_ID[id] = c;
            }
            return c;
        }

        /** The place (slot 1) or organization (slot 2) label of the word {@code word}. */
        Label<?> other(int slot, String word) {
            Others o = others;
            if (o == null) others = o = new Others(Places.ENTRIES.compute(word), Organizations.ENTRIES.compute(word));
            return slot == 1 ? o.place : o.organization;
        }
    }

    /** Each thread's labels of words outside the core dictionary. */
    private static final class Observations {
        private static final ThreadLocal<Observations> CACHE = ThreadLocal.withInitial(Observations::new);
        final Map<String, Label<NR>> persons = new HashMap<>();
        final Map<String, Label<NS>> places = new HashMap<>();
        final Map<String, Label<NT>> organizations = new HashMap<>();

        static Observations get() {
            return CACHE.get();
        }
    }
}
