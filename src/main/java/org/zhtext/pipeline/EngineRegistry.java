package org.zhtext.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Setting;
import org.zhtext.engine.EngineOption;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.EngineSettings;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.SentenceAnalyzer;
import org.zhtext.engine.SetupException;
import org.zhtext.engine.WordSegmenter;
import org.zhtext.entities.EntityRules;
import org.zhtext.ner.ModelRecognizer;
import org.zhtext.ner.NerModel;

/**
 * The engines by name: the registered {@link EngineProvider}s ({@code META-INF/services}, the first one the
 * default), each segmenter and recognizer built once per process and configuration, then shared by every
 * worker thread. Unknown names and missing models are setup errors ({@link SetupException}, exit 2).
 */
public final class EngineRegistry {
    /**
     * What an engine and the entity rules are built from; {@code countryAbbreviations}: the entity rules report
     * coordinated single-character country abbreviations (中美关系 → 中, 美), on by default; {@code ner}: where the
     * HanLP engine's entity mentions come from, {@value #NER_MODEL} (the trained tagger, default) or
     * {@value #NER_RULES} (HanLP's recognizers, the path before the tagger); the CoreNLP engine keeps its CRF
     * either way; {@code guideline}: whose entity guideline the tagger's path follows ({@link EntityRules.Guideline}).
     * The entity rules run on top in both. {@code engineOptions}: the values given for the engines' own
     * options ({@link EngineProvider#options}), by name.
     */
    public record Config(String engine, String standard, List<Path> lexicons, Map<String, String> engineOptions, boolean verbose,
            boolean countryAbbreviations, String ner, EntityRules.Guideline guideline) {
        public static final String NER_MODEL = "model", NER_RULES = "rules";

        public Config {
            lexicons = List.copyOf(lexicons);
            engineOptions = Map.copyOf(engineOptions);
            if (!NER_MODEL.equals(ner) && !NER_RULES.equals(ner)) throw new IllegalArgumentException("ner: " + ner);
            Objects.requireNonNull(guideline, "guideline");
        }

        /** zhtext's own entity guideline. */
        public Config(String engine, String standard, List<Path> lexicons, Map<String, String> engineOptions, boolean verbose,
                boolean countryAbbreviations, String ner) {
            this(engine, standard, lexicons, engineOptions, verbose, countryAbbreviations, ner, EntityRules.Guideline.ZHTEXT);
        }

        /** The default entity options. */
        public Config(String engine, String standard, List<Path> lexicons, Map<String, String> engineOptions, boolean verbose) {
            this(engine, standard, lexicons, engineOptions, verbose, EntityRules.Options.DEFAULT.countryAbbreviations());
        }

        /** The default entity source (the trained tagger). */
        public Config(String engine, String standard, List<Path> lexicons, Map<String, String> engineOptions, boolean verbose,
                boolean countryAbbreviations) {
            this(engine, standard, lexicons, engineOptions, verbose, countryAbbreviations, NER_MODEL);
        }

        // written out: a record's generated equals/hashCode bootstrap method handles on first use (~40 ms at start-up)
        @Override
        public boolean equals(Object o) {
            return o instanceof Config c && engine.equals(c.engine) && Objects.equals(standard, c.standard)
                    && lexicons.equals(c.lexicons) && engineOptions.equals(c.engineOptions) && verbose == c.verbose
                    && countryAbbreviations == c.countryAbbreviations && ner.equals(c.ner) && guideline == c.guideline;
        }

        @Override
        public int hashCode() {
            return Objects.hash(engine, standard, lexicons, engineOptions, verbose, countryAbbreviations, ner, guideline);
        }

        EngineSettings settings() {
            return new EngineSettings(standard, engineOptions, verbose);
        }
    }

    private static final List<EngineProvider> PROVIDERS = load();
    private static final Map<Config, WordSegmenter> SEGMENTERS = new ConcurrentHashMap<>();
    private static final Map<Config, EntityEngine> RECOGNIZERS = new ConcurrentHashMap<>();
    private static final Map<List<Path>, Lexicon> LEXICONS = new ConcurrentHashMap<>();

    private EngineRegistry() {}

