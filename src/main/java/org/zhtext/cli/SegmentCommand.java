package org.zhtext.cli;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Article;
import org.zhtext.core.Doc;
import org.zhtext.core.Token;
import org.zhtext.engine.WordSegmenter;
import org.zhtext.io.UsageException;
import org.zhtext.output.RecordFormats;
import org.zhtext.output.Schema;
import org.zhtext.output.Row;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.DocBuilder;
import org.zhtext.pipeline.EngineRegistry;
import org.zhtext.pipeline.TokenRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhtext segment}: sentences, words and part-of-speech tags. */
@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Split articles into sentences and words with part-of-speech tags. Traditional text is "
                + "segmented on its simplified form; tokens keep the original surface and offsets.",
                "Records: file, sentence, index, text, start, end, pos, normalized."})
class SegmentCommand extends ArticleCommand {
    @Mixin EngineOptions engine;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl", completionCandidates = FormatChoices.Tokens.class,
            description = "${COMPLETION-CANDIDATES} (text: words separated by spaces, one sentence per line). Default: ${DEFAULT-VALUE}.")
    String formatName;

    @Override
    String formatName() {
        return formatName;
    }

    @Option(names = "--tagset", paramLabel = "TAGSET", defaultValue = "native",
            description = "native (HanLP: PKU, CoreNLP: CTB) | ud (Universal Dependencies UPOS). Default: ${DEFAULT-VALUE}.")
    String tagset;

    private TokenRows tokens;

    @Override
    Schema schema() {
        return Schema.TOKEN;
    }

    @Override
    void prepare() {
        if (!tagset.equals("native") && !tagset.equals("ud")) throw new UsageException("--tagset must be native or ud");
        WordSegmenter seg = EngineRegistry.segmenter(engine.config(global.verbose), err());
        tokens = new TokenRows(seg, tagset.equals("ud"));
    }

    @Override
    RowBlocks blocks(Article a) {
        return RowBlocks.of(rows(a));
    }

    private List<Row> rows(Article a) {
        Doc doc = DocBuilder.simplified(a);
        List<Token> toks = tokens.tokens(doc);
        if (format() == RecordFormats.TEXT) return List.of(TokenRows.textRow(toks));
        if (format() == RecordFormats.CONLLU) return List.of(tokens.conlluRow(doc, toks));
        return new ArrayList<>(tokens.rows(a.file(), toks));
    }
}
