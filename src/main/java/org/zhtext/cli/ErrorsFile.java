package org.zhtext.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.zhtext.output.RecordFormat;
import org.zhtext.output.RecordFormats;
import org.zhtext.output.RecordWriter;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/**
 * {@code --errors FILE}: the error records (file, error) of a run, for the single-table commands whose main
 * output has no room for them. Format by extension (a registered record format's: .csv, .tsv, .json; else JSON
 * Lines, {@link RecordFormats#byFileName}); written atomically,
 * and written even when no input failed (so a CI job can rely on the file). Without the option, a no-op.
 */
final class ErrorsFile implements AutoCloseable {
    private final AtomicOutput out;
    private final RecordWriter writer;

    private ErrorsFile(AtomicOutput out, RecordWriter writer) {
        this.out = out;
        this.writer = writer;
    }

    static ErrorsFile open(Path file) throws IOException {
        if (file == null) return new ErrorsFile(null, null);
        AtomicOutput out = AtomicOutput.file(file);
        RecordWriter w = new RecordWriter(out.stream(), formatOf(file), false, false);
        w.header(Schema.ERROR);
        return new ErrorsFile(out, w);
    }

    static RecordFormat formatOf(Path file) {
        RecordFormat f = RecordFormats.byFileName(file.getFileName().toString());
        return f != null ? f : RecordFormats.JSONL;
    }

    void write(String file, String error) throws IOException {
        if (writer != null) writer.write(Row.of(Schema.ERROR, file, error));
    }

    void commit() throws IOException {
        if (writer == null) return;
        writer.finish();
        out.commit();
    }

    @Override
    public void close() throws IOException {
        if (out != null) out.close();
    }
}
