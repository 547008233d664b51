package org.zhtext.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.zhtext.output.RecordFormat;
import org.zhtext.output.RecordFormats;

/**
 * The {@code --format} values of each command, in the order of its help, from the format registry
 * ({@link RecordFormats}): every registered record format, and the per-article texts a command renders itself. A
 * command's {@code --format} option names one of these classes as its completion candidates: picocli lists them in
 * the help ({@code ${COMPLETION-CANDIDATES}}) and in shell completion, and {@link ArticleCommand} accepts exactly
 * these, so the help, the error and what runs cannot disagree.
 */
abstract class FormatChoices implements Iterable<String> {
    /** The formats, read from the registry each time (a format registered later is offered too). */
    abstract List<RecordFormat> formats();

    @Override
    public Iterator<String> iterator() {
        return formats().stream().map(RecordFormat::name).iterator();
    }

    /** Flat records: figures, tariffs, entities, analyze. */
    static final class Records extends FormatChoices {
        @Override
        List<RecordFormat> formats() {
            return RecordFormats.records();
        }
    }

    /** segment: the records, CoNLL-U and plain segmented text. */
    static final class Tokens extends FormatChoices {
        @Override
        List<RecordFormat> formats() {
            List<RecordFormat> f = new ArrayList<>(RecordFormats.records());
            f.add(RecordFormats.CONLLU);
            f.add(RecordFormats.TEXT);
            return f;
        }
    }

    /** normalize: the converted text first, then the records. */
    static final class Converted extends FormatChoices {
        @Override
        List<RecordFormat> formats() {
            List<RecordFormat> f = new ArrayList<>();
            f.add(RecordFormats.TEXT);
            f.addAll(RecordFormats.records());
            return f;
        }
    }
}
