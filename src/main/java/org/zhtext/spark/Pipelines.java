package org.zhtext.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.core.Models;
import org.zhtext.io.ArticleReader;
import org.zhtext.pipeline.AnalysisSettings;
import org.zhtext.pipeline.Analyzer;
import org.zhtext.pipeline.EngineRegistry;

/**
 * The pipelines of this JVM (an executor, or the driver in local mode), one per {@link AnalysisSettings}, built
 * on first use and shared by every task and thread: HanLP's dictionaries, the conversion tables and the figure
 * lexicons load once per executor, not per partition (the engines themselves are also cached per configuration
 * by {@link org.zhtext.pipeline.EngineRegistry}). A task whose settings equal an earlier task's (they arrive deserialized,
 * so equal by value) reuses its pipeline.
 */
final class Pipelines {
    /** A built pipeline: the analyzer and the reader of its settings. Thread-safe. */
    record Pipeline(Analyzer analyzer, ArticleReader reader) {}

    private static final Map<AnalysisSettings, Pipeline> BUILT = new ConcurrentHashMap<>();

    private Pipelines() {}

    static Pipeline get(AnalysisSettings settings) {
        Pipeline p = BUILT.get(settings);
        return p != null ? p : BUILT.computeIfAbsent(settings, Pipelines::build);
    }

    /**
     * Starts building the pipeline of {@code settings} on a daemon thread; {@link #get} waits for it. A failure is
     * left for {@link #get} to meet again and report (a build that throws keeps nothing).
     */
    static void prebuild(AnalysisSettings settings) {
        Thread t = new Thread(() -> {
            try {
                get(settings);
            } catch (RuntimeException e) {
                // reported by the job's own get
            }
        }, "zhtext-pipeline-prebuild");
        t.setDaemon(true);
        t.start();
    }

    private static Pipeline build(AnalysisSettings s) {
        // the engines' libraries log through java.util.logging, which Spark routes into its own log: only with
        // --verbose, as in the CLI
        EngineRegistry.setLogging(s.verbose());
        if (s.modelsDir() != null) Models.setDir(Path.of(s.modelsDir()));
        return new Pipeline(s.analyzer(System.err), s.reader());
    }
}
