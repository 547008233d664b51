package org.zhtext.hanlp;

import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.recognition.nr.TranslatedPersonRecognition;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.SetupException;

/**
 * One HanLP pass over a sentence that serves both of zhtext's HanLP engines: the word lattice is built and
 * searched once, then read two ways.
 * <ul>
 * <li><b>Entity words</b>: exactly what HanLP's {@link ViterbiSegment} returns with its bundled custom
 * dictionary plus the user lexicon merged, and its person (Chinese and transliterated), place and organization
 * recognizers on (the Japanese-name one off). Same steps, same order, same lattice state as
 * {@code ViterbiSegment.segSentence}, so the same words.</li>
 * <li><b>Dictionary words</b>: the lattice's best path merged with the user lexicon only (HanLP's bundled
 * custom dictionary glues whole compounds, {@code 新世纪}, {@code 经济发展}, and costs segmentation F1;
 * zhtext applies it selectively later), with the person names HanLP's name recognizers find spliced in. The
 * names are read after the person recognizers and before the place and organization ones, so the words are the
 * same whether or not entities are asked for.</li>
 * </ul>
 * Asking for both costs one lattice, one path search and one run of the name recognizers, instead of two of each.
 * <p>
 * Thread-safe: all per-sentence state is local; the dictionaries are shared read-only (HanLP's recognizers
 * only read them). HanLP's {@code Segment.seg} is bypassed: no normalization, no index mode, no multi-threaded
 * splitting, as configured for zhtext anyway.
 */
public final class HanlpPass {
    /** What to compute for a sentence. */
    public enum Want { WORDS, ENTITIES, BOTH }

    /** A word: chars {@code [start, end)} of the sentence and its HanLP nature (PKU-style tag). */
    public record Span(int start, int end, String tag) {}

    /** The words and/or entity words of one sentence (an empty list for what was not asked). */
    public record Result(List<Span> words, List<Span> entityWords) {}

    private final Lattice lattice;

    private HanlpPass(Lattice lattice) {
        this.lattice = lattice;
    }

    /** The thread loading HanLP's dictionaries ahead of {@link #create}, if one was started. */
    private static Thread loading;
    /** What that thread failed with, if it failed. */
    private static volatile Throwable loadFailure;

