package org.zhtext.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The root command: {@code zhtext <command> [options] PATH...}. Its subcommands are added by {@link Main}: all of
 * them, or only the one a run names (building picocli's model of every command costs ~0.1 s at each start).
 */
@Command(name = "zhtext",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns folders of Chinese news articles into structured data: script normalization, "
                + "words and POS tags, entities, figures (percentages, money, quantities, durations, dates) "
                + "with normalized values and offsets into the original text, and tariff events.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  every input was processed", "  1  some inputs failed (each named on stderr; the rest were written)",
                "  2  usage or setup error"})
public class ZhtextCommand extends GroupCommand {
    /** The subcommands, in the order of the help (added by {@link Main#commandLine}). */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            NormalizeCommand.class,
            SegmentCommand.class,
            EntitiesCommand.class,
            FiguresCommand.class,
            TariffsCommand.class,
            AnalyzeCommand.class,
            ModelsCommand.class,
            EvalCommand.class,
            AutoComplete.GenerateCompletion.class,
            ManPageGenerator.class);
}
