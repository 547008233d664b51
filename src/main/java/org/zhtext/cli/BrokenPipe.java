package org.zhtext.cli;

/** Stdout was closed by its reader ({@code zhtext … | head}): stop quietly. */
final class BrokenPipe extends RuntimeException {
    BrokenPipe(Throwable cause) {
        super("broken pipe", cause, false, false);
    }
}
