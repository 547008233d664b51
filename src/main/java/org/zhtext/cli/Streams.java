package org.zhtext.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The process's streams as the commands see them: raw stdout for data (so a broken pipe is an IOException,
 * not a silently swallowed error), stderr for diagnostics, stdin, and whether stdin/stderr are terminals.
 * Tests give byte arrays instead.
 */
public record Streams(InputStream in, OutputStream out, PrintStream err, boolean stdinIsTerminal, boolean stderrIsTerminal) {}
