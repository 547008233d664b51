package org.zhtext.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.zhtext.output.Format;

/**
 * The {@code --format} values of each command, in the order of its help. A command's {@code --format} option names
 * one of these classes as its completion candidates: picocli lists them in the help ({@code ${COMPLETION-CANDIDATES}})
 * and in shell completion, and {@link ArticleCommand} accepts exactly these, so the help, the error and what runs
 * cannot disagree.
 */
abstract class FormatChoices implements Iterable<String> {
    private final List<String> names;

    private FormatChoices(Format... formats) {
        names = Stream.of(formats).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public Iterator<String> iterator() {
        return names.iterator();
    }

    /** Flat records: figures, tariffs, entities, analyze. */
    static final class Records extends FormatChoices {
        Records() {
            super(Format.JSONL, Format.JSON, Format.CSV, Format.TSV);
        }
    }

    /** segment: the records, CoNLL-U and plain segmented text. */
    static final class Tokens extends FormatChoices {
        Tokens() {
            super(Format.JSONL, Format.JSON, Format.CSV, Format.TSV, Format.CONLLU, Format.TEXT);
        }
    }

    /** normalize: the converted text first, then the records. */
    static final class Converted extends FormatChoices {
        Converted() {
            super(Format.TEXT, Format.JSONL, Format.JSON, Format.CSV, Format.TSV);
        }
    }
}
