package org.zhtext.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhtext.core.Article;
import org.zhtext.core.Models;
import org.zhtext.core.Setting;
import org.zhtext.io.ArticleReader;
import org.zhtext.io.Input;
import org.zhtext.io.InputCollector;
import org.zhtext.io.InputException;
import org.zhtext.io.UsageException;
import org.zhtext.output.RecordFormat;
import org.zhtext.output.RecordFormats;
import org.zhtext.output.RowFormat;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;
import org.zhtext.pipeline.Batch;
import org.zhtext.pipeline.RowBlocks;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shape of every command that reads articles and writes records: collect inputs, build what the command
 * needs once ({@link #prepare}), run {@link #process} per article on the worker pool, write each article's
 * rows as one block in input order, report failed inputs on stderr as one line each, and map the outcome to
 * the exit status. Subclasses only declare options and the per-article work.
 */
abstract class ArticleCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Mixin InputOptions input;
    @Mixin RunOptions run;
    @Mixin OutputOptions out;
    @Spec CommandSpec spec;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write one error record (file, error) per failed input to FILE: CSV, TSV or JSON by its extension, else JSON Lines. Written even when empty.")
    Path errorsFile;

    Streams streams;
    private RecordFormat format;

    /**
     * The {@code --format} value as a format this command writes: one of its option's completion candidates
     * ({@link FormatChoices}), the same list its help shows; anything else is a usage error naming that list.
     */
    private RecordFormat parseFormat() {
        List<String> names = formatNames();
        String given = formatName();
        RecordFormat f = RecordFormats.find(given);
        if (f != null && names.contains(f.name())) return f;
        throw new UsageException("--format " + given + ": " + spec.name() + " writes "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }

    /** The formats this command writes, as its help lists them. */
    List<String> formatNames() {
        List<String> names = new java.util.ArrayList<>();
        spec.findOption("--format").completionCandidates().forEach(names::add);
        return names;
    }

    /** Validates options and builds engines; throws UsageException/SetupException for exit 2. */
    abstract void prepare() throws Exception;

    /**
     * The per-article work: the rows to write for this article, as blocks (a huge article's may be computed
     * window by window as they are written). Runs on worker threads.
     */
    abstract RowBlocks blocks(Article article) throws Exception;

    /**
     * The rows of an input taken without reading it whole (a command that streams big files), or null to read it
     * as an article and call {@link #blocks}. Runs on worker threads.
     */
    RowBlocks direct(Input in) throws Exception {
        return null;
    }

    /** The output format chosen by the command's options. */
    RecordFormat format() {
        return format;
    }

    /** The raw --format value (each command declares its own option: defaults differ). */
    abstract String formatName();

    /** Output options (each command declares its own --format, so this is separate). */
    OutputOptions output() {
        return out;
    }

    /** The schema of the command's records: a CSV/TSV output without any row still gets its header. */
    abstract Schema schema();

    /** Whether records carry a leading {@code record} field (the mixed stream of analyze). */
    boolean recordField() {
        return false;
    }

    /** Rows for a failed input, written in its place (analyze writes error records); default none. */
    List<Row> errorRows(Input in, String error) {
        return List.of();
    }

    /** Called once with all inputs before the run (e.g. to check output paths against them). */
    void beforeRun(List<Input> inputs) throws Exception {}

    PrintStream err() {
        return streams.err();
    }

    /**
     * Whether the command may load an engine (whose libraries log through java.util.logging). {@code figures} and
     * {@code tariffs} do not: they leave java.util.logging alone unless --verbose, as its set-up costs about 30 ms.
     */
    boolean usesEngine() {
        return true;
    }

    @Override
    public Integer call() throws Exception {
        if (usesEngine() || global.verbose) Logging.configure(global.verbose);
        if (global.models != null) {
            if (!Files.isDirectory(global.models)) throw new UsageException("--models: not a directory: " + global.models);
            Models.setDir(global.models);
        }
        global.applyConverter();
        Charset cs = null;
        if (input.encoding != null) {
            try {
                cs = Charset.forName(input.encoding);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--encoding: unknown encoding '" + input.encoding + "'");
            }
        }
        if (input.maxChars <= 0) throw new UsageException("--max-chars must be positive");
        format = parseFormat();
        List<Input> inputs = new java.util.ArrayList<>(new InputCollector(input.globs, err())
                .collect(input.paths, input.filesFrom, !streams.stdinIsTerminal()));
        if (inputs.isEmpty()) {
            err().println("zhtext: " + noInputs());
            return ExitCode.SOME_FAILED;
        }
        prepare();
        OutputPaths.checkNotInputs(outputFiles(), inputs);
        beforeRun(inputs);
        byte[] stdin = inputs.stream().anyMatch(Input::isStdin)
                ? streams.in().readNBytes((int) Math.min(ArticleReader.byteLimit(input.maxChars) + 1, Integer.MAX_VALUE - 8)) : null;
        ArticleReader reader = new ArticleReader(cs, input.maxChars, stdin);

        Progress progress = Progress.start(run.progress, streams.stderrIsTerminal(), err(), inputs.size());
        Batch.Summary summary;
        int[] lateFailures = {0};
        try (Sinks.Sink sink = openSink(); ErrorsFile errors = ErrorsFile.open(errorsFile)) {
            // rows are rendered on the workers; the ordering thread only writes text
            summary = new Batch(run.threads()).run(inputs, reader, this::direct, a -> RenderedBlocks.of(blocks(a), sink), o -> {
                beforeWrite(o.input(), sink);
                // a guessed encoding (short legacy file): said once, in input order, and the run goes on
                if (o.article() != null && o.article().encodingNote() != null) {
                    err().println("zhtext: " + o.input().file() + ": " + SettingMessages.word(Setting.ENCODING, o.article().encodingNote()));
                }
                Throwable failure = o.cause();
                String error = o.cause() != null ? SettingMessages.oneLine(o.cause()) : o.error();
                boolean partlyWritten = false;
                if (error == null) {
                    failure = write(o.result(), sink);
                    if (failure != null) {
                        error = SettingMessages.oneLine(failure);
                        partlyWritten = true;
                        lateFailures[0]++;
                    }
                }
                if (error != null) {
                    err().println("zhtext: " + o.input().file() + ": " + error);
                    if (global.verbose && failure != null && !(failure instanceof InputException)) failure.printStackTrace(err());
                    List<Row> rows = errorRows(o.input(), error);
                    // a huge article that failed part way already has its document record: add only the error
                    if (partlyWritten) rows = rows.stream().filter(r -> r.schema() != Schema.DOCUMENT).toList();
                    sink.write(rows);
                    errors.write(o.input().file(), error);
                } else {
                    onSuccess(o.input());
                }
                progress.step(o.chars());
            });
            beforeCommit(sink);
            sink.commit();
            errors.commit();
            finishRun();
        } finally {
            progress.close();
        }
        summary = summary.withFailed(summary.failed() + lateFailures[0]);
        afterRun(summary);
        return summary.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    /**
     * The one line for paths that yielded no article (empty folders, folders of other file types, an empty
     * --files-from list): nothing was processed, so the run fails (exit 1) instead of writing an empty result.
     */
    private String noInputs() {
        List<String> where = new java.util.ArrayList<>();
        if (!input.paths.isEmpty()) where.add("under " + String.join(", ", input.paths));
        if (input.filesFrom != null) where.add("in --files-from " + input.filesFrom);
        List<String> globs = input.globs.isEmpty() ? InputCollector.DEFAULT_GLOBS : input.globs;
        return "no input files found " + String.join(" or ", where) + " (looked for " + String.join(", ", globs)
                + (input.globs.isEmpty() ? "; choose others with --glob)" : ")");
    }

    /**
     * Writes an article's blocks; returns null, or the failure of an article whose lazy (windowed) processing
     * failed part way (its earlier blocks stay written, its error rows follow). Output errors propagate.
     */
    private static Throwable write(RowBlocks blocks, Sinks.Sink sink) throws IOException {
        try {
            if (blocks instanceof RenderedBlocks r) sink.write(r.block());
            else blocks.forEach(sink::write);
            return null;
        } catch (IOException | BrokenPipe e) {
            throw e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            return e;
        }
    }

    /** The files this run writes (never one of its inputs); null entries are ignored. */
    List<Path> outputFiles() {
        return java.util.Arrays.asList(output().output, errorsFile);
    }

    /** Hook on the ordering thread before an input's rows are written (in input order). */
    void beforeWrite(Input next, Sinks.Sink sink) throws Exception {}

    /** Hook on the ordering thread after the last input's rows, before the outputs are committed. */
    void beforeCommit(Sinks.Sink sink) throws Exception {}

    /** Hook: an input was processed and its rows written. */
    void onSuccess(Input in) throws Exception {}

    /** Hook: all outputs were committed. */
    void finishRun() throws Exception {}

    /** Hook after a successful run (summary lines). */
    void afterRun(Batch.Summary s) {
        if (global.verbose) err().println(Progress.summaryLine(s));
    }

    /** Where rows go; commands that write files of their own override it. */
    Sinks.Sink openSink() throws IOException {
        OutputOptions o = output();
        AtomicOutput out = o.output == null ? AtomicOutput.stdout(streams.out()) : AtomicOutput.file(o.output);
        return new Sinks.WriterSink(out, new RowFormat(format(), recordField(), o.excel), schema());
    }
}

/**
 * An ordinary article's rows, already rendered for the sink on the worker that computed them. A huge
 * article's lazy blocks (windows) stay lazy: they are computed and rendered while they are written.
 */
record RenderedBlocks(Sinks.Block block) implements RowBlocks {
    static RowBlocks of(RowBlocks blocks, Sinks.Sink sink) {
        return blocks instanceof RowBlocks.Eager e ? new RenderedBlocks(sink.render(e.rows())) : blocks;
    }

    @Override
    public void forEach(BlockSink sink) {
        throw new UnsupportedOperationException("rendered blocks are written with Sink.write(Block)");
    }
}
