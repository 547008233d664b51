package org.zhtext.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhtext.core.Article;
import org.zhtext.core.Conversion;
import org.zhtext.io.Input;
import org.zhtext.io.InputException;
import org.zhtext.io.UsageException;
import org.zhtext.normalize.ChineseConverter;
import org.zhtext.io.ArticleReader;
import org.zhtext.normalize.ScriptDetector;
import org.zhtext.normalize.StreamedFile;
import org.zhtext.normalize.Target;
import org.zhtext.output.RecordFormats;
import org.zhtext.output.Row;
import org.zhtext.pipeline.RowBlocks;
import org.zhtext.output.Schema;
import org.zhtext.output.StreamedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zhtext normalize}: traditional ⇄ simplified (Taiwan and Hong Kong forms too), with the script detected. */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert articles between traditional and simplified Chinese (and Taiwan / Hong Kong forms), "
                + "reporting each article's script.",
                "Records (jsonl, json, csv, tsv): file, script, to, changed_chars, text."})
class NormalizeCommand extends ArticleCommand {
    @Option(names = "--to", paramLabel = "TARGET", defaultValue = "simplified",
            description = "simplified | traditional | tw | hk (aliases s, t, zh-hans, zh-hant, zh-tw, zh-hk). Default: ${DEFAULT-VALUE}.")
    String to;

    @Option(names = "--phrases", description = "Also convert to Taiwan / Hong Kong phrase forms (软件 → 軟體) where the dictionaries have them.")
    boolean phrases;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatChoices.Converted.class,
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (the converted articles, one after another).")
    String formatName;

    @Override
    String formatName() {
        return formatName;
    }

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one converted file per input into DIR, with the same relative path (inputs are never overwritten).")
    Path outputDir;

    private Target target;
    private ChineseConverter converter;
    private final Map<String, Input> byFile = new HashMap<>();

    @Override
    Schema schema() {
        return Schema.NORMALIZE;
    }

    @Override
    void prepare() {
        try {
            target = Target.parse(to);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--to: " + e.getMessage());
        }
        converter = ChineseConverter.get(target, phrases);
        if (global.verbose) {
            err().println("zhtext: conversion overrides loaded: " + ChineseConverter.overridesLoaded());
            err().println("zhtext: conversion dictionaries: " + ChineseConverter.dictionarySource());
        }
    }

    @Override
    void beforeRun(List<Input> inputs) throws IOException {
        if (outputDir == null) return;
        OutputPaths.checkDestinations(outputDir, inputs, Input::relative, "--output-dir");
        Files.createDirectories(outputDir);
        for (Input in : inputs) byFile.put(in.file(), in);
    }

    /**
     * Plain UTF-8 files of at least {@link #STREAM_BYTES} bytes are decoded and converted as a stream
     * ({@link StreamedFile}): as text, each block is written as it is converted, so memory stays bounded by a
     * block; with {@code --output-dir}, written into the file as converted; as records, the file's one record is
     * written as its text is converted too: its {@code changed_chars} (and, for CSV, whether the text is quoted)
     * come before the text, so a pass between the two converts the file to count them, and the record's text is
     * a {@link StreamedText} written block by block ({@link org.zhtext.output.RecordWriter#writeStreamed}).
     * {@code --max-chars} applies to streamed files only when given (it bounds what is held in memory).
     */
    @Override
    RowBlocks direct(Input in) throws Exception {
        if (in.isStdin() || input.encoding != null || ArticleReader.isHtml(in) || Files.size(in.path()) < STREAM_BYTES) {
            return null;
        }
        boolean limit = spec.commandLine().getParseResult().hasMatchedOption("--max-chars");
        boolean records = format() != RecordFormats.TEXT && outputDir == null;
        StreamedFile f = StreamedFile.open(in.path(), converter, records, limit ? input.maxChars : Long.MAX_VALUE);
        if (f == null) return null;
        String file = in.file(), to = target.label();
        if (outputDir != null) {
            OutputPaths.writeBelow(outputDir, in.relative(), in.path(), w -> f.convert(w::write));
            return RowBlocks.of(List.of());
        }
        if (!records) return sink -> f.convert(text -> sink.accept(List.of(Row.of(Schema.NORMALIZE, file, null, to, null, text))));
        // records: changed_chars and the text's shape (CSV's quotes, Excel's apostrophe) come before the text, so
        // the file is converted once more to count them, and the record is written as the text is converted again
        StreamedText.Shape shape = new StreamedText.Shape();
        long changed = f.convert(shape::add, true);
        StreamedText text = new StreamedText(shape, piece -> {
            StreamedText.Shape again = new StreamedText.Shape();
            try {
                f.convert(t -> {
                    again.add(t);
                    piece.accept(t);
                });
            } catch (InputException e) {
                throw new Unchecked(e);
            }
            if (!again.equals(shape)) throw new Unchecked(new InputException("the file changed while it was converted"));
        });
        Row row = Row.of(Schema.NORMALIZE, file, f.script().label(), to, (int) changed, text);
        return sink -> {
            try {
                sink.accept(List.of(row));
            } catch (Unchecked e) {
                throw e.getCause();
            }
        };
    }

    /** An input's failure while its record is written (pieces may throw only IOException), unwrapped at once. */
    private static final class Unchecked extends RuntimeException {
        Unchecked(InputException cause) {
            super(cause);
        }

        @Override
        public synchronized InputException getCause() {
            return (InputException) super.getCause();
        }
    }

    /** Files converted as a stream from this size on (smaller ones are converted whole, on the worker pool). */
    static final long STREAM_BYTES = 1 << 20;

    @Override
    RowBlocks blocks(Article a) throws Exception {
        return RowBlocks.of(rows(a));
    }

    private List<Row> rows(Article a) throws Exception {
        Conversion c = converter.convert(a.text());
        if (outputDir != null) {
            Input in = byFile.get(a.file());
            OutputPaths.writeBelow(outputDir, in.relative(), in.path(), c.text());
            return List.of();
        }
        return List.of(Row.of(Schema.NORMALIZE, a.file(), ScriptDetector.detect(a.text()).label(), target.label(),
                c.changedChars(), c.text()));
    }
}
