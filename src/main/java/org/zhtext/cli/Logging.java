package org.zhtext.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.zhtext.pipeline.EngineRegistry;

/** Library logging (java.util.logging, the engines' libraries, and anything routed there) is off unless --verbose. */
final class Logging {
    private Logging() {}

    static void configure(boolean verbose) {
        Level level = verbose ? Level.INFO : Level.OFF;
        Logger root = LogManager.getLogManager().getLogger("");
        root.setLevel(level);
        for (var h : root.getHandlers()) h.setLevel(level);
        EngineRegistry.setLogging(verbose);
    }
}
