package org.zhtext.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.zhtext.engine.SetupException;

/**
 * The CoreNLP Chinese pipeline shared by {@link CorenlpSegmenter} and {@link CorenlpRecognizer}: one per
 * process and models folder, built lazily, safe to call from many threads.
 * <p>
 * Only what the engines need is loaded, from file paths in the models folder: the CRF segmenter
 * ({@code tokenize}, CTB standard) and the POS tagger for segmentation, plus the CRF NER model when entities
 * are asked for. Sentence splitting is off (the caller gives one sentence); lemmas, numeric classifiers,
 * SUTime, the fine-grained gazetteer, KBP and entity-mention building are disabled.
 * <p>
 * A sentence's annotation is kept in a small per-thread cache, so recognizing entities in a sentence just
 * segmented only runs the NER step.
 * <p>
 * CoreNLP's logging (Redwood) is routed to nothing, or to stderr after {@link #setVerbose(boolean)
 * setVerbose(true)}; it never reaches stdout.
 */
public final class CorenlpPipeline {
    private static final Map<Path, CorenlpPipeline> SHARED = new LinkedHashMap<>();
    private static volatile boolean verbose;
    private static final int CACHE = 128;
    /** Heap floors (MiB) measured with ctb.small + misc NER: 654 MiB live after loading, 953 MiB with NER. */
    static final long SEGMENTATION_HEAP_MB = 800, NER_HEAP_MB = 1200;

    private final CorenlpModels models;
    private volatile StanfordCoreNLP segmentation;
    private volatile StanfordCoreNLP ner;
    private final ThreadLocal<Map<String, Annotation>> recent = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(CACHE * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Annotation> e) {
                    return size() > CACHE;
                }
            });

    private CorenlpPipeline(CorenlpModels models) {
        this.models = models;
    }

    /** The process-wide pipeline over the given (validated) models folder. Loads nothing yet. */
    public static CorenlpPipeline shared(CorenlpModels models) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(models.dir(), d -> new CorenlpPipeline(models));
        }
    }

    /** Lets CoreNLP's log lines through to stderr (the CLI's {@code --verbose}); set before loading. */
    public static void setVerbose(boolean on) {
        verbose = on;
    }

    /** The models folder this pipeline reads. */
    public CorenlpModels models() {
        return models;
    }

    /** Loads the segmenter and POS tagger (once); returns the time it took in ms, 0 when already loaded. */
    public long loadSegmentation() {
        if (segmentation != null) return 0;
        synchronized (this) {
            if (segmentation != null) return 0;
            long t0 = System.nanoTime();
            requireHeap(SEGMENTATION_HEAP_MB, "segmentation");
            segmentation = build("tokenize,pos"); // tokenize splits sentences itself (isOneSentence)
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    /** Loads the NER model (once, after the segmentation models); returns ms, 0 when already loaded. */
    public long loadNer() {
        long ms = loadSegmentation();
        if (ner != null) return ms;
        synchronized (this) {
            if (ner != null) return ms;
            long t0 = System.nanoTime();
            requireHeap(NER_HEAP_MB, "entity recognition");
            ner = build("ner");
            return ms + (System.nanoTime() - t0) / 1_000_000;
        }
    }

    /** The tokens of one sentence with CTB POS tags (and NER tags when {@code withNer}). */
    List<CoreLabel> annotate(String sentence, boolean withNer) {
        Map<String, Annotation> cache = recent.get();
        Annotation a = cache.get(sentence);
        if (a == null) {
            loadSegmentation();
            a = new Annotation(sentence);
            segmentation.annotate(a);
            cache.put(sentence, a);
        }
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        if (withNer && !tokens.isEmpty() && tokens.get(0).ner() == null) {
            loadNer();
            ner.annotate(a);
        }
        return tokens;
    }

    private StanfordCoreNLP build(String annotators) {
        configureLogging();
        try {
            return new StanfordCoreNLP(properties(annotators));
        } catch (RuntimeException e) {
            throw new SetupException("cannot load the CoreNLP models in " + models.dir() + " ("
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + "): run `" + CorenlpModels.FETCH_COMMAND + "` again", e);
        } catch (OutOfMemoryError e) {
            throw new SetupException("not enough memory to load CoreNLP's Chinese models: run java with -Xmx2g or more", e);
        }
    }

    /** Fails fast, before a long load that would end in OutOfMemoryError, when the heap is too small. */
    static void requireHeap(long mb, String what) {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        if (max < mb) {
            throw new SetupException("CoreNLP " + what + " needs a heap of at least " + mb + " MiB, this JVM has "
                    + max + " MiB: run java with -Xmx" + (mb < 1024 ? "1g" : "2g") + " (e.g. JAVA_TOOL_OPTIONS=-Xmx2g)");
        }
    }

    private static void configureLogging() {
        if (verbose) {
            RedwoodConfiguration.empty().handlers(RedwoodConfiguration.Handlers.stderr).apply();
        } else {
            RedwoodConfiguration.empty().apply();
        }
    }

    /** CoreNLP properties for the given annotators, every model pointed at a file of the models folder. */
    Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false"); // ner would demand lemma, a no-op for Chinese
        p.setProperty("tokenize.language", "zh");
        p.setProperty("segment.model", models.path(CorenlpModels.SEGMENTER));
        p.setProperty("segment.sighanCorporaDict", models.path(CorenlpModels.SIGHAN_DIR));
        p.setProperty("segment.serDictionary", models.path(CorenlpModels.SEGMENTER_DICT));
        p.setProperty("segment.sighanPostProcessing", "true");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("pos.model", models.path(CorenlpModels.POS));
        p.setProperty("ner.language", "chinese");
        p.setProperty("ner.model", models.path(CorenlpModels.NER));
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // the fine-grained gazetteer (COUNTRY, CITY, ...) costs 1.5 points of F1 on MSRA: keep the CRF's types
        p.setProperty("ner.applyFineGrained", "false");
        return p;
    }
}
