package org.zhtext.engine;

import java.nio.file.Path;

/**
 * What an engine is built with besides the user lexicon.
 *
 * @param standard the segmentation standard (word conventions; an engine that has none ignores it)
 * @param models   the folder of the engine's model files, or null for its default place (an engine without
 *                 model files ignores it)
 * @param verbose  whether the engine's libraries may log to stderr
 */
public record EngineSettings(String standard, Path models, boolean verbose) {}
