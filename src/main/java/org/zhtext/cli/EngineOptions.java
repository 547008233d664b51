package org.zhtext.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Engine choice and its data, shared by segment, entities and analyze. */
public class EngineOptions {
    @Option(names = {"-e", "--engine"}, paramLabel = "ENGINE", defaultValue = "hanlp",
            description = "hanlp (default: embedded) | corenlp (Stanford CoreNLP; needs 'zhtext models fetch corenlp' and a 2 GB heap: java -Xmx2g).")
    String engine;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "An extra user lexicon (word [pos] [frequency] per line), on top of models/lexicon/*.txt (repeatable).")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--standard", paramLabel = "STANDARD", defaultValue = "pku",
            description = "HanLP word conventions: pku (default: 2000年, 50万 whole), msr (numbers with classifiers and whole dates, as MSR), cityu or as (Hong Kong / Taiwan conventions: classifiers split, bound suffixes joined), ud (numbers split from units).")
    String standard;

    @Option(names = "--corenlp-models", paramLabel = "DIR", description = "Where the CoreNLP Chinese models are (default: models/corenlp).")
    Path corenlpModels;

    @Option(names = "--country-abbreviations", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Report coordinated one-character country abbreviations as places (中美关系 gives 中 and 美; "
                    + "never 中方, 对华, 赴美). Default: on; --no-country-abbreviations turns them off.")
    boolean countryAbbreviations = true;

    org.zhtext.pipeline.Engines.Config config(boolean verbose) {
        return new org.zhtext.pipeline.Engines.Config(engine, standard, lexicons, corenlpModels, verbose, countryAbbreviations);
    }
}
