package org.zhtext.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where articles come from, shared by every article command. */
public class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories (walked recursively, sorted); '-' reads stdin. With no PATH, stdin is read when it is not a terminal.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--glob", paramLabel = "GLOB", description = "File names to take from directories (repeatable). Default: *.txt, *.html, *.htm.")
    List<String> globs = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE", description = "Read input paths from FILE, one per line ('-' for stdin).")
    Path filesFrom;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode inputs with this encoding instead of detecting UTF-8/UTF-16/GB18030/Big5.")
    String encoding;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "64000000",
            description = "Refuse articles longer than N characters (default: ${DEFAULT-VALUE}; normalize, which streams big UTF-8 files "
                    + "in blocks, applies it to those only when given).")
    long maxChars;
}
