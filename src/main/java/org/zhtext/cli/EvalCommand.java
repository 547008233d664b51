package org.zhtext.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.NerEval;
import org.zhtext.io.UsageException;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.pipeline.EngineRegistry;
import org.zhtext.segment.DocSegmenter;
import org.zhtext.segment.SegmentEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhtext eval}: score an engine against gold data (SIGHAN 2005, UD CoNLL-U, MSRA BIO). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate segmentation or entity recognition against gold data.",
        subcommands = {EvalCommand.Segment.class, EvalCommand.Entities.class})
class EvalCommand extends GroupCommand {

    private static void requireFile(Path p, String option) {
        if (p != null && !Files.isRegularFile(p)) throw new UsageException(option + ": no such file: " + p);
    }

    @Command(name = "segment", mixinStandardHelpOptions = true,
            description = {"Word precision/recall/F1 (and OOV recall with --training-words) of an engine, scored from token "
                    + "offsets into the original input. SIGHAN: --gold words separated by spaces, --input the same lines "
                    + "unsegmented. CoNLL-U: --gold FILE.conllu alone (raw text from '# text =', UPOS F1 too)."})
    static class Segment extends StreamsCommand {
        @Mixin EngineOptions engine;
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold segmentation (SIGHAN .utf8 or .conllu).")
        Path gold;
        @Option(names = "--input", paramLabel = "FILE", description = "Unsegmented input lines (SIGHAN).")
        Path input;
        @Option(names = "--training-words", paramLabel = "FILE", description = "Training word list, for OOV rate and recall.")
        Path training;
        @Option(names = "--verbose") boolean verbose;

        @Override
        public Integer call() throws Exception {
            requireFile(gold, "--gold");
            requireFile(input, "--input");
            requireFile(training, "--training-words");
            Logging.configure(verbose);
            DocSegmenter seg = new DocSegmenter(EngineRegistry.segmenter(engine.config(verbose), streams.err()));
            ChineseConverter t2s = ChineseConverter.simplified();
            SegmentEval.Score s;
            if (gold.toString().endsWith(".conllu")) {
                s = SegmentEval.conllu(gold.getFileName().toString(), gold, t2s::convert, seg);
            } else {
                if (input == null) throw new UsageException("--input is required with a SIGHAN gold file");
                s = SegmentEval.sighan(gold.getFileName().toString(), gold, input, training, t2s::convert, seg);
            }
            PrintStream out = out();
            out.println(SegmentEval.Score.header());
            out.println(s.row());
            return ExitCode.OK;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Entity-level exact-match precision/recall/F1 per type (PER, LOC, ORG) and overall, on a BIO file (char<TAB>tag per line, MSRA style).")
    static class Entities extends StreamsCommand {
        @Mixin EngineOptions engine;
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold BIO file.")
        Path gold;
        @Option(names = "--bare", description = "Also score the engine without zhtext's lexicon and rules.")
        boolean bare;
        @Option(names = "--verbose") boolean verbose;

        @Override
        public Integer call() throws Exception {
            requireFile(gold, "--gold");
            Logging.configure(verbose);
            EngineRegistry.Config c = engine.config(verbose);
            var eng = EngineRegistry.recognizer(c, streams.err());
            var results = new java.util.ArrayList<NerEval.Result>();
            if (bare) results.add(NerEval.evaluate(gold, eng, false));
            results.add(NerEval.evaluate(gold, new DocEntities(eng, EngineRegistry.entityRules(c, streams.err())), eng.name() + " + zhtext rules"));
            PrintStream out = out();
            out.print(NerEval.table(List.copyOf(results)));
            return ExitCode.OK;
        }
    }
}
