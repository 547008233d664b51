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
import org.zhtext.output.RowFormat;
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
                "With --output-dir: documents, tokens, entities, figures, tariffs and errors tables, each renamed into place when complete."})
class AnalyzeCommand extends RecordCommand {
    @Mixin EngineOptions engine;
    @Mixin FigureOptions figureOptions;

    @Option(names = "--only", paramLabel = "KIND", split = ",",
            description = "Only these record kinds: document, token, entity, figure, tariff (errors are always written).")
    List<String> only = new ArrayList<>();

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write documents, tokens, entities, figures, tariffs and errors tables (.csv, .tsv, .jsonl or .json) into DIR.")
    Path outputDir;

    @Option(names = "--emit-text", paramLabel = "DIR",
            description = "Also write each article's analyzed text (HTML reduced to text, decoded to UTF-8), so offsets can be checked: "
                    + "to DIR/FILE (.txt added unless it ends so), FILE being the record's file column (a leading / or ../ dropped).")
    Path emitText;

    @Option(names = "--skip-unchanged", paramLabel = "STATE.json",
            description = {"Skip inputs whose size, mtime and content hash match STATE.json from an earlier run with the same settings "
                    + "and outputs; update it once the outputs are in place.",
                    "With --output-dir or -o the skipped inputs' records are carried over from the previous tables, so the tables "
                    + "always hold every input; to stdout only new and changed inputs are written."})
    Path skipUnchanged;

    private Analyzer analyzer;
    private IncrementalState state;
    private final Map<String, Input> byFile = new LinkedHashMap<>();
    /** With --skip-unchanged: every input in order, the skipped ones, and the records carried for them. */
    private List<Input> order = List.of();
    private final Set<Input> skipped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private CarriedRecords carried;
    private int written;

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
        if (skipUnchanged != null) skipUnchanged(inputs);
        if (emitText != null) {
            OutputPaths.checkDestinations(emitText, inputs, OutputPaths::textCopy, "--emit-text");
            Files.createDirectories(emitText);
        }
    }

    /**
     * Loads the state and removes the unchanged inputs from {@code inputs}. When the run writes files, an input is
     * skipped only if the previous tables are the very files the state was saved with and can be read back: its
     * records are then carried over ({@link CarriedRecords}); otherwise every input is processed again.
     */
    private void skipUnchanged(List<Input> inputs) throws IOException {
        state = IncrementalState.load(skipUnchanged, settingsKey(), VersionProvider.version());
        Map<Schema, Path> tables = carriedTables();
        if (state.hasPrevious()) {
            String why = state.outputsChanged(List.copyOf(tables.values()));
            if (why == null && !tables.isEmpty()) {
                try {
                    carried = CarriedRecords.open(tables, rowFormat());
                } catch (IOException e) {
                    why = "cannot carry records over from " + e.getMessage();
                }
            }
            if (why != null) {
                err().println("zhtext: " + skipUnchanged + ": " + why + "; every input is processed again");
                state.forgetPrevious();
            }
        }
        order = List.copyOf(inputs);
        inputs.removeIf(in -> state.unchanged(in) && skipped.add(in));
        if (!skipped.isEmpty()) {
            err().println("zhtext: " + skipped.size() + " unchanged inputs skipped (" + skipUnchanged + ")"
                    + (tables.isEmpty() ? ": only new and changed inputs are written" : ": their records are carried over"));
        }
    }

    /** The files the skipped inputs' records are carried over from (and into): the tables, -o's file, or none. */
    private Map<Schema, Path> carriedTables() {
        if (outputDir != null) return Sinks.TablesSink.tables(outputDir, format());
        if (out.output != null) return Map.of(Schema.DOCUMENT, out.output);
        return Map.of();
    }

    private RowFormat rowFormat() {
        return new RowFormat(format(), recordField(), out.excel);
    }

    /** Writes the carried records of the skipped inputs that come before {@code next} (null: all that are left). */
    private void writeCarried(Input next, Sinks.Sink sink) throws IOException {
        while (written < order.size() && order.get(written) != next) {
            Input in = order.get(written++);
            if (skipped.contains(in) && carried != null) sink.write(carried.block(in.file()));
        }
        if (next != null) written++;
    }

    @Override
    void beforeWrite(Input next, Sinks.Sink sink) throws IOException {
        if (!skipped.isEmpty()) writeCarried(next, sink);
    }

    @Override
    void beforeCommit(Sinks.Sink sink) throws IOException {
        if (!skipped.isEmpty()) writeCarried(null, sink);
        if (carried != null) carried.close();
    }

    /** Options that do not change an input's records: where they go, how fast, which inputs. */
    private static final Set<String> NOT_IN_RECORDS = Set.of("--threads", "--progress", "--skip-unchanged", "--errors",
            "--emit-text", "--verbose", "--output", "--output-dir", "--help", "--version", "--files-from", "--glob");

    /**
     * What shapes an input's records, as one string: every other option's value (given or default), files they name
     * by their content's hash (an edited --lexicon or --dates file changes the records of unchanged inputs).
     */
    private String settingsKey() throws IOException {
        List<String> parts = new ArrayList<>();
        for (var o : spec.options()) {
            if (NOT_IN_RECORDS.contains(o.longestName())) continue;
            Object v = o.getValue();
            StringBuilder sb = new StringBuilder(o.longestName()).append('=').append(v);
            List<Object> values = new ArrayList<>();
            if (v instanceof java.util.Collection<?> c) values.addAll(c);
            else values.add(v);
            for (Object x : values) {
                if (x instanceof Path p && Files.isRegularFile(p)) sb.append('#').append(IncrementalState.sha256(p));
            }
            parts.add(sb.toString());
        }
        java.util.Collections.sort(parts);
        return String.join(" ", parts);
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
        if (state != null) state.save(List.copyOf(carriedTables().values()));
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
