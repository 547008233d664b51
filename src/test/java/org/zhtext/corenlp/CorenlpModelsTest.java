package org.zhtext.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhtext.engine.SetupException;

/** The models folder: resolution, validation and the one-line setup errors (no models needed). */
class CorenlpModelsTest {
    @TempDir
    Path tmp;

    @Test
    void missingFolderIsASetupErrorNamingTheFetchCommand() {
        Path dir = tmp.resolve("nowhere");
        SetupException e = assertThrows(SetupException.class, () -> CorenlpModels.validate(dir));
        assertTrue(e.getMessage().contains("zhtext models fetch corenlp"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void locateValidatesTheResolvedFolder() {
        Path dir = tmp.resolve("empty");
        SetupException e = assertThrows(SetupException.class, () -> CorenlpModels.locate(dir));
        assertTrue(e.getMessage().startsWith("no CoreNLP models in " + dir), e.getMessage());
    }

    @Test
    void tooSmallAHeapIsASetupErrorBeforeLoading() {
        long tooMuch = (Runtime.getRuntime().maxMemory() >> 20) + 1;
        SetupException e = assertThrows(SetupException.class, () -> CorenlpPipeline.requireHeap(tooMuch, "segmentation"));
        assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
        CorenlpPipeline.requireHeap(tooMuch - 1, "segmentation");
    }

    @Test
    void incompleteFolderNamesTheMissingFiles() throws IOException {
        fill(tmp);
        Files.delete(tmp.resolve(CorenlpModels.POS));
        SetupException e = assertThrows(SetupException.class, () -> CorenlpModels.validate(tmp));
        assertTrue(e.getMessage().contains("incomplete"), e.getMessage());
        assertTrue(e.getMessage().contains(CorenlpModels.POS), e.getMessage());
        assertEquals(java.util.List.of(CorenlpModels.POS), CorenlpModels.missing(tmp));
    }

    @Test
    void completeFolderValidates() throws IOException {
        fill(tmp);
        assertEquals(tmp.toAbsolutePath().normalize(), CorenlpModels.validate(tmp).dir());
        assertTrue(CorenlpModels.missing(tmp).isEmpty());
    }

    @Test
    void optionWinsOverPropertyWhichWinsOverDefault() {
        String old = System.getProperty(CorenlpModels.PROPERTY);
        try {
            System.setProperty(CorenlpModels.PROPERTY, "/from/property");
            assertEquals(Path.of("/from/option"), CorenlpModels.resolve(Path.of("/from/option")));
            assertEquals(Path.of("/from/property"), CorenlpModels.resolve(null));
            System.clearProperty(CorenlpModels.PROPERTY);
            if (System.getenv(CorenlpModels.ENV) == null) {
                assertEquals("corenlp", CorenlpModels.resolve(null).getFileName().toString());
            }
        } finally {
            if (old == null) System.clearProperty(CorenlpModels.PROPERTY);
            else System.setProperty(CorenlpModels.PROPERTY, old);
        }
    }

    @Test
    void fetcherMapsJarEntriesToTheLayout() {
        assertEquals(CorenlpModels.SEGMENTER, ModelFetcher.localName("edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz"));
        assertEquals("segmenter/dict/in.ctb", ModelFetcher.localName("edu/stanford/nlp/models/segmenter/chinese/dict/in.ctb"));
        assertEquals(CorenlpModels.NER, ModelFetcher.localName("edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz"));
        assertEquals(null, ModelFetcher.localName("edu/stanford/nlp/models/segmenter/chinese/pku.gz"));
        assertEquals(null, ModelFetcher.localName("edu/stanford/nlp/models/srparser/chineseSR.ser.gz"));
    }

    /** Writes one byte in every file the layout requires. */
    static void fill(Path dir) throws IOException {
        for (String f : CorenlpModels.missing(dir)) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[] {1});
        }
    }
}
