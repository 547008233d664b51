package org.zhtext.pipeline;

import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.lang.reflect.RecordComponent;
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
 * @param engine         the {@link EngineRegistry.Config}'s components in order, paths as strings ({@link #engineConfig}
 *                       rebuilds it: every component is carried, whatever the engine options become)
 * @param verbose        library logging and details on stderr
 * @param figureKinds    the figure kinds extracted
 * @param tariffOnly     only figures about tariffs
 * @param referenceDate  every article's reference date, or null (from the table or the text)
 * @param dates          per-article reference dates
 * @param modelsDir      the models folder, or null (the default lookup of {@link org.zhtext.core.Models})
 * @param encoding       the forced input encoding's name, or null (detected)
 * @param maxChars       the largest article accepted, in code points
 */
public record AnalysisSettings(Set<Analyzer.Kind> kinds, List<Object> engine, boolean verbose, Set<FigureKind> figureKinds, boolean tariffOnly,
                               LocalDate referenceDate, ReferenceDates dates, String modelsDir, String encoding,
                               long maxChars) implements Serializable {
    private static final long serialVersionUID = 1L;

    public AnalysisSettings {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(Analyzer.Kind.class) : EnumSet.copyOf(kinds);
        engine = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(engine)); // nulls allowed
        figureKinds = Set.copyOf(figureKinds);
        if (dates == null) dates = ReferenceDates.none();
    }

    /** The settings of an engine configuration and figure options as the CLI builds them. */
    public static AnalysisSettings of(Set<Analyzer.Kind> kinds, EngineRegistry.Config engine, FigureRows figures, Path modelsDir,
                                      Charset encoding, long maxChars) {
        List<Object> values = new java.util.ArrayList<>();
        try {
            for (RecordComponent c : EngineRegistry.Config.class.getRecordComponents()) values.add(portable(c.getAccessor().invoke(engine)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return new AnalysisSettings(kinds, values, engine.verbose(), figures.kinds(), figures.tariffOnly(),
                figures.referenceDate(), figures.table(), modelsDir == null ? null : modelsDir.toString(),
                encoding == null ? null : encoding.name(), maxChars);
    }

    /** A value as it travels: paths as strings, lists element by element. */
    private static Object portable(Object v) {
        if (v instanceof Path p) return p.toString();
        if (v instanceof List<?> l) return l.stream().map(AnalysisSettings::portable).toList();
        if (v != null && !(v instanceof java.io.Serializable)) throw new IllegalStateException("cannot ship an engine setting of " + v.getClass());
        return v;
    }

    /** The engine configuration, rebuilt with its canonical constructor (paths from their strings). */
    public EngineRegistry.Config engineConfig() {
        RecordComponent[] cs = EngineRegistry.Config.class.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            Object v = engine.get(i);
            if (v != null && types[i] == Path.class) {
                v = Path.of((String) v);
            } else if (v instanceof List<?> l && cs[i].getGenericType() instanceof java.lang.reflect.ParameterizedType pt
                    && pt.getActualTypeArguments()[0] == Path.class) {
                v = l.stream().map(x -> Path.of((String) x)).toList();
            }
            args[i] = v;
        }
        try {
            return EngineRegistry.Config.class.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public FigureRows figureRows() {
        return new FigureRows(figureKinds, tariffOnly, referenceDate, dates);
    }

    /** Builds the pipeline (engines load here, once per process and engine configuration: {@link EngineRegistry}). */
    public Analyzer analyzer(PrintStream log) {
        return new Analyzer(kinds, engineConfig(), figureRows(), log);
    }

    /** The article reader of these settings (files' bytes and texts read elsewhere: no stdin). */
    public ArticleReader reader() {
        return new ArticleReader(encoding == null ? null : Charset.forName(encoding), maxChars, null);
    }
}
