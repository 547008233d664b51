package org.zhtext.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhtext.core.Article;
import org.zhtext.io.Input;
import org.zhtext.io.UsageException;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;
import org.zhtext.pipeline.Analyzer;
import org.zhtext.pipeline.Batch;
import org.zhtext.pipeline.IncrementalState;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.pipeline.Windows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhtext analyze}: every record kind at once over a folder of articles, in parallel, deterministic. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the whole pipeline (document, token, entity and figure records) over articles in "
                + "parallel. Output is identical for any --threads.",
                "To stdout: one stream, each record with a leading 'record' field (document | token | entity | figure | error).",
                "With --output-dir: documents, tokens, entities, figures and errors tables, each renamed into place when complete."})
class AnalyzeCommand extends RecordCommand {
    @Mixin EngineOptions engine;
    @Mixin FigureOptions figureOptions;

    @Option(names = "--only", paramLabel = "KIND", split = ",",
            description = "Only these record kinds: document, token, entity, figure (errors are always written).")
    List<String> only = new ArrayList<>();

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write documents, tokens, entities, figures and errors tables (.csv, .tsv, .jsonl or .json) into DIR.")
    Path outputDir;

    @Option(names = "--emit-text", paramLabel = "DIR",
            description = "Also write each article's analyzed text (HTML reduced to text, decoded to UTF-8), so offsets can be checked: "
                    + "to DIR/FILE.txt, FILE being the record's file column (a leading / or ../ dropped).")
    Path emitText;

    @Option(names = "--skip-unchanged", paramLabel = "STATE.json",
            description = "Skip inputs whose size, mtime and content hash match STATE.json from an earlier run with the same settings; update it at the end.")
    Path skipUnchanged;

    private Analyzer analyzer;
    private IncrementalState state;
    private final Map<String, Input> byFile = new LinkedHashMap<>();

    @Override
    Schema schema() {
        return Schema.DOCUMENT;
    }

    @Override
    boolean recordField() {
        return outputDir == null;
    }

    @Override
    void prepare() throws Exception {
        if (outputDir != null && out.output != null) throw new UsageException("use either -o or --output-dir");
        Set<Analyzer.Kind> kinds = EnumSet.noneOf(Analyzer.Kind.class);
        for (String k : only) {
            try {
                kinds.add(Analyzer.Kind.parse(k));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--only: " + e.getMessage());
            }
        }
        analyzer = new Analyzer(kinds, engine.config(global.verbose), figureOptions.build(), err());
    }

    @Override
    void beforeRun(List<Input> inputs) throws IOException {
        for (Input in : inputs) byFile.put(in.file(), in);
        if (skipUnchanged != null) {
            state = IncrementalState.load(skipUnchanged, settingsKey(), VersionProvider.version());
            int before = inputs.size();
            inputs.removeIf(state::unchanged);
            if (before != inputs.size()) err().println("zhtext: " + (before - inputs.size()) + " unchanged inputs skipped (" + skipUnchanged + ")");
        }
        if (emitText != null) {
            OutputPaths.checkDestinations(emitText, inputs, OutputPaths::textCopy, "--emit-text");
            Files.createDirectories(emitText);
        }
    }

    private String settingsKey() {
        return String.join(" ", "engine=" + engine.engine, "lexicons=" + engine.lexicons, "only=" + analyzer.kinds(),
                "kinds=" + figureOptions.kinds, "tariffOnly=" + figureOptions.tariffOnly, "ref=" + figureOptions.referenceDate,
                "dates=" + figureOptions.dates, "format=" + format())
                + (figureOptions.prefer == null ? "" : " prefer=" + figureOptions.prefer);
    }

    @Override
    RowBlocks blocks(Article a) throws Exception {
        if (emitText != null) {
            Input in = byFile.get(a.file());
            OutputPaths.writeBelow(emitText, OutputPaths.textCopy(in), in.path(), a.text());
        }
        return analyzer.blocks(a, Windows.DEFAULT_SIZE);
    }

    @Override
    List<Row> errorRows(Input in, String error) {
        return analyzer.failed(in.file(), error);
    }

    @Override
    void afterRun(Batch.Summary s) {
        err().println(Progress.summaryLine(s));
    }

    @Override
    void onSuccess(Input in) {
        if (state != null) state.record(in);
    }

    @Override
    void finishRun() throws IOException {
        if (state != null) state.save();
    }

    @Override
    List<Path> outputFiles() {
        List<Path> files = new ArrayList<>(super.outputFiles());
        if (outputDir != null) files.addAll(Sinks.TablesSink.files(outputDir, format()));
        if (skipUnchanged != null) files.add(skipUnchanged);
        return files;
    }

    @Override
    Sinks.Sink openSink() throws IOException {
        if (outputDir == null) return super.openSink();
        Files.createDirectories(outputDir);
        return new Sinks.TablesSink(outputDir, format(), out.excel);
    }
}
