package org.zhtext.corenlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhtext.core.Models;
import org.zhtext.engine.SetupException;

/**
 * The folder of CoreNLP Chinese model files that zhtext uses ({@code models/corenlp/}, filled by
 * {@code zhtext models fetch corenlp}), its layout, and where to find it.
 * <p>
 * Layout (each file extracted from the {@code stanford-corenlp-4.5.10-models-chinese.jar} entry named in
 * {@link #FILES}):
 * <pre>
 * segmenter/ctb.small.gz  segmenter/dict-chris6.ser.gz  segmenter/dict/...   CRF word segmenter (CTB standard)
 * pos/chinese-distsim.tagger                                          maximum-entropy POS tagger (CTB tags)
 * ner/chinese.misc.distsim.crf.ser.gz                                 CRF NER (coarse types)
 * zhtext-corenlp.properties                                           written last by the fetcher
 * </pre>
 */
public final class CorenlpModels {
    /** The command that fills the folder; named in every setup error. */
    public static final String FETCH_COMMAND = "zhtext models fetch corenlp";
    /** System property naming the folder. */
    public static final String PROPERTY = "zhtext.corenlp.models";
    /** Environment variable naming the folder. */
    public static final String ENV = "ZHTEXT_CORENLP_MODELS";
    /** Marker file the fetcher writes when every file is in place. */
    public static final String MARKER = "zhtext-corenlp.properties";

    static final String JAR_PREFIX = "edu/stanford/nlp/models/";
    static final String SEGMENTER = "segmenter/ctb.small.gz";
    static final String SEGMENTER_DICT = "segmenter/dict-chris6.ser.gz";
    /** Folder holding {@code dict/} (CoreNLP's {@code segment.sighanCorporaDict}). */
    static final String SIGHAN_DIR = "segmenter";
    static final String POS = "pos/chinese-distsim.tagger";
    static final String NER = "ner/chinese.misc.distsim.crf.ser.gz";

    /**
     * Files the engines read, by local path, with the jar entry each comes from. An entry ending in
     * {@code /} is a folder extracted with all its files.
     */
    static final Map<String, String> FILES = Map.of(
            SEGMENTER, JAR_PREFIX + "segmenter/chinese/ctb.small.gz",
            SEGMENTER_DICT, JAR_PREFIX + "segmenter/chinese/dict-chris6.ser.gz",
            SIGHAN_DIR + "/dict/", JAR_PREFIX + "segmenter/chinese/dict/",
            POS, JAR_PREFIX + "pos-tagger/chinese-distsim.tagger",
            NER, JAR_PREFIX + "ner/chinese.misc.distsim.crf.ser.gz");

    /** Files inside {@code dict/} that the CTB segmenter opens; checked by {@link #validate}. */
    private static final List<String> REQUIRED_DICT = List.of("dict/character_list", "dict/in.ctb");

    private final Path dir;

    private CorenlpModels(Path dir) {
        this.dir = dir;
    }

    /**
     * The models folder: {@code option} when given, else the system property
     * {@value #PROPERTY}, else the environment variable {@value #ENV}, else {@code corenlp/} in zhtext's
     * models folder ({@link Models#dir()}), else {@code ./models/corenlp}.
     */
    public static Path resolve(Path option) {
        if (option != null) return option;
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) p = System.getenv(ENV);
        if (p != null && !p.isBlank()) return Path.of(p);
        Path models = Models.dir();
        return (models != null ? models : Path.of("models")).resolve("corenlp");
    }

    /** {@link #validate(Path)} of {@link #resolve(Path)}. */
    public static CorenlpModels locate(Path option) {
        return validate(resolve(option));
    }

    /**
     * Checks that every model file is present.
     *
     * @throws SetupException about {@link CorenlpProvider#MODELS_OPTION} (one line, naming {@value #FETCH_COMMAND}) when
     *         the folder or a file is missing
     */
    public static CorenlpModels validate(Path dir) {
        List<String> missing = missing(dir);
        if (missing.isEmpty()) return new CorenlpModels(dir.toAbsolutePath().normalize());
        String what = Files.isDirectory(dir)
                ? "incomplete CoreNLP models in " + dir + " (missing " + String.join(", ", missing) + ")"
                : "no CoreNLP models in " + dir;
        throw new SetupException(CorenlpProvider.MODELS_OPTION, what + ": run `" + FETCH_COMMAND + "`");
    }

    /** The model files absent from {@code dir} (relative paths); empty when it is complete. */
    public static List<String> missing(Path dir) {
        List<String> out = new ArrayList<>();
        for (String f : FILES.keySet()) {
            if (f.endsWith("/")) continue;
            if (!nonEmpty(dir.resolve(f))) out.add(f);
        }
        for (String f : REQUIRED_DICT) {
            if (!nonEmpty(dir.resolve(SIGHAN_DIR).resolve(f))) out.add(SIGHAN_DIR + "/" + f);
        }
        out.sort(null);
        return out;
    }

    private static boolean nonEmpty(Path f) {
        try {
            return Files.isRegularFile(f) && Files.size(f) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The (absolute) models folder. */
    public Path dir() {
        return dir;
    }

    /** Absolute path of a file of the layout, as a string for CoreNLP's properties. */
    String path(String relative) {
        return dir.resolve(relative).toString();
    }
}
