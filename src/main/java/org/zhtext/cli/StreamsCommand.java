package org.zhtext.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** A command that is not an article command but writes to the process streams (models, eval). */
abstract class StreamsCommand implements Callable<Integer> {
    /** Set by {@link Main}'s factory. */
    Streams streams;

    /** Stdout for text results, UTF-8. */
    PrintStream out() {
        return new PrintStream(streams.out(), true, StandardCharsets.UTF_8);
    }
}
