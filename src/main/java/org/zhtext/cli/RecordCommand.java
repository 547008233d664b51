package org.zhtext.cli;

import java.util.Set;
import org.zhtext.output.Format;
import picocli.CommandLine.Option;

/** An article command that writes flat records only: {@code --format jsonl|json|csv|tsv}, JSON Lines by default. */
abstract class RecordCommand extends ArticleCommand {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl | json | csv | tsv. Default: ${DEFAULT-VALUE}.")
    String formatName;

    @Override
    String formatName() {
        return formatName;
    }

    @Override
    Set<Format> formats() {
        return Format.RECORDS;
    }
}
