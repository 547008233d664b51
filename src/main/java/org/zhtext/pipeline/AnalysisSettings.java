package org.zhtext.pipeline;

import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhtext.figures.FigureKind;
import org.zhtext.io.ArticleReader;

/**
 * Everything an analysis is built from, as plain serializable values: how articles are read (forced encoding,
 * size limit), which record kinds, the engine and its data, the figure options and the models folder. A driver
 * that runs the pipeline elsewhere (the Spark job's executors) ships this and builds the {@link Analyzer} and the
 * {@link ArticleReader} where the articles are; equal settings build equal pipelines, so one built pipeline can
 * serve every task with equal settings.
 *
 * @param kinds          the record kinds (empty: all)
 * @param engine         the engine's name (hanlp, corenlp)
 * @param standard       the word conventions (HanLP)
 * @param lexicons       extra user lexicon files, readable where the pipeline is built
 * @param corenlpModels  where CoreNLP's models are, or null
 * @param verbose        library logging and details on stderr
 * @param figureKinds    the figure kinds extracted
 * @param tariffOnly     only figures about tariffs
 * @param referenceDate  every article's reference date, or null (from the table or the text)
 * @param dates          per-article reference dates
 * @param modelsDir      the models folder, or null (the default lookup of {@link org.zhtext.core.Models})
 * @param encoding       the forced input encoding's name, or null (detected)
 * @param maxChars       the largest article accepted, in code points
 */
public record AnalysisSettings(Set<Analyzer.Kind> kinds, String engine, String standard, List<String> lexicons,
                               String corenlpModels, boolean verbose, Set<FigureKind> figureKinds, boolean tariffOnly,
                               LocalDate referenceDate, ReferenceDates dates, String modelsDir, String encoding,
                               long maxChars) implements Serializable {
    private static final long serialVersionUID = 1L;

    public AnalysisSettings {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(Analyzer.Kind.class) : EnumSet.copyOf(kinds);
        lexicons = List.copyOf(lexicons);
        figureKinds = Set.copyOf(figureKinds);
        if (dates == null) dates = ReferenceDates.none();
    }

    /** The settings of an engine configuration and figure options as the CLI builds them. */
    public static AnalysisSettings of(Set<Analyzer.Kind> kinds, Engines.Config engine, FigureRows figures, Path modelsDir,
                                      Charset encoding, long maxChars) {
        return new AnalysisSettings(kinds, engine.engine(), engine.standard(),
                engine.lexicons().stream().map(Path::toString).toList(),
                engine.corenlpModels() == null ? null : engine.corenlpModels().toString(), engine.verbose(),
                figures.kinds(), figures.tariffOnly(), figures.referenceDate(), figures.table(),
                modelsDir == null ? null : modelsDir.toString(), encoding == null ? null : encoding.name(), maxChars);
    }

    public Engines.Config engineConfig() {
        return new Engines.Config(engine, standard, lexicons.stream().map(Path::of).toList(),
                corenlpModels == null ? null : Path.of(corenlpModels), verbose);
    }

    public FigureRows figureRows() {
        return new FigureRows(figureKinds, tariffOnly, referenceDate, dates);
    }

    /** Builds the pipeline (engines load here, once per process and engine configuration: {@link Engines}). */
    public Analyzer analyzer(PrintStream log) {
        return new Analyzer(kinds, engineConfig(), figureRows(), log);
    }

    /** The article reader of these settings (files' bytes and texts read elsewhere: no stdin). */
    public ArticleReader reader() {
        return new ArticleReader(encoding == null ? null : Charset.forName(encoding), maxChars, null);
    }
}
