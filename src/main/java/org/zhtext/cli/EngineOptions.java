package org.zhtext.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Engine choice and its data, shared by segment, entities and analyze. */
public class EngineOptions {
    @Option(names = {"-e", "--engine"}, paramLabel = "ENGINE", defaultValue = "hanlp",
            description = "hanlp (default: embedded) | corenlp (Stanford CoreNLP; needs 'zhtext models fetch corenlp' and ~3 GB heap).")
    String engine;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "An extra user lexicon (word [pos] [frequency] per line), on top of models/lexicon/*.txt (repeatable).")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--corenlp-models", paramLabel = "DIR", description = "Where the CoreNLP Chinese models are (default: models/corenlp).")
    Path corenlpModels;

    org.zhtext.pipeline.Engines.Config config(boolean verbose) {
        return new org.zhtext.pipeline.Engines.Config(engine, lexicons, corenlpModels, verbose);
    }
}
