package org.zhtext.cli;

import picocli.CommandLine.Option;

/** An article command that writes flat records only: {@code --format jsonl|json|csv|tsv}, JSON Lines by default. */
abstract class RecordCommand extends ArticleCommand {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl", completionCandidates = FormatChoices.Records.class,
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    String formatName;

    @Override
    String formatName() {
        return formatName;
    }
}
