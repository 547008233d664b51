package org.zhtext.cli;

import org.zhtext.core.Article;
import org.zhtext.output.Schema;
import org.zhtext.pipeline.FigureRows;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.Windows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zhtext tariffs}: tariff events (issue 25, docs/TARIFFS.md): who taxes whom, on what, at which rate, from when. */
@Command(name = "tariffs", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract tariff events: one record per event stated in a sentence, with its action "
                + "(impose, raise, lower, suspend, lift, extend), stance (fact, plan, threat, denial), the parties "
                + "as written with ISO 3166-1 codes, products, rates and dates. Rules on the original text and its "
                + "figures; loads no NLP engine. --kinds and --tariff-only do not change the events.",
                "Records: file, sentence, start, end, text, action, stance, imposer, imposer_code, target, target_code, products, rate, previous_rate, effective, until, figure_ids, rate_low, rate_high."})
class TariffsCommand extends RecordCommand {
    @Override
    boolean usesEngine() {
        return false; // rules only: no engine, no library logging (ArchitectureTest: figures/ and tariffs/ load no engine)
    }

    @Mixin DateOptions dates;

    private FigureRows figures;

    @Override
    Schema schema() {
        return Schema.TARIFF;
    }

    @Override
    void prepare() throws Exception {
        figures = dates.build(java.util.EnumSet.allOf(org.zhtext.figures.FigureKind.class), false);
    }

    @Override
    RowBlocks blocks(Article a) {
        return figures.tariffBlocks(a, Windows.DEFAULT_SIZE);
    }
}
