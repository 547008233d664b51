package org.zhtext.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Parallelism and progress. */
public class RunOptions {
    @Option(names = {"-j", "--threads"}, paramLabel = "N", converter = AtLeastOne.class, description = "Worker threads (default: the number of cores). Output is identical for any N.")
    Integer threads;

    @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** A count of at least 1 (0 or a negative number of workers is a usage error, not "the default"). */
    static final class AtLeastOne implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 1) throw new CommandLine.TypeConversionException("'" + value + "' is less than 1 (at least one worker thread is needed)");
            return n;
        }
    }
}
