package org.zhtext.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public class GlobalOptions {
    @Option(names = "--verbose", description = "Show library logging, model loading details and stack traces on stderr.")
    boolean verbose;

    @Option(names = "--models", paramLabel = "DIR", description = "The models folder (conversion overrides, lexicons, CoreNLP models). Default: models/ of the checkout, or the copy in the jar.")
    java.nio.file.Path models;
}
