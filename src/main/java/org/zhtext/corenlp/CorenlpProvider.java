package org.zhtext.corenlp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.core.Versions;
import org.zhtext.engine.EngineOption;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.EngineSettings;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.ModelSet;
import org.zhtext.engine.WordSegmenter;

/**
 * The second engine, Stanford CoreNLP with its Chinese models, fetched on demand into a models folder
 * ({@link CorenlpModels}). Start-up checks that the folder is complete; the models load when the segmenter or
 * the recognizer is built (one {@link CorenlpPipeline} shared by both). Nothing of CoreNLP is loaded by this
 * class itself.
 */
public final class CorenlpProvider implements EngineProvider {
    /** The models folder ({@code --corenlp-models DIR}); default: {@link CorenlpModels#resolve}. */
    public static final EngineOption MODELS_OPTION = new EngineOption("corenlp-models", "DIR",
            "Where the CoreNLP Chinese models are (default: models/corenlp).");

    private static final ModelSet MODELS = new ModelSet() {
        @Override
        public String name() {
            return "corenlp";
        }

        @Override
        public String summary() {
            return "the Stanford CoreNLP Chinese models (" + ModelFetcher.ARTIFACT + ", 1.58 GB from Maven Central, SHA-1 "
                    + "checked); only the files the engine needs are kept, in models/corenlp";
        }

        @Override
        public Path folder(Path dir) {
            return CorenlpModels.resolve(dir);
        }

        @Override
        public List<String> missing(Path folder) {
            return CorenlpModels.missing(folder);
        }

        @Override
        public void fetch(Path folder, PrintStream progress) throws IOException {
            ModelFetcher.fetch(folder, progress);
        }
    };

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public String summary() {
        return "Stanford CoreNLP; needs '" + CorenlpModels.FETCH_COMMAND + "' and a 2 GB heap: java -Xmx2g";
    }

    @Override
    public List<String> versions() {
        return List.of("Stanford CoreNLP " + Versions.of("corenlp") + " (models: zhtext models status)");
    }

    @Override
    public List<EngineOption> options() {
        return List.of(MODELS_OPTION);
    }

    @Override
    public ModelSet models() {
        return MODELS;
    }

    @Override
    public void checkSetup(EngineSettings settings) {
        CorenlpModels.locate(settings.path(MODELS_OPTION));
    }

    @Override
    public WordSegmenter segmenter(EngineSettings settings, Lexicon lexicon) {
        CorenlpPipeline.setVerbose(settings.verbose());
        return new CorenlpSegmenter(CorenlpModels.locate(settings.path(MODELS_OPTION)), lexicon);
    }

    @Override
    public EntityEngine recognizer(EngineSettings settings, Lexicon lexicon) {
        CorenlpPipeline.setVerbose(settings.verbose());
        return new CorenlpRecognizer(CorenlpModels.locate(settings.path(MODELS_OPTION)));
    }
}
