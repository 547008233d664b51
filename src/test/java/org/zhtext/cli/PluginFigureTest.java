package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.figures.ExtractOptions;
import org.zhtext.figures.Figure;
import org.zhtext.figures.FigureExtractor;
import org.zhtext.figures.FigureKind;
import org.zhtext.figures.GudongRecognizer;

/**
 * Figure recognizers are plug-ins (issue 27): a recognizer is one class ({@link GudongRecognizer}: the made-up word
 * 咕咚 is a quantity of 1 咕咚) and one registration, and then the extractor and {@code zhtext figures} find its
 * figures, with offsets in code points, next to every other kind's; unregistered, they are gone.
 */
class PluginFigureTest {
    @TempDir Path dir;

    private static final String TEXT = "他说咕咚，𠀀咕咚涨了3%。\n";

    private static List<String> figures(String text) {
        return new FigureExtractor().extract(text, ExtractOptions.DEFAULTS).figures().stream()
                .map(f -> f.kind().id() + " " + f.text() + " " + f.start() + "-" + f.end() + " " + f.value() + " " + f.unit()).toList();
    }

    @Test
    void aRegisteredRecognizerIsAskedByTheExtractorAndTheCommand() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, TEXT, StandardCharsets.UTF_8);
        List<String> before = figures(TEXT);
        assertEquals(List.of("percent 3% 10-12 3 %"), before);
        try (AutoCloseable registered = GudongRecognizer.register()) {
            assertEquals(List.of("quantity 咕咚 2-4 1 咕咚", "quantity 咕咚 6-8 1 咕咚", "percent 3% 10-12 3 %"), figures(TEXT));
            Figure f = new FigureExtractor().extract(TEXT, ExtractOptions.DEFAULTS).figures().get(0);
            assertEquals(FigureKind.QUANTITY, f.kind());
            assertEquals(BigDecimal.ONE, f.value());

            Cli.Result r = Cli.run("figures", "-f", "tsv", a.toString());
            assertEquals(0, r.code(), r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals(4, lines.size(), r.out());
            assertTrue(lines.get(1).startsWith(a + "\tquantity\t咕咚\t2\t4\t1\t\t\t咕咚\t"), lines.get(1));
            assertTrue(lines.get(2).startsWith(a + "\tquantity\t咕咚\t6\t8\t1\t\t\t咕咚\t"), lines.get(2));
            assertTrue(lines.get(3).startsWith(a + "\tpercent\t3%\t10\t12\t3\t"), lines.get(3));
        }
        assertEquals(before, figures(TEXT));
        assertEquals(2, Cli.run("figures", "-f", "tsv", a.toString()).out().lines().count(), "unregistered: the header and 3%");
    }
}
