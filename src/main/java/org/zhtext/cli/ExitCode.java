package org.zhtext.cli;

/** zhtext's exit statuses (ripgrep's contract). */
public final class ExitCode {
    /** Every input processed. */
    public static final int OK = 0;
    /** Some inputs failed; they were reported and the rest written. */
    public static final int SOME_FAILED = 1;
    /** Usage or setup error: nothing (or not everything) could run. */
    public static final int USAGE = 2;

    private ExitCode() {}
}
