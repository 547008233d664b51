package org.zhtext.cli;

import java.nio.file.Path;
import java.util.List;
import org.zhtext.core.Models;
import org.zhtext.corenlp.CorenlpModels;
import org.zhtext.corenlp.ModelFetcher;
import org.zhtext.io.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhtext models}: where zhtext's data lives, and fetching the optional CoreNLP models. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Show or fetch zhtext's model data.",
        subcommands = {ModelsCommand.Fetch.class, ModelsCommand.Status.class})
class ModelsCommand extends GroupCommand {

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Download a model set. 'corenlp': the Stanford CoreNLP Chinese models "
                    + "(" + ModelFetcher.ARTIFACT + ", 1.58 GB from Maven Central, SHA-1 checked); only the files "
                    + "the engine needs are kept, in models/corenlp (or --dir)."})
    static class Fetch extends StreamsCommand {
        @Parameters(paramLabel = "SET", description = "corenlp")
        String set;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the models (default: models/corenlp).")
        Path dir;


        @Override
        public Integer call() throws Exception {
            if (!"corenlp".equals(set)) throw new UsageException("unknown model set '" + set + "' (corenlp)");
            Path target = dir != null ? dir : CorenlpModels.resolve(null);
            if (CorenlpModels.missing(target).isEmpty()) {
                streams.err().println("zhtext: CoreNLP models already complete in " + target);
                return ExitCode.OK;
            }
            ModelFetcher.fetch(target, streams.err());
            return ExitCode.OK;
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
            Path c = CorenlpModels.resolve(null);
            List<String> missing = CorenlpModels.missing(c);
            out.println("corenlp: " + c + (missing.isEmpty() ? " (complete)" : " (missing " + missing.size()
                    + " files; run '" + CorenlpModels.FETCH_COMMAND + "')"));
            return ExitCode.OK;
        }
    }
}
