package org.zhtext.output;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registry of output formats: the one place a format is registered. Commands list their {@code --format} values
 * from it (in this order), the {@code --errors} file and analyze's {@code --output-dir} tables choose by it, and the
 * Spark job names its text tables through it. A new format: a class implementing {@link RecordFormat} and one line in
 * {@link #REGISTERED} (docs/ARCHITECTURE.md, "Adding an output format").
 */
public final class RecordFormats {
    public static final RecordFormat JSONL = new JsonLinesFormat();
    public static final RecordFormat JSON = new JsonArrayFormat();
    public static final RecordFormat CSV = new CsvFormat();
    public static final RecordFormat TSV = new TsvFormat();
    /** segment's CoNLL-U, rendered by the command per article (it needs the whole document). */
    public static final RecordFormat CONLLU = new ConlluFormat();
    /** normalize's converted text and segment's words separated by spaces, rendered by the commands per article. */
    public static final RecordFormat TEXT = new PlainTextFormat();

    /** Every format, in the order of the commands' help: the record formats, then the per-command texts. */
    private static final List<RecordFormat> REGISTERED = new CopyOnWriteArrayList<>(List.of(
            JSONL,
            JSON,
            CSV,
            TSV,
            CONLLU,
            TEXT));

    private RecordFormats() {}

    /** The registered formats, in order. */
    public static List<RecordFormat> all() {
        return List.copyOf(REGISTERED);
    }

    /** The formats of flat records (every record command's {@code --format} values), in order. */
    public static List<RecordFormat> records() {
        return REGISTERED.stream().filter(RecordFormat::records).toList();
    }

    /** The format of that name (case and '-' ignored: {@code JSON-L}), or null. */
    public static RecordFormat find(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (RecordFormat f : REGISTERED) {
            if (f.name().equals(n)) return f;
        }
        return null;
    }

    /** The record format whose files end with this file name's extension (case ignored), or null. */
    public static RecordFormat byFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (RecordFormat f : REGISTERED) {
            if (f.records() && name.endsWith("." + f.extension())) return f;
        }
        return null;
    }

    /**
     * Registers a format at run time, after the built-in ones (for a program that embeds zhtext, and for tests);
     * closing the result removes it again. A format of the project itself is a line in {@link #REGISTERED} instead.
     */
    public static AutoCloseable register(RecordFormat format) {
        if (find(format.name()) != null) throw new IllegalArgumentException("a format named " + format.name() + " is registered");
        REGISTERED.add(format);
        return () -> REGISTERED.remove(format);
    }
}
