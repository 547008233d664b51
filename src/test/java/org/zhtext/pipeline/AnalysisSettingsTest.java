package org.zhtext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.figures.FigureKind;

/**
 * The settings the Spark job ships to its executors: every engine and figure option survives serialization, and
 * equal settings are equal after it (the executors' pipeline cache is keyed on them).
 */
class AnalysisSettingsTest {
    @TempDir
    Path tmp;

    private static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
            return in.readObject();
        }
    }

    @Test
    void everySettingSurvivesSerialization() throws Exception {
        Path dates = tmp.resolve("dates.csv");
        Files.writeString(dates, "file,date\na.txt,2024-05-06\n", StandardCharsets.UTF_8);
        // every component of the engine configuration away from its default
        EngineRegistry.Config engine = new EngineRegistry.Config("corenlp", "msr", List.of(tmp.resolve("a.txt"), tmp.resolve("b.txt")),
                Map.of("corenlp-models", tmp.resolve("models").toString()), true, false);
        FigureRows figures = new FigureRows(Set.of(FigureKind.PERCENT, FigureKind.DATE), true, LocalDate.of(2025, 1, 2),
                ReferenceDates.load(dates));
        AnalysisSettings s = AnalysisSettings.of(EnumSet.of(Analyzer.Kind.FIGURE), engine, figures, tmp, StandardCharsets.UTF_8, 1234);
        AnalysisSettings back = (AnalysisSettings) roundTrip(s);
        assertEquals(s, back);
        assertEquals(s.hashCode(), back.hashCode());
        assertEquals(engine, back.engineConfig());
        FigureRows f = back.figureRows();
        assertEquals(figures.kinds(), f.kinds());
        assertEquals(true, f.tariffOnly());
        assertEquals(LocalDate.of(2025, 1, 2), f.referenceDate());
        assertEquals(LocalDate.of(2024, 5, 6), f.table().lookup("dir/a.txt"));
        assertEquals(tmp.toString(), back.modelsDir());
        assertEquals("UTF-8", back.encoding());
        assertEquals(1234, back.maxChars());
        // and the defaults: no engine option is lost or invented
        EngineRegistry.Config plain = new EngineRegistry.Config("hanlp", "pku", List.of(), Map.of(), false);
        AnalysisSettings d = AnalysisSettings.of(Set.of(), plain, new FigureRows(Set.of(FigureKind.MONEY), false, null,
                ReferenceDates.none()), null, null, 10);
        assertEquals(plain, ((AnalysisSettings) roundTrip(d)).engineConfig());
        assertNotEquals(s, d);
    }
}
