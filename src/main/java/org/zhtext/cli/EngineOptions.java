package org.zhtext.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhtext.engine.EngineOption;
import org.zhtext.engine.EngineProvider;
import org.zhtext.entities.EntityRules;
import org.zhtext.pipeline.EngineRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Engine choice and its data, shared by segment, entities and analyze. */
@Command(modelTransformer = EngineOptions.EngineHelp.class)
public class EngineOptions {
    /** Described from the registered engines by {@link EngineHelp}. */
    @Option(names = {"-e", "--engine"}, paramLabel = "ENGINE", description = "The engine.")
    String engine = EngineRegistry.defaultProvider().name();

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "An extra user lexicon (word [pos] [frequency] per line), on top of models/lexicon/*.txt (repeatable).")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--standard", paramLabel = "STANDARD", defaultValue = "pku",
            description = "HanLP word conventions: pku (default: 2000年, 50万 whole), msr (numbers with classifiers and whole dates, as MSR), cityu or as (Hong Kong / Taiwan conventions: classifiers split, bound suffixes joined), ud (numbers split from units).")
    String standard;

    @Option(names = "--country-abbreviations", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Report coordinated one-character country abbreviations as places (中美关系 gives 中 and 美; "
                    + "never 中方, 对华, 赴美). Default: on; --no-country-abbreviations turns them off.")
    boolean countryAbbreviations = true;

    /** Where the HanLP engine's entities come from. */
    enum Ner { model, rules }

    @Option(names = "--ner", paramLabel = "SOURCE", defaultValue = "model",
            description = "Entities from the trained tagger (model, default: models/ner, see docs/MODEL.md) or from HanLP's recognizers "
                    + "(rules: the path before the tagger); zhtext's entity rules run on top of both. The CoreNLP engine keeps its CRF.")
    Ner ner = Ner.model;

    /** Whose entity annotation guideline the tagger's mentions follow. */
    enum Guideline { zhtext, msra }

    @Option(names = "--entity-guideline", paramLabel = "NAME", defaultValue = "zhtext",
            description = "Entity conventions on the tagger's path: zhtext (default: one-character country abbreviations only "
                    + "where coordinated, 中美关系; no ministry inside a title, 财政部长) or msra (as the MSRA corpus annotates: "
                    + "中 in 中方, 华 in 访华, 财政部 in 财政部长, 太阳 in 太阳能; for comparing with tools and scores that follow it).")
    Guideline guideline = Guideline.zhtext;

    /** The command this mixin is in: it holds the engines' own options that {@link EngineHelp} added. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    EngineRegistry.Config config(boolean verbose) {
        Map<String, String> engineOptions = new TreeMap<>();
        for (EngineOption o : EngineRegistry.options()) {
            OptionSpec given = spec == null ? null : spec.findOption("--" + o.name());
            Object value = given == null ? null : given.getValue();
            if (value != null) engineOptions.put(o.name(), value.toString());
        }
        return new EngineRegistry.Config(engine, standard, lexicons, engineOptions, verbose, countryAbbreviations, ner.name(),
                guideline == Guideline.msra ? EntityRules.Guideline.MSRA : EntityRules.Guideline.ZHTEXT);
    }

    /**
     * Describes {@code --engine} with the registered engines, the default first:
     * {@code hanlp (default: embedded) | corenlp (Stanford CoreNLP; ...).}, and adds each engine's own options
     * ({@link EngineProvider#options}: {@code --NAME PARAM}) after {@code --standard}.
     */
    public static final class EngineHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            List<String> engines = new ArrayList<>();
            for (EngineProvider p : EngineRegistry.providers()) {
                engines.add(p.name() + " (" + (p == EngineRegistry.defaultProvider() ? "default: " : "") + p.summary() + ")");
            }
            // replaced in place: the options are removed and added back in their order, which the help keeps
            List<OptionSpec> options = new ArrayList<>(spec.options());
            for (OptionSpec o : options) spec.remove(o);
            for (OptionSpec o : options) {
                spec.addOption(o.longestName().equals("--engine") ? o.toBuilder().description(String.join(" | ", engines) + ".").build() : o);
                if (o.longestName().equals("--standard")) {
                    for (EngineOption e : EngineRegistry.options()) {
                        spec.addOption(OptionSpec.builder("--" + e.name()).paramLabel(e.paramLabel()).description(e.description())
                                .type(String.class).build());
                    }
                }
            }
            return spec;
        }
    }
}
