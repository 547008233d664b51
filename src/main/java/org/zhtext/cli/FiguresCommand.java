package org.zhtext.cli;

import org.zhtext.core.Article;
import org.zhtext.output.Schema;
import org.zhtext.pipeline.FigureRows;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.Windows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zhtext figures}: percentages, money, quantities, durations and dates with normalized values. */
@Command(name = "figures", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract figures (percent, money, quantity, duration, date) with normalized values, "
                + "exact spans and a tariff flag. Rules on the original text; loads no NLP engine.",
                "Records: file, kind, text, start, end, value, low, high, unit, currency, per, tariff, year_inferred, qualifier, sentence, unresolved, year_source, direction."})
class FiguresCommand extends RecordCommand {
    @Override
    boolean usesEngine() {
        return false; // rules only: no engine, no library logging (ArchitectureTest: figures/ and tariffs/ load no engine)
    }

    @Mixin FigureOptions figureOptions;

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