    /**
     * The registered providers, zhtext's own (those in the jar or class folder of this class, in the order of its
     * service file, so its first is the default) before any other on the class path (a plug-in jar's, the test
     * fixture's in {@code target/test-classes}, which Maven puts first on the class path): another registration
     * file never changes the default engine.
     */
    private static List<EngineProvider> load() {
        List<EngineProvider> own = new ArrayList<>(), others = new ArrayList<>();
        CodeSource home = EngineRegistry.class.getProtectionDomain().getCodeSource();
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class, EngineRegistry.class.getClassLoader())) {
            boolean ours = home != null && sameSource(home, p.getClass().getProtectionDomain().getCodeSource());
            (ours ? own : others).add(p);
        }
        own.addAll(others);
        if (own.isEmpty()) throw new IllegalStateException("no engine registered in META-INF/services/" + EngineProvider.class.getName());
        return List.copyOf(own);
    }

    private static boolean sameSource(CodeSource a, CodeSource b) {
        return b != null && a.getLocation() != null && b.getLocation() != null
                && a.getLocation().toExternalForm().equals(b.getLocation().toExternalForm());
    }

    /** The registered engines, the default first. */
    public static List<EngineProvider> providers() {
        return PROVIDERS;
    }

    /**
     * Starts loading, on background threads, what a run of the default engine will need: the engine's shared data
     * ({@link EngineProvider#loadInBackground}, with its own recognizers when the run wants entities from them)
     * and, with {@code trainedTagger} (a run that wants entities from the trained tagger, when the engine uses
     * it), the tagger's model. The first use waits for them. {@code entities}: whether the run wants entities.
     */
    public static void loadDefaultInBackground(boolean entities, boolean trainedTagger) {
        EngineProvider p = defaultProvider();
        boolean tagger = trainedTagger && p.usesTrainedTagger();
        p.loadInBackground(entities && !tagger);
        if (tagger) ModelRecognizer.loadInBackground();
    }

    /** The default engine. */
    public static EngineProvider defaultProvider() {
        return PROVIDERS.get(0);
    }

    /** The engine of that name; a {@link Setting#ENGINE} setup error when there is none. */
    public static EngineProvider provider(String name) {
        for (EngineProvider p : PROVIDERS) {
            if (p.name().equals(name)) return p;
        }
        List<String> names = new ArrayList<>();
        for (EngineProvider p : PROVIDERS) names.add(p.name());
        throw new SetupException(Setting.ENGINE, "unknown engine '" + name + "' (" + String.join(", ", names) + ")");
    }

    /** The options the registered engines declare, in the order of the engines. */
    public static List<EngineOption> options() {
        List<EngineOption> out = new ArrayList<>();
        for (EngineProvider p : PROVIDERS) out.addAll(p.options());
        return out;
    }

    /** Switches every registered engine's library logging: off, or on stderr when {@code verbose}. */
    public static void setLogging(boolean verbose) {
        for (EngineProvider p : PROVIDERS) p.setLogging(verbose);
    }

    public static WordSegmenter segmenter(Config c, PrintStream log) {
        EngineProvider p = provider(c.engine());
        return SEGMENTERS.computeIfAbsent(c, k -> {
            p.checkSetup(k.settings());
            return p.segmenter(k.settings(), lexicon(k, log));
        });
    }

    public static EntityEngine recognizer(Config c, PrintStream log) {
        EngineProvider p = provider(c.engine());
        return RECOGNIZERS.computeIfAbsent(c, k -> {
            p.checkSetup(k.settings());
            if (Config.NER_MODEL.equals(k.ner()) && p.usesTrainedTagger()) {
                // the model first: it loads on this thread while the engine's dictionaries load in the background
                NerModel model = ModelRecognizer.shippedModel();
                return new ModelRecognizer(model, p.name(), segmenter(c, log));
            }
            return p.recognizer(k.settings(), lexicon(k, log));
        });
    }

    /**
     * Words and mentions of a sentence in one call: the engine's combined pass when it has one (HanLP: one pass
     * over one word lattice, the same words and mentions as {@link #segmenter} and {@link #recognizer} give, at
     * the cost of little more than one of them); otherwise the two called in turn.
     */
    public static SentenceAnalyzer analyzer(Config c, PrintStream log) {
        return provider(c.engine()).analyzer(segmenter(c, log), recognizer(c, log));
    }

    /**
     * The engine-independent entity rules (lexicon and gazetteer names, foreign and Latin names, boundaries,
     * aliases, merging, filters) for a configuration: the same for every engine.
     */
    public static EntityRules entityRules(Config c, PrintStream log) {
        return EntityRules.with(lexicon(c, log), new EntityRules.Options(c.countryAbbreviations(),
                Config.NER_MODEL.equals(c.ner()) && provider(c.engine()).usesTrainedTagger()).following(c.guideline()));
    }

    /** The user lexicon: models/lexicon/*.txt plus the configuration's lexicon files, read fresh in this process. */
    public static Lexicon lexicon(Config c, PrintStream log) {
        return LEXICONS.computeIfAbsent(c.lexicons(), files -> {
            for (Path p : files) {
                if (!Files.isRegularFile(p)) throw new SetupException(Setting.LEXICON, "no such file: " + p);
            }
            try {
                Lexicon lx = Lexicon.load(files);
                if (c.verbose() || lx.rejected() > 0) {
                    log.println("zhtext: lexicon: " + lx.size() + " entries read, " + lx.rejected() + " lines rejected, from "
                            + String.join(", ", lx.sources()));
                }
                return lx;
            } catch (IOException e) {
                throw new SetupException("cannot read lexicon: " + e.getMessage(), e);
            }
        });
    }
}
