package org.zhtext.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Models;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.ModelSet;
import org.zhtext.io.UsageException;
import org.zhtext.pipeline.EngineRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhtext models}: where zhtext's data lives, and fetching the model sets that engines need (CoreNLP's). */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Show or fetch zhtext's model data.",
        subcommands = {ModelsCommand.Fetch.class, ModelsCommand.Status.class})
class ModelsCommand extends GroupCommand {

    /** The model sets of the registered engines. */
    static List<ModelSet> sets() {
        List<ModelSet> out = new ArrayList<>();
        for (EngineProvider p : EngineRegistry.providers()) {
            if (p.models() != null) out.add(p.models());
        }
        return out;
    }

    private static List<String> names() {
        return sets().stream().map(ModelSet::name).toList();
    }

    /** Described from the registered model sets by {@link FetchHelp}. */
    @Command(name = "fetch", mixinStandardHelpOptions = true, modelTransformer = FetchHelp.class, description = "Download a model set.")
    static class Fetch extends StreamsCommand {
        @Parameters(paramLabel = "SET", description = "The model set.")
        String set;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the models (default: models/corenlp).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            ModelSet models = sets().stream().filter(m -> m.name().equals(set)).findFirst()
                    .orElseThrow(() -> new UsageException("unknown model set '" + set + "' (" + String.join(", ", names()) + ")"));
            Path target = models.folder(dir);
            if (models.missing(target).isEmpty()) {
                streams.err().println("zhtext: " + models.name() + " models already complete in " + target);
                return ExitCode.OK;
            }
            models.fetch(target, streams.err());
            return ExitCode.OK;
        }
    }

    /** {@code fetch}'s description and SET's from the registered model sets. */
    public static final class FetchHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            StringBuilder d = new StringBuilder("Download a model set.");
            for (ModelSet m : sets()) d.append(" '").append(m.name()).append("': ").append(m.summary()).append(" (or --dir).");
            spec.usageMessage().description(d.toString());
            PositionalParamSpec p = spec.positionalParameters().get(0);
            spec.remove(p);
            spec.addPositional(p.toBuilder().description(String.join(" | ", names())).build());
            return spec;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Where zhtext reads its models from, and what is missing.")
    static class Status extends StreamsCommand {

        @Override
        public Integer call() throws Exception {
            java.io.PrintStream out = out();
            Path d = Models.dir();
            out.println("models: " + (d == null ? "(packed in the jar)" : d));
            out.println("lexicons: " + String.join(", ", Models.list("lexicon", ".txt")));
            for (ModelSet m : sets()) {
                Path c = m.folder(null);
                List<String> missing = m.missing(c);
                out.println(m.name() + ": " + c + (missing.isEmpty() ? " (complete)" : " (missing " + missing.size()
                        + " files; run 'zhtext models fetch " + m.name() + "')"));
            }
            return ExitCode.OK;
        }
    }
}
