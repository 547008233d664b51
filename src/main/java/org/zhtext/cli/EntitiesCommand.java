package org.zhtext.cli;

import java.util.List;
import org.zhtext.core.Article;
import org.zhtext.core.Entity;
import org.zhtext.output.Schema;
import org.zhtext.output.Row;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.DocBuilder;
import org.zhtext.pipeline.EngineRegistry;
import org.zhtext.pipeline.EntityRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhtext entities}: people, organizations and places. */
@Command(name = "entities", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find people, organizations and places (transliterated foreign names, aliases in "
                + "parentheses, agencies with acronyms), with offsets into the original text.",
                "Records: file, type, text, start, end, normalized, engine (with --unique: file, type, normalized, count)."})
class EntitiesCommand extends RecordCommand {
    @Mixin EngineOptions engine;

    @Option(names = "--unique", description = "One row per distinct (file, type, normalized) with a count column.")
    boolean unique;

    private EntityRows entities;

    @Override
    Schema schema() {
        return unique ? Schema.ENTITY_UNIQUE : Schema.ENTITY;
    }

    @Override
    void prepare() {
        EngineRegistry.Config c = engine.config(global.verbose);
        entities = new EntityRows(EngineRegistry.recognizer(c, err()), EngineRegistry.entityRules(c, err()));
    }

    @Override
    RowBlocks blocks(Article a) {
        return RowBlocks.of(rows(a));
    }

    private List<Row> rows(Article a) {
        List<Entity> found = entities.entities(DocBuilder.simplified(a));
        return unique ? EntityRows.uniqueRows(a.file(), found) : EntityRows.rows(a.file(), found);
    }
}
