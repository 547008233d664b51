package org.zhtext.hanlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Setting;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.EngineSettings;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;
import org.zhtext.engine.SentenceAnalyzer;
import org.zhtext.engine.SetupException;
import org.zhtext.engine.WordSegmenter;

/**
 * The default engine, HanLP portable (embedded: its dictionaries are in its jar). The segmenter and the
 * recognizer built for one user lexicon read one {@link HanlpPass}, and {@link #analyzer} runs that pass once
 * per sentence for both. Start-up checks that the HanLP on the class path is the release the pass reproduces
 * ({@link HanlpVersion}) and that the segmentation standard is known.
 */
public final class HanlpProvider implements EngineProvider {
    /** The pass of each user lexicon (the same lexicon object: the pipeline loads each lexicon once). */
    private final Map<Lexicon, HanlpPass> passes = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "hanlp";
    }

    @Override
    public String summary() {
        return "embedded";
    }

    @Override
    public List<String> versions() {
        return List.of("HanLP " + Objects.requireNonNullElse(HanlpVersion.onClassPath(), "unknown"));
    }

    @Override
    public void checkSetup(EngineSettings settings) {
        HanlpVersion.require();
        rules(settings.standard());
    }

    @Override
    public WordSegmenter segmenter(EngineSettings settings, Lexicon lexicon) {
        return HanlpSegmenter.on(pass(lexicon), rules(settings.standard()));
    }

    @Override
    public EntityEngine recognizer(EngineSettings settings, Lexicon lexicon) {
        HanlpPass pass = pass(lexicon);
        pass.loadRecognizers();
        return HanlpRecognizer.on(pass);
    }

    /**
     * For a segmenter and a recognizer on the same pass: one run of the pass per sentence gives both the words
     * and the mentions (the same as the two give, at the cost of little more than one of them).
     */
    @Override
    public SentenceAnalyzer analyzer(WordSegmenter words, EntityEngine entities) {
        if (words instanceof HanlpSegmenter hs && entities instanceof HanlpRecognizer hr && hs.pass() == hr.pass()) {
            HanlpPass pass = hs.pass();
            return sentence -> {
                HanlpPass.Result r = pass.run(sentence, HanlpPass.Want.BOTH);
                List<Mention> mentions = sentence.isBlank() ? new ArrayList<>() : HanlpRecognizer.mentions(r.entityWords());
                return new SentenceAnalyzer.Analysis(hs.words(sentence, r.words()), mentions);
            };
        }
        return SentenceAnalyzer.of(words, entities);
    }

    /** HanLP's logger ({@code Predefine.logger}), held so that its level stays set (java.util.logging keeps loggers weakly). */
    private static final Logger LOG = Logger.getLogger("HanLP");

    /** HanLP logs through java.util.logging: its logger is configured on first use, so it is created here with the level. */
    @Override
    public void setLogging(boolean verbose) {
        LOG.setLevel(verbose ? Level.INFO : Level.OFF);
    }

    /** The trained tagger of {@code ner/} was trained on HanLP's sentences and replaces its recognizers by default. */
    @Override
    public boolean usesTrainedTagger() {
        return true;
    }

    @Override
    public void loadInBackground(boolean recognizers) {
        HanlpPass.loadInBackground(recognizers);
    }

    private HanlpPass pass(Lexicon lexicon) {
        return passes.computeIfAbsent(lexicon, HanlpPass::create);
    }

    private static SegmentRules rules(String standard) {
        try {
            return SegmentRules.forStandard(standard);
        } catch (IllegalArgumentException e) {
            throw new SetupException(Setting.STANDARD, e.getMessage());
        }
    }
}
