package org.zhtext.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.SetupException;
import org.zhtext.pipeline.EngineRegistry;
import org.zhtext.pipeline.FigureRows;
import org.zhtext.io.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. Wires picocli once (jbang's {@code getCommandLine}): the command tree, the factory that hands
 * every command the process streams, the exit-code mapping and the exception handler that turns usage and
 * setup errors into one stderr line and exit 2, a closed stdout into a quiet stop, and anything else into
 * one line (stack trace only with --verbose).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (usesDefaultEngine(args)) EngineRegistry.loadDefaultInBackground(wantsEntities(args), usesTrainedTagger(args));
        if (args.length > 0 && List.of("figures", "tariffs", "analyze").contains(args[0])) FigureRows.warmUpInBackground();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        OutputStream out = new GuardedOutputStream(new FileOutputStream(FileDescriptor.out));
        boolean console = System.console() != null;
        Streams s = new Streams(System.in, out, err, console, console);
        int code = execute(s, args);
        err.flush();
        System.exit(code);
    }

    /** Runs zhtext in-process with the given streams and returns the exit status (used by tests too). */
    public static int execute(Streams streams, String... args) {
        CommandLine cl = commandLine(streams, args);
        try {
            return cl.execute(args);
        } catch (BrokenPipe e) {
            return ExitCode.OK;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // outside any one article (those fail alone): one line, the trace only with --verbose
            streams.err().println("zhtext: error: " + (e instanceof OutOfMemoryError
                    ? "out of memory (give java a larger -Xmx, or lower --max-chars)" : org.zhtext.pipeline.ErrorMessages.oneLine(e)));
            if (java.util.Arrays.asList(args).contains("--verbose")) e.printStackTrace(streams.err());
            return ExitCode.USAGE;
        }
    }

    /**
     * The command tree for {@code args}: when the first argument names a subcommand, the root with that one only
     * (what runs, parses and prints help is the same); otherwise the root with all of them (top-level help,
     * version, errors naming the commands).
     */
    static CommandLine commandLine(Streams streams, String... args) {
        Factory factory = new Factory(streams);
        CommandLine cl = new CommandLine(new ZhtextCommand(), factory);
        for (Class<?> c : ZhtextCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            if (args.length == 0 || !isSubcommand(args[0]) || name.equals(args[0])) {
                try {
                    // built as a CommandLine of its own: picocli applies the model transformers (help from the
                    // registered engines) only then, not to a command object added as is
                    cl.addSubcommand(new CommandLine(factory.create(c), factory));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create command " + name, e);
                }
            }
        }
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(streams.err(), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            if (ex instanceof BrokenPipe) return ExitCode.OK;
            boolean verbose = parse.originalArgs().contains("--verbose");
            PrintStream err = streams.err();
            if (ex instanceof UsageException || ex instanceof SetupException || ex instanceof IllegalArgumentException) {
                err.println("zhtext: " + SettingMessages.of(ex));
                if (ex instanceof UsageException) err.println("Try 'zhtext " + cmd.getCommandName() + " --help' for usage.");
            } else {
                err.println("zhtext: error: " + SettingMessages.oneLine(ex));
            }
            if (verbose) ex.printStackTrace(err);
            return ExitCode.USAGE;
        });
        cl.setParameterExceptionHandler((ex, rest) -> ParseErrors.report(ex, streams.err()));
        return cl;
    }

    /**
     * A guess from the raw arguments, before picocli has parsed them, that the run will load the default engine:
     * a command that segments or recognizes, no argument naming another engine, no help or version, an
     * {@code --only} (if any) naming tokens or entities. The engine's data then loads while the options are parsed
     * ({@link EngineProvider#loadInBackground}). A wrong guess costs only CPU time on another thread; what runs is
     * decided by the parsed options as always.
     */
    static boolean usesDefaultEngine(String[] args) {
        if (args.length == 0 || !List.of("segment", "entities", "analyze").contains(args[0])) return false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if (a.equals("--only")) i++; // its value is a list of kinds, not an engine
            else if (namesOtherEngine(a) || List.of("-h", "--help", "-V", "--version").contains(a)) return false;
        }
        List<String> only = optionValues(args, "--only");
        return only.isEmpty() || only.stream().anyMatch(v -> v.contains("token") || v.contains("entit"));
    }

    /**
     * Whether a command that {@link #usesDefaultEngine} also needs its entities from the trained tagger: {@code
     * entities} or {@code analyze} (with entities among {@code --only}, if given), not {@code --ner rules}.
     */
    static boolean usesTrainedTagger(String[] args) {
        return wantsEntities(args) && optionValues(args, "--ner").stream().allMatch(v -> v.strip().equals("model"));
    }

    /**
     * Whether a command that {@link #usesDefaultEngine} wants entities: {@code entities} or {@code analyze} (with
     * entities among {@code --only}, if given).
     */
    static boolean wantsEntities(String[] args) {
        if (!usesDefaultEngine(args) || !List.of("entities", "analyze").contains(args[0])) return false;
        List<String> only = args[0].equals("analyze") ? optionValues(args, "--only") : List.of();
        return only.isEmpty() || only.stream().anyMatch(v -> v.contains("entit"));
    }

    /** The values of option {@code name} ({@code name=V} or {@code name V}) before {@code --}, lower-cased. */
    private static List<String> optionValues(String[] args, String name) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
            String a = args[i];
            if (a.startsWith(name + "=")) out.add(a.substring(name.length() + 1).toLowerCase(java.util.Locale.ROOT));
            else if (a.equals(name) && i + 1 < args.length) out.add(args[++i].toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** Whether {@code arg} contains the name of an engine other than the default ({@code corenlp}, {@code --corenlp-models}). */
    private static boolean namesOtherEngine(String arg) {
        for (EngineProvider p : EngineRegistry.providers()) {
            if (p != EngineRegistry.defaultProvider() && arg.contains(p.name())) return true;
        }
        return false;
    }

    private static boolean isSubcommand(String arg) {
        for (Class<?> c : ZhtextCommand.SUBCOMMANDS) {
            if (c.getAnnotation(Command.class).name().equals(arg)) return true;
        }
        return false;
    }

    /** Creates commands and hands article commands the process streams. */
    private record Factory(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K k = CommandLine.defaultFactory().create(cls);
            if (k instanceof ArticleCommand c) c.streams = streams;
            if (k instanceof StreamsCommand c) c.streams = streams;
            return k;
        }
    }

}
