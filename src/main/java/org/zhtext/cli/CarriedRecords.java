package org.zhtext.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhtext.output.RecordIndex;
import org.zhtext.output.RowFormat;
import org.zhtext.output.Schema;

/**
 * {@code analyze --skip-unchanged} with output files: the previous run's records of the inputs this run skips,
 * read back from the tables that run wrote and written into the new tables in their place (input order), so an
 * incremental run's tables equal a full run's. The tables are indexed once when opened; an input's records are
 * then one positioned read per table.
 */
final class CarriedRecords implements AutoCloseable {
    private final Map<Schema, RecordIndex> tables;

    private CarriedRecords(Map<Schema, RecordIndex> tables) {
        this.tables = tables;
    }

    /**
     * Indexes the previous tables ({@code files}: each table's schema and file, as the new run writes them in
     * {@code format}). Fails with {@link RecordIndex.Invalid} when one is not a complete table zhtext wrote.
     */
    static CarriedRecords open(Map<Schema, Path> files, RowFormat format) throws IOException {
        Map<Schema, RecordIndex> t = new LinkedHashMap<>();
        try {
            for (var e : files.entrySet()) t.put(e.getKey(), RecordIndex.scan(e.getValue(), format, e.getKey()));
        } catch (IOException e) {
            for (RecordIndex i : t.values()) i.close();
            throw e;
        }
        return new CarriedRecords(t);
    }

    /** The records of input {@code file} to write in its place: the rendered block of each table that has any. */
    Sinks.Block block(String file) throws IOException {
        Map<Schema, byte[]> b = new LinkedHashMap<>();
        for (var e : tables.entrySet()) {
            byte[] r = e.getValue().records(file);
            if (r.length > 0) b.put(e.getKey(), r);
        }
        return Sinks.rendered(b);
    }

    @Override
    public void close() throws IOException {
        for (RecordIndex i : tables.values()) i.close();
    }
}
