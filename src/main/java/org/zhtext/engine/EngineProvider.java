package org.zhtext.engine;

import java.util.List;
import org.zhtext.core.Lexicon;

/**
 * An engine zhtext can run: what it is, what it needs, and how to build its segmenter and recognizer.
 * Implementations are registered in one place, {@code META-INF/services/org.zhtext.engine.EngineProvider}
 * (the first one listed is the default engine), found with {@link java.util.ServiceLoader}, and need a public
 * no-argument constructor that loads nothing. The pipeline builds each segmenter and recognizer once per
 * configuration and shares it between worker threads.
 */
public interface EngineProvider {
    /** The engine's name, as chosen on the command line ({@code hanlp}, {@code corenlp}). */
    String name();

    /** What the engine is and what it needs, in a few words (for the help: {@code embedded}). */
    String summary();

    /** The libraries the engine runs on with their versions, one line each ({@code HanLP portable-1.8.6}). */
    List<String> versions();

    /**
     * The settings this engine reads beyond the standard and the user lexicon (its models folder, say), offered by
     * the front end as options; their values reach the engine in {@link EngineSettings#options}. None by default.
     */
    default List<EngineOption> options() {
        return List.of();
    }

    /**
     * Switches the logging of the engine's libraries: off, or on stderr when {@code verbose}. Called before the
     * engine is built; must load nothing of the library. Does nothing by default.
     */
    default void setLogging(boolean verbose) {}

    /**
     * Whether zhtext's trained entity tagger ({@code ner/}, {@code --ner model}) replaces this engine's recognizer:
     * the tagger was trained for this engine's sentences. False by default (the engine's own recognizer).
     */
    default boolean usesTrainedTagger() {
        return false;
    }

    /** The model files the engine needs beyond its libraries, or null when it needs none. */
    default ModelSet models() {
        return null;
    }

    /**
     * Checks, before anything is loaded, that the engine can run with these settings: the library on the
     * class path, its model files, the settings it reads.
     *
     * @throws SetupException naming what is wrong
     */
    void checkSetup(EngineSettings settings);

    /** A segmenter with the user lexicon (after {@link #checkSetup}). */
    WordSegmenter segmenter(EngineSettings settings, Lexicon lexicon);

    /** A recognizer with the user lexicon (after {@link #checkSetup}). */
    EntityEngine recognizer(EngineSettings settings, Lexicon lexicon);

    /**
     * Words and mentions of a sentence in one call, for a segmenter and a recognizer of this provider: an engine
     * that can share work between the two returns its combined pass; by default one is called after the other.
     */
    default SentenceAnalyzer analyzer(WordSegmenter words, EntityEngine entities) {
        return SentenceAnalyzer.of(words, entities);
    }

    /**
     * Starts loading the engine's shared data on a background thread, ahead of the first {@link #segmenter} or
     * {@link #recognizer} call, which then waits for it; {@code recognizers}: whether the run will ask for the
     * engine's own recognizers (not when its entities come from the trained tagger, or none are wanted). Does
     * nothing by default (loading happens on first use).
     */
    default void loadInBackground(boolean recognizers) {}
}
