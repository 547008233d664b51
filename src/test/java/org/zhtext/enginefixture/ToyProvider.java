package org.zhtext.enginefixture;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Lexicon;
import org.zhtext.engine.EngineOption;
import org.zhtext.engine.EngineProvider;
import org.zhtext.engine.EngineSettings;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;
import org.zhtext.engine.SetupException;
import org.zhtext.engine.Word;
import org.zhtext.engine.WordSegmenter;

/**
 * The recipe of docs/ARCHITECTURE.md ("Engines are providers, registered in one place"), done once: an engine,
 * {@code --engine toy}, is this package plus one line in a registration file (the test class path's
 * {@code src/test/resources/META-INF/services/org.zhtext.engine.EngineProvider}; an engine of the project would be a
 * line in the main one). Its segmenter makes every character a word tagged {@code x} (or the tag given with its
 * one option, {@code --toy-tag TAG}); its recognizer finds nothing. Checked by {@link org.zhtext.cli.PluginEngineTest}.
 */
public final class ToyProvider implements EngineProvider {
    /** The tag of every word. */
    static final EngineOption TAG = new EngineOption("toy-tag", "TAG", "The tag of every word of the toy engine (default: x).");

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public String summary() {
        return "test fixture";
    }

    @Override
    public List<String> versions() {
        return List.of("Toy engine 1");
    }

    @Override
    public List<EngineOption> options() {
        return List.of(TAG);
    }

    @Override
    public void checkSetup(EngineSettings settings) {
        String tag = settings.value(TAG);
        if (tag != null && !tag.matches("[a-z]+")) throw new SetupException(TAG, "not a tag (lower-case letters): '" + tag + "'");
    }

    @Override
    public WordSegmenter segmenter(EngineSettings settings, Lexicon lexicon) {
        String tag = settings.value(TAG) == null ? "x" : settings.value(TAG);
        return new WordSegmenter() {
            @Override
            public String name() {
                return "toy";
            }

            @Override
            public String tagset() {
                return "toy";
            }

            /** One word per code point that is not white space. */
            @Override
            public List<Word> segment(String sentence) {
                List<Word> words = new ArrayList<>();
                for (int i = 0; i < sentence.length(); ) {
                    int cp = sentence.codePointAt(i), end = i + Character.charCount(cp);
                    if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) words.add(new Word(i, end, tag));
                    i = end;
                }
                return words;
            }
        };
    }

    @Override
    public EntityEngine recognizer(EngineSettings settings, Lexicon lexicon) {
        return new EntityEngine() {
            @Override
            public String name() {
                return "toy";
            }

            @Override
            public List<Mention> recognize(String sentence) {
                return List.of();
            }
        };
    }
}
