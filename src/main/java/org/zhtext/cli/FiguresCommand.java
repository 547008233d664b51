package org.zhtext.cli;

import org.zhtext.core.Article;
import org.zhtext.output.Format;
import org.zhtext.output.Schema;
import org.zhtext.pipeline.FigureRows;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.Windows;
import org.zhtext.pipeline.ReferenceDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhtext figures}: percentages, money, quantities, durations and dates with normalized values. */
@Command(name = "figures", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract figures (percent, money, quantity, duration, date) with normalized values, "
                + "exact spans and a tariff flag. Rules on the original text; loads no NLP engine.",
                "Records: file, kind, text, start, end, value, low, high, unit, currency, per, tariff, year_inferred, qualifier, sentence."})
class FiguresCommand extends ArticleCommand {
    @Mixin FigureOptions figureOptions;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl | json | csv | tsv. Default: ${DEFAULT-VALUE}.")
    String formatName;

    @Override
    String formatName() {
        return formatName;
    }

    @Override
    java.util.Set<Format> formats() {
        return Format.RECORDS;
    }

    private FigureRows figures;

    @Override
    Schema schema() {
        return Schema.FIGURE;
    }

    @Override
    void prepare() throws Exception {
        figures = figureOptions.build();
    }

    @Override
    RowBlocks blocks(Article a) {
        return figures.blocks(a, Windows.DEFAULT_SIZE);
    }
}
