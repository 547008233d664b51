package org.zhtext.output;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each article's records are in a table written by {@link RecordWriter}: for every value of the records'
 * {@code file} column, the byte range its records take (an article's records are always written together). Built
 * by one pass over the file; {@link #records} then reads an article's records back as the very bytes
 * {@link RowFormat#render} wrote for them, so a later run can carry them into its own table unchanged.
 * <p>
 * The scan checks the file is what the writer makes of this format and schema (header line, JSON brackets,
 * complete records, each article's records in one run); anything else is {@link Invalid}: the caller must not
 * carry records from a file it cannot trust.
 */
public final class RecordIndex implements AutoCloseable {
    /** How a format lays out records in a file, as far as finding each article's records needs ({@link RecordFormat#indexLayout}). */
    public enum Layout {
        /** After the format's begin and the header line, RFC 4180 records with CRLF line ends. */
        CSV,
        /** After the format's begin and the header line, lines of tab-separated cells with backslash escapes. */
        TSV,
        /** One JSON object per line. */
        JSON_LINES,
        /** '[' and a line end, one object per line joined by ",\n", ']' (or "[]"). */
        JSON_ARRAY
    }

    /** The file is not a complete table of this format and schema. */
    public static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;

        Invalid(Path file, String why) {
            super(file.getFileName() + ": " + why);
        }
    }

    private final Path path;
    private final RowFormat format;
    private final Map<String, long[]> ranges;
    private FileChannel channel;

    private RecordIndex(Path path, RowFormat format, Map<String, long[]> ranges) {
        this.path = path;
        this.format = format;
        this.ranges = ranges;
    }

    /** Indexes {@code file}, a table of {@code schema} (the mixed stream when {@code format.recordField()}). */
    public static RecordIndex scan(Path file, RowFormat format, Schema schema) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new RecordIndex(file, format, new Scanner(file, in, format).scan(schema));
        }
    }

    /** The files (values of the {@code file} column) with records here. */
    public Set<String> files() {
        return ranges.keySet();
    }

    /** The table's path. */
    public Path path() {
        return path;
    }

    /**
     * The records of {@code file} as they were rendered (JSON: objects joined by {@code ",\n"}, without the separators
     * around them), or an empty array when it has none. {@code file} is the input's name as the records carry it.
     */
    public byte[] records(String file) throws IOException {
        long[] r = ranges.get(format.cellText(file));
        if (r == null) return new byte[0];
        if (r[1] - r[0] > Integer.MAX_VALUE - 16) throw new IOException(path + ": the records of " + file + " are too large to carry over");
        if (channel == null) channel = FileChannel.open(path, StandardOpenOption.READ);
        ByteBuffer b = ByteBuffer.allocate((int) (r[1] - r[0]));
        long pos = r[0];
        while (b.hasRemaining()) {
            int n = channel.read(b, pos);
            if (n < 0) throw new IOException(path + ": shorter than when it was read");
            pos += n;
        }
        return b.array();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) channel.close();
    }

    /** One pass over the bytes of a table: header, then each record's key and extent. */
    private static final class Scanner {
        private final Path file;
        private final InputStream in;
        private final RowFormat format;
        private final byte[] buf = new byte[1 << 16];
        private int n;
        private int i;
        private long pos;
        private final ByteArrayOutputStream key = new ByteArrayOutputStream(64);
        private final Map<String, long[]> ranges = new HashMap<>();

        Scanner(Path file, InputStream in, RowFormat format) {
            this.file = file;
            this.in = in;
            this.format = format;
        }

        private int read() throws IOException {
            if (i == n) {
                n = in.read(buf);
                i = 0;
                if (n <= 0) {
                    n = 0;
                    return -1;
                }
            }
            pos++;
            return buf[i++] & 0xff;
        }

        private Invalid invalid(String why) {
            return new Invalid(file, why + " (at byte " + pos + ")");
        }

        Map<String, long[]> scan(Schema schema) throws IOException {
            Layout layout = format.format().indexLayout();
            if (layout == null) throw new Invalid(file, "zhtext cannot read back the records of a " + format.format().name() + " file");
            switch (layout) {
                case CSV, TSV -> {
                    expect(format.format().begin(format), "not the start of a " + format.format().name() + " file");
                    expect(format.header(schema), "not the header of a " + schema.name() + " table");
                    records(layout == Layout.CSV ? this::csvRecord : this::tsvRecord);
                }
                case JSON_LINES -> records(this::jsonLine);
                case JSON_ARRAY -> json();
            }
            return ranges;
        }

        private void expect(byte[] bytes, String why) throws IOException {
            for (byte b : bytes) {
                if (read() != (b & 0xff)) throw invalid(why);
            }
        }

        /** Reads one record; returns its key, or null at the end of the file. Leaves the position after it. */
        private interface RecordReader {
            String next() throws IOException;
        }

        private String current;
        private long currentStart;
        private long currentEnd;

        /** Adds a record [start, end) with its key: extends the current run or starts a new one. */
        private void add(String k, long start, long end) throws IOException {
            if (k.equals(current)) {
                currentEnd = end;
                return;
            }
            flush();
            if (ranges.containsKey(k)) throw invalid("the records of " + k + " are not together");
            current = k;
            currentStart = start;
            currentEnd = end;
        }

        private void flush() {
            if (current != null) ranges.put(current, new long[] {currentStart, currentEnd});
        }

        private void records(RecordReader r) throws IOException {
            while (true) {
                long start = pos;
                String k = r.next();
                if (k == null) break;
                add(k, start, pos);
            }
            flush();
        }

        /** A CSV record (RFC 4180, CRLF line ends as Commons CSV writes them); its key is the file column. */
        private String csvRecord() throws IOException {
            int c = read();
            if (c == -1) return null;
            int keyField = format.recordField() ? 1 : 0;
            String k = null;
            for (int field = 0; ; field++) {
                boolean isKey = field == keyField;
                key.reset();
                int end = csvField(c, isKey);
                if (isKey) k = key.toString(StandardCharsets.UTF_8);
                if (end == '\n') {
                    if (k == null) throw invalid("a record without a file column");
                    return k;
                }
                c = read();
            }
        }

        /** Reads a CSV field whose first byte {@code c} was just read; returns what ended it: ',' or '\n' (after CR). */
        private int csvField(int c, boolean keep) throws IOException {
            if (c == '"') {
                while (true) {
                    c = read();
                    if (c == -1) throw invalid("an unterminated quoted field");
                    if (c == '"') {
                        c = read();
                        if (c != '"') break;
                    }
                    if (keep) key.write(c);
                }
            } else {
                while (c != ',' && c != '\r' && c != -1) {
                    if (c == '\n') throw invalid("a bare line feed");
                    if (keep) key.write(c);
                    c = read();
                }
            }
            if (c == ',') return c;
            if (c == '\r' && read() == '\n') return '\n';
            throw invalid(c == -1 ? "a record is cut short" : "a field not followed by a separator");
        }

        /** A TSV line; its key is the file column with the escapes undone. */
        private String tsvRecord() throws IOException {
            int c = read();
            if (c == -1) return null;
            int field = 0;
            int keyField = format.recordField() ? 1 : 0;
            key.reset();
            while (c != '\n') {
                if (c == -1) throw invalid("a record is cut short");
                if (c == '\t') {
                    field++;
                } else if (field == keyField) {
                    if (c == '\\') {
                        c = read();
                        c = switch (c) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case '\\' -> '\\';
                            default -> throw invalid("an unknown escape");
                        };
                    }
                    key.write(c);
                }
                c = read();
            }
            if (field < keyField) throw invalid("a record without a file column");
            return key.toString(StandardCharsets.UTF_8);
        }

        /** A JSON Lines record: one object per line; its key is the value of "file". */
        private String jsonLine() throws IOException {
            int c = read();
            if (c == -1) return null;
            String k = jsonObjectKey(c);
            skipLine();
            return k;
        }

        private void skipLine() throws IOException {
            int c;
            while ((c = read()) != '\n') {
                if (c == -1) throw invalid("a record is cut short");
            }
        }

        /**
         * JSON: {@code [} and a line end, then one object per line, all but the last followed by a comma, then
         * {@code ]}; or {@code []} when empty. A record's range is its object, without the separator.
         */
        private void json() throws IOException {
            if (read() != '[') throw invalid("not a JSON array");
            int c = read();
            if (c == ']') {
                if (read() != '\n' || read() != -1) throw invalid("text after the end of the array");
                return;
            }
            if (c != '\n') throw invalid("not a JSON array as zhtext writes it");
            while (true) {
                long start = pos;
                c = read();
                if (c == ']') break;
                String k = jsonObjectKey(c);
                int last = -1;
                long end;
                while (true) {
                    c = read();
                    if (c == -1) throw invalid("a record is cut short");
                    if (c == '\n') break;
                    last = c;
                }
                end = pos - 1; // before the line end
                if (last == ',') end--;
                add(k, start, end);
            }
            if (read() != '\n' || read() != -1) throw invalid("text after the end of the array");
            flush();
        }

        /** The "file" value of an object whose first byte {@code c} was just read: its first field, or its second after "record". */
        private String jsonObjectKey(int c) throws IOException {
            if (c != '{') throw invalid("not a JSON object");
            String name = jsonString(read());
            if (read() != ':') throw invalid("not a JSON object");
            if (name.equals("record")) {
                jsonString(read());
                if (read() != ',') throw invalid("a record without a file field");
                name = jsonString(read());
                if (read() != ':') throw invalid("not a JSON object");
            }
            if (!name.equals("file")) throw invalid("a record whose first field is not file");
            return jsonString(read());
        }

        /** A JSON string whose opening quote {@code c} was just read, unescaped. */
        private String jsonString(int c) throws IOException {
            if (c != '"') throw invalid("a JSON string expected");
            key.reset();
            while ((c = read()) != '"') {
                if (c == -1 || c == '\n') throw invalid("an unterminated JSON string");
                if (c != '\\') {
                    key.write(c);
                    continue;
                }
                c = read();
                switch (c) {
                    case '"', '\\', '/' -> key.write(c);
                    case 'b' -> key.write('\b');
                    case 'f' -> key.write('\f');
                    case 'n' -> key.write('\n');
                    case 'r' -> key.write('\r');
                    case 't' -> key.write('\t');
                    case 'u' -> {
                        int u = hex4();
                        if (Character.isHighSurrogate((char) u)) {
                            if (read() != '\\' || read() != 'u') throw invalid("an unpaired surrogate");
                            int lo = hex4();
                            utf8(Character.toCodePoint((char) u, (char) lo));
                        } else {
                            utf8(u);
                        }
                    }
                    default -> throw invalid("an unknown escape");
                }
            }
            return key.toString(StandardCharsets.UTF_8);
        }

        private int hex4() throws IOException {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(read(), 16);
                if (d < 0) throw invalid("a bad \\u escape");
                v = v * 16 + d;
            }
            return v;
        }

        private void utf8(int cp) {
            byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            key.write(b, 0, b.length);
        }
    }

    @Override
    public String toString() {
        return "RecordIndex[" + path + ", " + ranges.size() + " files]";
    }

    /** For tests: the byte range of a file's records. */
    long[] range(String file) {
        long[] r = ranges.get(format.cellText(file));
        return r == null ? null : Arrays.copyOf(r, 2);
    }
}
