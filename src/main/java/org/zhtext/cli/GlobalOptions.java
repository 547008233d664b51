package org.zhtext.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public class GlobalOptions {
    @Option(names = "--verbose", description = "Show library logging, model loading details and stack traces on stderr.")
    boolean verbose;

    @Option(names = "--models", paramLabel = "DIR", description = "The models folder (conversion overrides, lexicons, CoreNLP models). Default: models/ of the checkout, or the copy in the jar.")
    java.nio.file.Path models;

    @Option(names = "--converter", paramLabel = "DICTS", defaultValue = "opencc",
            description = "Script conversion dictionaries: opencc (OpenCC 1.4.2's, vendored; the default) or opencc4j (OpenCC4j's older ones, less accurate; for comparison).")
    org.zhtext.normalize.ChineseConverter.Dictionaries converter;

    /** Applies {@code --converter}: a missing OpenCC data folder is a setup error, never a silent fallback. */
    void applyConverter() {
        org.zhtext.normalize.ChineseConverter.use(converter);
        String missing = org.zhtext.normalize.ChineseConverter.missingData();
        if (missing != null) {
            throw new org.zhtext.engine.SetupException(missing + ": point --models at a models folder that has it,"
                    + " or choose --converter opencc4j");
        }
    }
}
