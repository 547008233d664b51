package org.zhtext.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Library logging (java.util.logging: HanLP, and anything routed there) is off unless --verbose. */
final class Logging {
    private Logging() {}

    static void configure(boolean verbose) {
        Level level = verbose ? Level.INFO : Level.OFF;
        Logger root = LogManager.getLogManager().getLogger("");
        root.setLevel(level);
        for (var h : root.getHandlers()) h.setLevel(level);
        // HanLP's logger is configured on first use; pre-create it with the same level
        Logger.getLogger("HanLP").setLevel(level);
    }
}
