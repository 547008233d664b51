package org.zhtext.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.HanlpPass;
import org.zhtext.engine.Mention;
import org.zhtext.engine.SentenceAnalyzer;
import org.zhtext.engine.SetupException;
import org.zhtext.engine.WordSegmenter;
import org.zhtext.corenlp.CorenlpModels;
import org.zhtext.corenlp.CorenlpPipeline;
import org.zhtext.corenlp.CorenlpRecognizer;
import org.zhtext.corenlp.CorenlpSegmenter;
import org.zhtext.entities.EntityRules;
import org.zhtext.entities.HanlpRecognizer;
import org.zhtext.segment.HanlpSegmenter;
import org.zhtext.segment.SegmentRules;

/**
 * The engine registry: engines chosen by name, built once per process and configuration, then shared by
 * every worker thread. Unknown names and missing models are setup errors ({@link SetupException}, exit 2).
 */
public final class Engines {
    /**
     * What an engine and the entity rules are built from; {@code countryAbbreviations}: the entity rules report
     * coordinated single-character country abbreviations (中美关系 → 中, 美), on by default.
     */
    public record Config(String engine, String standard, List<Path> lexicons, Path corenlpModels, boolean verbose,
            boolean countryAbbreviations) {
        public Config {
            lexicons = List.copyOf(lexicons);
        }

        /** The default entity options. */
        public Config(String engine, String standard, List<Path> lexicons, Path corenlpModels, boolean verbose) {
            this(engine, standard, lexicons, corenlpModels, verbose, EntityRules.Options.DEFAULT.countryAbbreviations());
        }

        // written out: a record's generated equals/hashCode bootstrap method handles on first use (~40 ms at start-up)
        @Override
        public boolean equals(Object o) {
            return o instanceof Config c && engine.equals(c.engine) && Objects.equals(standard, c.standard)
                    && lexicons.equals(c.lexicons) && Objects.equals(corenlpModels, c.corenlpModels) && verbose == c.verbose
                    && countryAbbreviations == c.countryAbbreviations;
        }

        @Override
        public int hashCode() {
            return Objects.hash(engine, standard, lexicons, corenlpModels, verbose, countryAbbreviations);
        }
    }

    public static final List<String> NAMES = List.of("hanlp", "corenlp");

    private static final Map<Config, WordSegmenter> SEGMENTERS = new ConcurrentHashMap<>();
    private static final Map<Config, EntityEngine> RECOGNIZERS = new ConcurrentHashMap<>();
    private static final Map<List<Path>, Lexicon> LEXICONS = new ConcurrentHashMap<>();
    private static final Map<List<Path>, HanlpPass> HANLP = new ConcurrentHashMap<>();

    private Engines() {}

    public static WordSegmenter segmenter(Config c, PrintStream log) {
        check(c);
        if (c.engine().equals("corenlp")) CorenlpPipeline.setVerbose(c.verbose());
        return SEGMENTERS.computeIfAbsent(c, k -> switch (k.engine()) {
            case "hanlp" -> HanlpSegmenter.on(hanlp(k, log), rules(k.standard()));
            default -> new CorenlpSegmenter(CorenlpModels.locate(k.corenlpModels()), lexicon(k, log));
        });
    }

    public static EntityEngine recognizer(Config c, PrintStream log) {
        check(c);
        if (c.engine().equals("corenlp")) CorenlpPipeline.setVerbose(c.verbose());
        return RECOGNIZERS.computeIfAbsent(c, k -> switch (k.engine()) {
            case "hanlp" -> HanlpRecognizer.on(hanlp(k, log));
            default -> new CorenlpRecognizer(CorenlpModels.locate(k.corenlpModels()));
        });
    }

    /**
     * Words and mentions of a sentence in one call: for HanLP one pass over one word lattice (the same words and
     * mentions as {@link #segmenter} and {@link #recognizer} give, at the cost of little more than one of them);
     * for other engines the two called in turn.
     */
    public static SentenceAnalyzer analyzer(Config c, PrintStream log) {
        WordSegmenter words = segmenter(c, log);
        EntityEngine entities = recognizer(c, log);
        if (words instanceof HanlpSegmenter hs && entities instanceof HanlpRecognizer hr && hs.pass() == hr.pass()) {
            return sentence -> {
                HanlpPass.Result r = hs.pass().run(sentence, HanlpPass.Want.BOTH);
                List<Mention> mentions = sentence.isBlank() ? new ArrayList<>() : HanlpRecognizer.mentions(r.entityWords());
                return new SentenceAnalyzer.Analysis(hs.words(sentence, r.words()), mentions);
            };
        }
        return SentenceAnalyzer.of(words, entities);
    }

    /**
     * Starts loading an engine's shared dictionaries in the background, ahead of the first {@link #segmenter} or
     * {@link #recognizer} call, which then waits for it (for HanLP; other engines load on first use only).
     */
    public static void loadInBackground(String engine) {
        if (engine.equals("hanlp")) HanlpPass.loadInBackground();
    }

    /** The HanLP pass both HanLP engines of a configuration read (it depends on the lexicon only). */
    private static HanlpPass hanlp(Config c, PrintStream log) {
        return HANLP.computeIfAbsent(c.lexicons(), k -> HanlpPass.create(lexicon(c, log)));
    }

    /**
     * The engine-independent entity rules (lexicon and gazetteer names, foreign and Latin names, boundaries,
     * aliases, merging, filters) for a configuration: the same for every engine.
     */
    public static EntityRules entityRules(Config c, PrintStream log) {
        return EntityRules.with(lexicon(c, log), new EntityRules.Options(c.countryAbbreviations()));
    }

    /** The user lexicon: models/lexicon/*.txt plus the --lexicon files, read fresh in this process. */
    public static Lexicon lexicon(Config c, PrintStream log) {
        return LEXICONS.computeIfAbsent(c.lexicons(), files -> {
            for (Path p : files) {
                if (!Files.isRegularFile(p)) throw new SetupException("--lexicon: no such file: " + p);
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

    private static SegmentRules rules(String standard) {
        try {
            return SegmentRules.forStandard(standard);
        } catch (IllegalArgumentException e) {
            throw new SetupException("--standard: " + e.getMessage());
        }
    }

    private static void check(Config c) {
        if (!NAMES.contains(c.engine())) {
            throw new SetupException("unknown engine '" + c.engine() + "' (" + String.join(", ", NAMES) + ")");
        }
    }
}
