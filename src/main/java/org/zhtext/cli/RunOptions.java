package org.zhtext.cli;

import picocli.CommandLine.Option;

/** Parallelism and progress. */
public class RunOptions {
    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: the number of cores). Output is identical for any N.")
    Integer threads;

    @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    int threads() {
        return threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
