package org.zhtext.pipeline;

import org.zhtext.core.Setting;

/** Turns exceptions into the one-line messages of error records and stderr. */
public final class ErrorMessages {
    private ErrorMessages() {}

    public static String oneLine(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return Setting.MAX_CHARS.message("out of memory while processing this input (give java a larger -Xmx, or lower " + Setting.OPTION + ")");
        }
        if (e instanceof StackOverflowError) return "internal error: stack overflow while processing";
        String m = e.getMessage();
        String s = (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m;
        if (!(e instanceof org.zhtext.io.InputException) && !(e instanceof org.zhtext.engine.SetupException)
                && !(e instanceof IllegalArgumentException)) {
            s = "internal error (" + e.getClass().getSimpleName() + "): " + s;
        }
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
