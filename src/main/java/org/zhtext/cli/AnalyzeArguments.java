package org.zhtext.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhtext.io.InputCollector;
import org.zhtext.io.UsageException;
import org.zhtext.output.RecordFormat;
import org.zhtext.output.RecordFormats;
import org.zhtext.pipeline.AnalysisSettings;
import org.zhtext.pipeline.Analyzer;
import org.zhtext.pipeline.FigureRows;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code zhtext analyze}'s arguments for a driver other than the CLI (the Spark job,
 * {@code org.zhtext.spark.AnalyzeJob}): parsed by analyze's own option classes and validated as analyze validates
 * them, returned as plain values, so the caller needs no picocli. Options that only make sense for one process
 * writing local files (-o, --threads, --progress, --errors, --excel, --emit-text, --skip-unchanged) and stdin are
 * usage errors; {@code --format} is {@code parquet} (the default) or one of {@link #TEXT_FORMATS}.
 */
public final class AnalyzeArguments {
    /** The Spark job's own format, written by its Parquet sink ({@code org.zhtext.spark.ParquetTables}). */
    public static final String PARQUET = "parquet";

    /**
     * The formats of the registry ({@link RecordFormats}) the Spark job writes as part files with the CLI's renderer:
     * those whose part files Spark's own readers read back as one table (a CSV header per part file, JSON Lines).
     * TSV (backslash escapes) and JSON (one array per file) they do not; a new format joins this list when they do.
     */
    public static final List<RecordFormat> TEXT_FORMATS = List.of(RecordFormats.CSV, RecordFormats.JSONL);

    /** The output formats of the Spark job, by name: Parquet first (the default). */
    public static final List<String> FORMATS = java.util.stream.Stream.concat(java.util.stream.Stream.of(PARQUET),
            TEXT_FORMATS.stream().map(RecordFormat::name)).toList();

    /**
     * Parsed arguments.
     *
     * @param settings  the pipeline's settings (serializable)
     * @param paths     input paths in order (directories, files, tables of articles), --files-from's appended
     * @param globs     file names taken from directories (the CLI's default when none given)
     * @param outputDir where the tables go
     * @param format    {@link #PARQUET} or the name of one of {@link #TEXT_FORMATS}
     * @param help      the text to print instead of running (--help, --version), else null
     */
    public record Parsed(AnalysisSettings settings, List<String> paths, List<String> globs, String outputDir,
                         String format, String help) {}

    private static final List<String> UNSUPPORTED = List.of("--output", "--threads", "--progress", "--errors", "--excel",
            "--emit-text", "--skip-unchanged");

    private AnalyzeArguments() {}

    /** Parses analyze's arguments; a {@link UsageException} (one line) for anything wrong. */
    public static Parsed parse(String... args) throws java.io.IOException {
        AnalyzeCommand cmd = new AnalyzeCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ParseResult pr;
        try {
            pr = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        if (pr.isUsageHelpRequested()) return helpOnly(cl.getUsageMessage());
        if (pr.isVersionHelpRequested()) return helpOnly(VersionProvider.version() + "\n");
        for (String name : UNSUPPORTED) {
            if (pr.hasMatchedOption(name)) throw new UsageException(name + " is not available in the Spark job (" + why(name) + ")");
        }
        String format = pr.hasMatchedOption("--format") ? cmd.formatName.strip().toLowerCase(Locale.ROOT) : PARQUET;
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format " + cmd.formatName + " is not available in the Spark job (" + String.join(", ", FORMATS) + ")");
        }
        if (cmd.outputDir == null) throw new UsageException("--output-dir DIR is required: the job writes its tables there");
        List<String> paths = new ArrayList<>(cmd.input.paths);
        if (cmd.input.filesFrom != null) paths.addAll(InputCollector.readList(cmd.input.filesFrom));
        if (paths.isEmpty()) throw new UsageException("no input: give directories, files or tables of articles (.parquet, .jsonl)");
        if (paths.contains("-")) throw new UsageException("stdin ('-') is not an input of the Spark job: give a path");
        Charset cs = null;
        if (cmd.input.encoding != null) {
            try {
                cs = Charset.forName(cmd.input.encoding);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--encoding: unknown encoding '" + cmd.input.encoding + "'");
            }
        }
        if (cmd.input.maxChars <= 0) throw new UsageException("--max-chars must be positive");
        Set<Analyzer.Kind> kinds = EnumSet.noneOf(Analyzer.Kind.class);
        for (String k : cmd.only) {
            try {
                kinds.add(Analyzer.Kind.parse(k));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--only: " + e.getMessage());
            }
        }
        FigureRows figures;
        try {
            figures = cmd.figureOptions.build();
        } catch (UsageException | java.io.IOException e) {
            throw e;
        } catch (Exception e) {
            throw new UsageException(e.getMessage());
        }
        AnalysisSettings settings = AnalysisSettings.of(kinds, cmd.engine.config(cmd.global.verbose), figures,
                cmd.global.models, cs, cmd.input.maxChars);
        List<String> globs = cmd.input.globs.isEmpty() ? InputCollector.DEFAULT_GLOBS : List.copyOf(cmd.input.globs);
        for (String g : globs) {
            // the job joins several globs into one Hadoop glob, {a,b}, which cannot nest
            if (globs.size() > 1 && (g.contains("{") || g.contains(","))) {
                throw new UsageException("--glob " + g + ": give the job one --glob with alternatives in braces, e.g. '*.{txt,html}'");
            }
        }
        return new Parsed(settings, List.copyOf(paths), globs, cmd.outputDir.toString(), format, null);
    }

    /** The line after a usage error's message. */
    public static final String USAGE_HINT = "Try 'zhtext analyze --help' for the options (the Spark job takes analyze's; docs/SPARK.md).";

    /** The message of an error for stderr, worded with analyze's options when it is about one of their settings. */
    public static String message(Exception e) {
        return SettingMessages.of(e);
    }

    /** The one-line message of a failed article, worded with analyze's options (as in the CLI's error records). */
    public static String errorLine(Throwable e) {
        return SettingMessages.oneLine(e);
    }

    private static Parsed helpOnly(String text) {
        return new Parsed(null, List.of(), List.of(), null, null, text);
    }

    private static String why(String option) {
        return switch (option) {
            case "--output" -> "it writes one table per record kind: use --output-dir";
            case "--threads" -> "parallelism comes from the Spark master and its executors";
            case "--progress" -> "progress is in the Spark UI";
            case "--errors" -> "failed inputs are in the errors table";
            default -> "the job writes only its tables";
        };
    }
}