    /**
     * Starts loading HanLP's dictionaries (its classes' static state, the same for every pass) on a daemon
     * thread, so that the load overlaps whatever the caller does next (parsing options, say). {@link #create}
     * waits for it to finish before it touches HanLP itself: HanLP's classes are never initialized by two threads
     * at once. Does nothing if already started.
     */
    public static synchronized void loadInBackground(boolean recognizers) {
        if (loading != null) return;
        loading = new Thread(() -> {
            try {
                HanlpSupport.quietLogging(false);
                new Lattice(new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), null))
                        .run("初始化".toCharArray(), true, recognizers, null);
            } catch (RuntimeException | LinkageError e) {
                loadFailure = e; // create() reports it
            }
        }, "zhtext-hanlp-load");
        loading.setDaemon(true);
        loading.start();
    }

    private static void awaitBackgroundLoad() {
        Thread t;
        synchronized (HanlpPass.class) {
            t = loading;
        }
        if (t == null) return;
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * HanLP's dictionaries with the user lexicon layered over the bundled custom dictionary (never modified).
     *
     * @throws SetupException when the HanLP on the class path is not the release this class reproduces
     *         ({@link HanlpVersion}), or its dictionaries cannot be loaded
     */
    public static HanlpPass create(Lexicon lexicon) {
        HanlpVersion.require();
        awaitBackgroundLoad();
        HanlpSupport.quietLogging(false);
        try {
            Lattice l = new Lattice(new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, HanlpSupport.lexiconTrie(lexicon), null));
            HanlpPass pass = new HanlpPass(l);
            pass.run("初始化", Want.WORDS); // loads the segmentation's dictionaries now, not on the first article
            return pass;
        } catch (RuntimeException | LinkageError e) {
            // a class whose initialization failed on the loading thread fails here as NoClassDefFoundError: name the first cause
            Throwable cause = loadFailure != null ? loadFailure : e;
            throw new SetupException("HanLP could not load its dictionaries: " + cause, cause);
        }
    }

    /**
     * Loads the place and organization recognizers' dictionaries now, not on the first article (a pass that only
     * segments never loads them: the default path's entities come from the trained tagger).
     */
    public void loadRecognizers() {
        try {
            run("初始化", Want.BOTH);
        } catch (RuntimeException | LinkageError e) {
            throw new SetupException("HanLP could not load its dictionaries: " + e, e);
        }
    }

    public Result run(String sentence, Want want) {
        if (sentence.isEmpty()) return new Result(List.of(), List.of());
        return lattice.run(sentence.toCharArray(), want != Want.ENTITIES, want != Want.WORDS, null);
    }

    /**
     * The two ingredients of the dictionary-words reading, for tests that compare each with HanLP's own
     * segmenter: the best path merged with the user lexicon, and the path that HanLP's person recognizers give
     * (null when they added no candidate to the net, and the words are the dictionary words).
     */
    record Readings(List<Span> dictionaryWords, List<Span> named, List<Span> words) {}

    /** {@link Readings} of a sentence (its words as {@link #run} gives them). */
    Readings readings(String sentence) {
        if (sentence.isEmpty()) return new Readings(List.of(), null, List.of());
        Readings[] out = new Readings[1];
        lattice.run(sentence.toCharArray(), true, false, out);
        return out[0];
    }

    /**
     * The dictionary words with the person names of {@code named} spliced in. Where a name's edges are not
     * word edges, the smallest stretch around it whose edges are edges of both readings takes the named
     * path's words (as HanLP's own name search re-cuts the neighbours of a name).
     */
    static List<Span> splice(List<Span> words, List<Span> named) {
        List<Span> out = new ArrayList<>(words.size());
        int w = 0, n = 0;
        while (n < named.size()) {
            Span name = named.get(n);
            if (!isName(name.tag())) {
                n++;
                continue;
            }
            // the stretch [a, b): extend both ends until they are edges of both readings
            int a = name.start(), b = name.end();
            int wa = w;
            while (words.get(wa).end() <= a) wa++;
            int na = n;
            while (true) {
                while (words.get(wa).start() > a) wa--;
                if (words.get(wa).start() < a) a = words.get(wa).start();
                while (named.get(na).start() > a) na--;
                if (named.get(na).start() < a) {
                    a = named.get(na).start();
                    continue;
                }
                if (words.get(wa).start() == a) break;
            }
            int wb = wa, nb = na;
            while (true) {
                while (words.get(wb).end() < b) wb++;
                if (words.get(wb).end() > b) b = words.get(wb).end();
                while (named.get(nb).end() < b) nb++;
                if (named.get(nb).end() > b) {
                    b = named.get(nb).end();
                    continue;
                }
                if (words.get(wb).end() == b) break;
            }
            // words before the stretch stay; a stretch reaching back into spliced words takes them over
            while (w < wa) out.add(words.get(w++));
            while (!out.isEmpty() && out.get(out.size() - 1).end() > a) out.remove(out.size() - 1);
            for (int k = na; k <= nb; k++) out.add(named.get(k));
            w = wb + 1;
            n = nb + 1;
        }
        while (w < words.size()) out.add(words.get(w++));
        return out;
    }

    private static boolean isName(String tag) {
        return tag.equals("nr") || tag.equals("nrf");
    }

    /** HanLP's Viterbi segmenter, opened up so that one lattice serves both readings. */
    private static final class Lattice extends ViterbiSegment {
        Lattice(DynamicCustomDictionary dictionary) {
            enableCustomDictionary(dictionary);
            enablePartOfSpeechTagging(false);
            enableJapaneseNameRecognize(false);
        }

        /** The readings asked for; with {@code trace} (tests only, null otherwise), what the words are made of in trace[0]. */
        Result run(char[] sentence, boolean wantWords, boolean wantEntities, Readings[] trace) {
            // as ViterbiSegment.segSentence (HanLP 1.8.6), with the dictionary-words reading taken on the way
            Bigrams bigrams = Bigrams.get();
            WordNet all = new WordNet(sentence);
            generateWordNet(all);
            List<Vertex> path = viterbi(all, bigrams);
            List<Span> dictionaryWords = List.of();
            if (wantWords) dictionaryWords = userWords(path);
            List<Vertex> list = combine(path);
            WordNet optimum = new WordNet(sentence, list);
            int preSize = optimum.size();
            RoleTagger.persons(list, optimum, all);
            TranslatedPersonRecognition.recognition(list, optimum, all);
            List<Span> words = List.of();
            if (wantWords) {
                // the best path with the names in it. Only vertices of `optimum` are touched, and the entity
                // reading below clears their search state (optimum.clean()) before its own next search.
                List<Span> named = optimum.size() == preSize ? List.of() : spans(viterbi(optimum, bigrams));
                words = named.isEmpty() ? dictionaryWords : splice(dictionaryWords, named);
                if (trace != null) trace[0] = new Readings(dictionaryWords, named.isEmpty() ? null : named, words);
            }
            if (!wantEntities) return new Result(words, List.of());
            RoleTagger.places(list, optimum, all);
            // cascaded HMMs: the organization recognizer reads the path found with names and places. When no
            // name or place was added (a WordNet only grows), `optimum` is the chain of `list` itself, whose
            // best path is `list`: that search and the rebuilding of the net are skipped, and the search state
            // they would leave on the chain's vertices (which HanLP's last search starts from) is set only if
            // that last search runs
            boolean chain = optimum.size() == preSize;
            if (!chain) {
                optimum.clean();
                list = viterbi(optimum, bigrams);
                optimum.clear();
                optimum.addAll(list);
            }
            preSize = optimum.size();
            RoleTagger.organizations(list, optimum, all);
            if (optimum.size() != preSize) {
                if (chain) searchChain(list, bigrams);
                list = viterbi(optimum, bigrams);
            }
            return new Result(words, spans(list));
        }

        /**
         * Per core dictionary word id, what the two custom dictionaries say about a merge starting with the word
         * ({@link First}), or null (not yet known): one object per word, so that its three facts share a cache
         * line, and one shared {@link First#NONE} for the many words that start nothing. Written by any worker
         * (a race only computes an entry twice; its fields are final).
         */
        private final First[] first = new First[CoreDictionary.trie.size()];

        /**
         * The bundled custom dictionary's state after a word ({@code dat.transition(word, 1)}) and its entry there
         * ({@code dat.output(state)}, only when the state is positive, as {@link #combine} reads it), and the user
         * lexicon trie's node after the word (null: none).
         */
        private record First(int state, CoreDictionary.Attribute value, BaseNode<CoreDictionary.Attribute> node) {
            static final First NONE = new First(-1, null, null);
        }

        /** {@link First} of {@code v}'s word when it is a core dictionary word (computed once), else null. */
        private First cached(Vertex v) {
            int id = HanlpSupport.coreWordIndex(v);
            if (id < 0) return null;
            First f = first[id];
            if (f == null) {
                DoubleArrayTrie<CoreDictionary.Attribute> dat = customDictionary.dat;
                BinTrie<CoreDictionary.Attribute> trie = customDictionary.trie;
                int state = dat.transition(v.realWord, 1);
                BaseNode<CoreDictionary.Attribute> node = trie == null ? null : walk(trie, v.realWord);
                f = state <= 0 && node == null ? First.NONE : new First(state, state > 0 ? dat.output(state) : null, node);
                first[id] = f;
            }
            return f;
        }

        /** The user lexicon trie's node after {@code v}'s word (null: none). */
        private BaseNode<CoreDictionary.Attribute> userNode(Vertex v, BinTrie<CoreDictionary.Attribute> trie) {
            First f = cached(v);
            return f != null ? f.node : walk(trie, v.realWord);
        }

        /**
         * Segment.combineByCustomDictionary(vertexList, dat) of HanLP 1.8.6, step for step: the bundled custom
         * dictionary's longest entries over whole words (first word first), then the user lexicon's; a single word
         * takes the entry's attribute, several are merged into one vertex. The dictionary state after a path's
         * first word is kept per core dictionary word (see {@link #first}); everything else is HanLP's.
         */
        private List<Vertex> combine(List<Vertex> vertexList) {
            DoubleArrayTrie<CoreDictionary.Attribute> dat = customDictionary.dat;
            Vertex[] wordNet = vertexList.toArray(new Vertex[0]);
            int length = wordNet.length - 1; // without the begin and end vertices
            for (int i = 1; i < length; ++i) {
                First f = cached(wordNet[i]);
                int state = f != null ? f.state : dat.transition(wordNet[i].realWord, 1);
                if (state > 0) {
                    int to = i + 1;
                    int end = to;
                    CoreDictionary.Attribute value = f != null ? f.value : dat.output(state);
                    for (; to < length; ++to) {
                        state = dat.transition(wordNet[to].realWord, state);
                        if (state < 0) break;
                        CoreDictionary.Attribute output = dat.output(state);
                        if (output != null) {
                            value = output;
                            end = to + 1;
                        }
                    }
                    if (value != null) {
                        combineWords(wordNet, i, end, value);
                        i = end - 1;
                    }
                }
            }
            BinTrie<CoreDictionary.Attribute> trie = customDictionary.trie;
            if (trie != null) {
                for (int i = 1; i < length; ++i) {
                    if (wordNet[i] == null) continue;
                    BaseNode<CoreDictionary.Attribute> state = userNode(wordNet[i], trie);
                    if (state != null) {
                        int to = i + 1;
                        int end = to;
                        CoreDictionary.Attribute value = state.getValue();
                        for (; to < length; ++to) {
                            if (wordNet[to] == null) continue;
                            state = state.transition(wordNet[to].realWord.toCharArray(), 0);
                            if (state == null) break;
                            if (state.getValue() != null) {
                                value = state.getValue();
                                end = to + 1;
                            }
                        }
                        if (value != null) {
                            combineWords(wordNet, i, end, value);
                            i = end - 1;
                        }
                    }
                }
            }
            vertexList.clear();
            for (Vertex vertex : wordNet) {
                if (vertex != null) vertexList.add(vertex);
            }
            return vertexList;
        }

        /** Segment.combineWords of HanLP 1.8.6. */
        private static void combineWords(Vertex[] wordNet, int start, int end, CoreDictionary.Attribute value) {
            if (start + 1 == end) { // one word: it takes the entry's attribute
                wordNet[start].attribute = value;
            } else {
                StringBuilder sbTerm = new StringBuilder();
                for (int j = start; j < end; ++j) {
                    if (wordNet[j] == null) continue;
                    sbTerm.append(wordNet[j].realWord);
                    wordNet[j] = null;
                }
                String realWord = sbTerm.toString();
                wordNet[start] = new Vertex(realWord, realWord, value);
            }
        }

        /**
         * WordBasedSegment.generateWordNet of HanLP 1.8.6 (core dictionary words, then atoms where no word
         * starts), with each dictionary word's vertex built from its {@link CompiledWord}.
         */
        @Override
        protected void generateWordNet(WordNet wordNetStorage) {
            if (config.forceCustomDictionary) { // not zhtext's configuration: HanLP's own
                super.generateWordNet(wordNetStorage);
                return;
            }
            char[] charArray = wordNetStorage.charArray;
            // DoubleArrayTrie.Searcher.next() of HanLP 1.8.6 inlined, the same matches in the same order (each
            // start, then each length that ends a word): the arrays in locals instead of the searcher's fields
            // WordNet.add's check that no vertex of the same length is on the line cannot fail here (the lines
            // are empty, and one start's matches come in increasing length), so the vertex goes straight to its
            // line (without the net's vertex count, which nothing reads of this net)
            DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
            int[] base = trie.getBase(), check = trie.getCheck();
            int n = charArray.length, root = base[0];
            LinkedList<Vertex>[] lines = wordNetStorage.getVertexes();
            for (int begin = 0; begin < n; begin++) {
                for (int i = begin, b = root; i < n; i++) {
                    int p = b + charArray[i] + 1;
                    if (b != check[p]) break;
                    b = base[p];
                    int m = base[b];
                    if (b == check[b] && m < 0) {
                        int index = -m - 1;
                        String realWord = CompiledWord.text(index, charArray, begin, i - begin + 1);
                        lines[begin + 1].add(CompiledWord.vertex(realWord, trie.getValueAt(index), index));
                    }
                }
            }
            // atoms where no dictionary word starts, so that the net is connected
            LinkedList<Vertex>[] vertexes = wordNetStorage.getVertexes();
            for (int i = 1; i < vertexes.length; ) {
                if (vertexes[i].isEmpty()) {
                    int j = i + 1;
                    for (; j < vertexes.length - 1; ++j) {
                        if (!vertexes[j].isEmpty() && CharType.get(charArray[j - 1]) != CharType.CT_CNUM) break;
                    }
                    wordNetStorage.add(i, quickAtomSegment(charArray, i - 1, j - 1));
                    i = j;
                } else {
                    i += vertexes[i].getLast().realWord.length();
                }
            }
        }

        /**
         * The path as spans with the user lexicon merged: the user-trie half of HanLP's
         * {@code Segment.combineByCustomDictionary} (longest entry over whole words, first word first), read
         * without building merged vertices or touching the path's own (shared) vertices.
         */
        private List<Span> userWords(List<Vertex> path) {
            Vertex[] v = path.toArray(new Vertex[0]);
            int length = v.length - 1; // without the begin and end vertices
            int[] offset = new int[v.length];
            for (int k = 1; k < length; k++) offset[k + 1] = offset[k] + v[k].realWord.length();
            BinTrie<CoreDictionary.Attribute> trie = customDictionary.trie;
            List<Span> out = new ArrayList<>(length);
            for (int i = 1; i < length; ) {
                BaseNode<CoreDictionary.Attribute> state = trie == null ? null : userNode(v[i], trie);
                CoreDictionary.Attribute value = null;
                int end = i + 1;
                if (state != null) {
                    value = state.getValue();
                    for (int to = i + 1; to < length; ++to) {
                        state = walk(state, v[to].realWord);
                        if (state == null) break;
                        if (state.getValue() != null) {
                            value = state.getValue();
                            end = to + 1;
                        }
                    }
                }
                if (value != null) {
                    out.add(new Span(offset[i], offset[end], value.nature[0].toString()));
                    i = end;
                } else {
                    out.add(new Span(offset[i], offset[i + 1], v[i].guessNature().toString()));
                    i++;
                }
            }
            return out;
        }

        /** BaseNode.transition(char[], 0) over a word's chars. */
        private static BaseNode<CoreDictionary.Attribute> walk(BaseNode<CoreDictionary.Attribute> node, String word) {
            for (int k = 0; k < word.length() && node != null; k++) node = node.transition(word.charAt(k));
            return node;
        }

        /** A path as spans (without its begin and end vertices), tagged with each word's most likely nature. */
        private static List<Span> spans(List<Vertex> path) {
            List<Span> out = new ArrayList<>(path.size());
            int offset = 0;
            int last = path.size() - 1, i = 0;
            for (Vertex v : path) {
                if (i > 0 && i < last) {
                    int len = v.realWord.length();
                    out.add(new Span(offset, offset + len, v.guessNature().toString()));
                    offset += len;
                }
                i++;
            }
            return out;
        }

        /**
         * ViterbiSegment.viterbi of HanLP 1.8.6 (private there): the best path through a word net. Edge weights
         * are HanLP's ({@code Vertex.updateFrom}, {@code MathUtility.calculateWeight}), with the bigram
         * frequencies looked up through {@code cache}.
         */
        private static List<Vertex> viterbi(WordNet wordNet, Bigrams cache) {
            // the lines read by index, not with iterators (which the client JIT allocates: a few per char); the
            // same vertices in the same order, a line being a short list
            LinkedList<Vertex>[] nodes = wordNet.getVertexes();
            LinkedList<Vertex> vertexList = new LinkedList<>();
            Vertex start = nodes[0].getFirst();
            for (int a = 0, na = nodes[1].size(); a < na; a++) updateFrom(nodes[1].get(a), start, cache);
            for (int i = 1; i < nodes.length - 1; ++i) {
                LinkedList<Vertex> nodeArray = nodes[i];
                if (nodeArray == null) continue;
                for (int a = 0, na = nodeArray.size(); a < na; a++) {
                    Vertex node = nodeArray.get(a);
                    if (node.from == null) continue;
                    LinkedList<Vertex> next = nodes[i + node.realWord.length()];
                    for (int b = 0, nb = next.size(); b < nb; b++) updateFrom(next.get(b), node, cache);
                }
            }
            Vertex from = nodes[nodes.length - 1].getFirst();
            while (from != null) {
                vertexList.addFirst(from);
                from = from.from;
            }
            return vertexList;
        }

        /**
         * What {@code optimum.clean()} and {@link #viterbi} leave on a net that is the chain of {@code path}: each
         * vertex reached from the one before (the organization recognizer, which ran in between, reads no search state).
         */
        private static void searchChain(List<Vertex> path, Bigrams cache) {
            for (Vertex v : path) v.from = null;
            Vertex prev = null;
            for (Vertex v : path) {
                if (prev != null) updateFrom(v, prev, cache);
                prev = v;
            }
        }

        /** Vertex.updateFrom with MathUtility.calculateWeight: the same arithmetic in the same order. */
        private static void updateFrom(Vertex to, Vertex from, Bigrams cache) {
            double weight = from.weight + cache.cost(from, to);
            if (to.from == null || to.weight > weight) {
                to.from = from;
                to.weight = weight;
            }
        }
    }

    /** The vertex the word net holds for a core dictionary match (for tests: it must equal HanLP's own). */
    static Vertex coreVertex(String realWord, CoreDictionary.Attribute attribute, int index) {
        return CompiledWord.vertex(realWord, attribute, index);
    }

    /**
     * What HanLP's {@code Vertex} constructor compiles for a core dictionary word ({@code compileRealWord}: the
     * equivalent word such as {@code 未##数}, and the word id and attribute that go with it). Most words compile
     * to themselves: those whose attribute has several natures, or one that HanLP does not replace (asked of
     * HanLP once per nature, {@link #compiles}); they are built directly. For the others the result is the same
     * for every occurrence of the word, so computed once per word (the first time from a vertex built by HanLP
     * itself) and kept in an array indexed by the word's dictionary index, shared by all threads (immutable entries).
     */
    private record CompiledWord(CoreDictionary.Attribute source, String word, CoreDictionary.Attribute attribute, int wordID) {
        private static final CompiledWord[] BY_INDEX = new CompiledWord[CoreDictionary.trie.size()];
        /**
         * The text of each core dictionary word met so far, by index: a match's text is its word's, so one String
         * serves every occurrence (shared by all threads: a String is safe to publish through a race).
         */
        private static final String[] TEXT = new String[CoreDictionary.trie.size()];

        /** The text of the core dictionary word {@code index}, which {@code chars[from, from + length)} matched. */
        static String text(int index, char[] chars, int from, int length) {
            String t = TEXT[index];
            if (t == null) TEXT[index] = t = new String(chars, from, length);
            return t;
        }
        /** Per nature ordinal of the natures known when HanLP's dictionaries are loaded: see {@link #compiles}. */
        private static final boolean[] COMPILES = compilesByNature();

        /** Exactly {@code new Vertex(realWord, attribute, index)} for a core dictionary match. */
        static Vertex vertex(String realWord, CoreDictionary.Attribute attribute, int index) {
            if (attribute != null && (attribute.nature.length != 1 || !compiles(attribute.nature[0]))) {
                return new Vertex(realWord, realWord, attribute, index); // what the constructor leaves: itself
            }
            CompiledWord c = index >= 0 && index < BY_INDEX.length ? BY_INDEX[index] : null;
            if (c == null || c.source != attribute) {
                Vertex v = new Vertex(realWord, attribute, index);
                if (index >= 0 && index < BY_INDEX.length) {
                    BY_INDEX[index] = new CompiledWord(attribute, v.word == realWord ? null : v.word, v.attribute, v.wordID);
                }
                return v;
            }
            return new Vertex(c.word == null ? realWord : c.word, realWord, c.attribute, c.wordID);
        }

        /** Whether HanLP's Vertex constructor replaces a word whose only nature is {@code n}. */
        static boolean compiles(Nature n) {
            int o = n.ordinal();
            return o < COMPILES.length ? COMPILES[o] : probe(n); // a nature created later: asked each time
        }

        private static boolean[] compilesByNature() {
            Nature[] natures = Nature.values();
            boolean[] t = new boolean[natures.length];
            for (Nature n : natures) t[n.ordinal()] = probe(n);
            return t;
        }

        /** Asks HanLP: a vertex built for a word with {@code n} as its only nature gets another word or id. */
        private static boolean probe(Nature n) {
            String word = new String("词");
            Vertex v = new Vertex(word, new CoreDictionary.Attribute(n, 1), 0);
            return v.word != word || v.wordID != 0;
        }
    }

    /**
     * HanLP's edge cost {@code MathUtility.calculateWeight(from, to)} with the bigram frequency looked up through a
     * per-thread direct-mapped cache: HanLP finds each bigram frequency with a binary search in the first word's
     * row, and news text asks for the same word pairs again and again. A slot is one long (the two word ids and
     * the frequency), so the cache holds 32K pairs in 256 KB; the cost itself is computed from the frequency
     * with HanLP's arithmetic each time (a vertex's attribute frequencies can differ from its dictionary entry's).
     */
    private static final class Bigrams {
        private static final ThreadLocal<Bigrams> CACHE = ThreadLocal.withInitial(Bigrams::new);
        private static final int BITS = 15;
        /** Word ids below this fit a slot (17 bits each; HanLP's core dictionary has about 86,000 words). */
        private static final int MAX_ID = (1 << 17) - 1;
        private static final int MAX_FREQUENCY = (1 << 30) - 1;
        /** Per slot: {@code (a << 47) | (b << 30) | frequency}; -1 when empty (no pair of ids below MAX_ID gives it). */
        private final long[] slots = new long[1 << BITS];

        Bigrams() {
            java.util.Arrays.fill(slots, -1L);
        }

        static Bigrams get() {
            return CACHE.get();
        }

        double cost(Vertex from, Vertex to) {
            int a = from.wordID, b = to.wordID;
            int fFrom = from.getAttribute().totalFrequency;
            int fTo = to.getAttribute().totalFrequency;
            if (a < 0 || b < 0 || a >= MAX_ID || b >= MAX_ID) return compute(a, b, fFrom, fTo);
            long key = ((long) a << 17) | b;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
            long e = slots[slot];
            int fBigram;
            if (e >>> 30 == key) {
                fBigram = (int) (e & MAX_FREQUENCY);
            } else {
                fBigram = CoreBiGramTableDictionary.getBiFrequency(a, b);
                if (fBigram >= 0 && fBigram <= MAX_FREQUENCY) slots[slot] = (key << 30) | fBigram;
            }
            return weight(fBigram, fFrom, fTo);
        }

        private static double compute(int a, int b, int fFrom, int fTo) {
            return weight(CoreBiGramTableDictionary.getBiFrequency(a, b), fFrom, fTo);
        }

        /** MathUtility.calculateWeight of HanLP 1.8.6, given the bigram frequency. */
        private static double weight(int fBigram, int fFrom, int fTo) {
            return -Math.log(Predefine.lambda * (Predefine.myu * fBigram / (fFrom + 1) + 1 - Predefine.myu)
                    + (1 - Predefine.lambda) * fTo / Predefine.TOTAL_FREQUENCY);
        }
    }
}
