package org.zhtext.normalize;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.zhtext.core.CodePointTrie;
import org.zhtext.core.Models;

/**
 * OpenCC's dictionaries as built at build time: every trie the configurations of
 * {@code models/conversion/opencc/} use (including the tables OpenCC's build derives, such as
 * {@code STPhrases_GeneratedFromRegionalPhrases}) and the character tables the detectors read, written by
 * {@link #main} (Maven's {@code process-classes} phase, see pom.xml) into the class path under {@value #FOLDER}
 * (one resource per trie or table, so that a target reads only the ones it uses), so that start-up reads arrays
 * instead of parsing and deriving the text dictionaries.
 * <p>
 * The resource records the length and CRC-32 of every file of the folder it was built from. It is used only when
 * the files the converter would read now (from the models folder on disk, or the copy packed into the jar) are
 * those same files; otherwise, and when the resource is missing (classes compiled without the build step), the
 * text dictionaries are parsed as before ({@link OpenccData}): the output is the same either way, only start-up
 * is slower; {@code normalize --verbose} says which source is used ({@link #status}).
 */
final class OpenccBinary {
    /** The class-path folder of the built dictionaries: {@value #INDEX} and one resource per trie or table. */
    static final String FOLDER = "/org/zhtext/normalize/opencc/";
    /** The index: the source files' lengths and CRC-32s, the tries' and tables' names and resources. */
    static final String INDEX = "index.bin";
    private static final int MAGIC = 0x5A484F43; // "ZHOC"
    private static final int VERSION = 1;
    /** The tables read whole (key -> candidates) by the script and variant detectors. */
    static final List<String> DICTS = List.of("STCharacters", "TSCharacters", "TWVariants", "HKVariants");

    private static volatile OpenccBinary instance;
    private static volatile boolean loaded;
    private static volatile String status;
    private static volatile boolean disabled;

    private final Map<String, String> tries;  // trie key -> resource
    private final Map<String, String> dicts;  // dictionary name -> resource

    private OpenccBinary(Map<String, String> tries, Map<String, String> dicts) {
        this.tries = tries;
        this.dicts = dicts;
    }

    /** The built dictionaries when they can be used (see the class comment), else null. */
    static OpenccBinary get() {
        if (disabled) return null;
        if (!loaded) {
            synchronized (OpenccBinary.class) {
                if (!loaded) {
                    instance = load();
                    loaded = true;
                }
            }
        }
        return instance;
    }

    /** Where the dictionaries come from, for {@code --verbose}. */
    static String status() {
        get();
        return disabled ? "text dictionaries (built dictionaries disabled)" : status;
    }

    /** Stops using the built dictionaries in this process (the builder, which must read the text). */
    static void disable() {
        disabled = true;
    }

    /** The trie of the named dictionaries ({@link OpenccData#trie}'s key), or null when not built. */
    CodePointTrie trie(String key) {
        ByteBuffer in = section(tries.get(key));
        return in == null ? null : CodePointTrie.read(in);
    }

    /** A dictionary of {@link #DICTS}, or null. */
    Map<String, String[]> dict(String name) {
        ByteBuffer in = section(dicts.get(name));
        if (in == null) return null;
        int n = in.getInt();
        Map<String, String[]> out = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = string(in);
            String[] values = new String[in.getInt()];
            for (int k = 0; k < values.length; k++) values[k] = string(in);
            out.put(key, values);
        }
        return out;
    }

    /** A section's bytes, or null when it is not there (then the text is parsed: the same result). */
    private static ByteBuffer section(String resource) {
        if (resource == null) return null;
        try (InputStream in = OpenccBinary.class.getResourceAsStream(FOLDER + resource)) {
            return in == null ? null : ByteBuffer.wrap(in.readAllBytes());
        } catch (IOException e) {
            return null;
        }
    }

    private static OpenccBinary load() {
        String where = FOLDER.substring(1) + INDEX;
        ByteBuffer data = section(INDEX);
        if (data == null) {
            status = "text dictionaries (" + where + " is not on the class path: built without Maven's"
                    + " process-classes step)";
            return null;
        }
        if (data.getInt() != MAGIC || data.getInt() != VERSION) {
            status = "text dictionaries (" + where + " has another format)";
            return null;
        }
        int files = data.getInt();
        List<String> names = new ArrayList<>();
        long[] lengths = new long[files];
        int[] crcs = new int[files];
        for (int i = 0; i < files; i++) {
            names.add(string(data));
            lengths[i] = data.getLong();
            crcs[i] = data.getInt();
        }
        String stale = staleFile(names, lengths, crcs);
        if (stale != null) {
            status = "text dictionaries (models/" + OpenccData.DIR + stale + " differs from the file the built"
                    + " dictionaries were made of)";
            return null;
        }
        Map<String, String> tries = index(data);
        Map<String, String> dicts = index(data);
        status = "built dictionaries (" + FOLDER.substring(1) + ": " + tries.size() + " tries, " + dicts.size()
                + " tables)";
        return new OpenccBinary(tries, dicts);
    }

    /**
     * The name of the first recorded file whose current content differs, or null when all are the same. Files on
     * disk are read; the copy packed into a jar is checked by its entries' sizes and CRC-32s, without inflating.
     */
    private static String staleFile(List<String> names, long[] lengths, int[] crcs) {
        byte[] buf = null;
        Path dir = Models.dir();
        for (int i = 0; i < names.size(); i++) {
            String relative = OpenccData.DIR + names.get(i);
            try {
                if (dir == null || !Files.isRegularFile(dir.resolve(relative))) {
                    java.net.URL url = Models.class.getResource("/zhtext-models/" + relative);
                    if (url == null) return names.get(i);
                    if (url.openConnection() instanceof java.net.JarURLConnection jar) {
                        java.util.jar.JarEntry e = jar.getJarEntry();
                        if (e.getSize() != lengths[i] || (int) e.getCrc() != crcs[i]) return names.get(i);
                        continue;
                    }
                }
                try (InputStream in = Models.open(relative)) {
                    if (in == null) return names.get(i);
                    if (buf == null) buf = new byte[1 << 16];
                    CRC32 crc = new CRC32();
                    long length = 0;
                    for (int n; (n = in.read(buf)) > 0; ) {
                        crc.update(buf, 0, n);
                        length += n;
                    }
                    if (length != lengths[i] || (int) crc.getValue() != crcs[i]) return names.get(i);
                }
            } catch (IOException e) {
                return names.get(i);
            }
        }
        return null;
    }

    /** Reads a table of contents: count, then each section's name and resource. */
    private static Map<String, String> index(ByteBuffer data) {
        int n = data.getInt();
        Map<String, String> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) out.put(string(data), string(data));
        return out;
    }

    private static String string(ByteBuffer in) {
        char[] cs = new char[in.getInt()];
        in.asCharBuffer().get(cs);
        in.position(in.position() + 2 * cs.length);
        return new String(cs);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    /**
     * The builder: {@code OpenccBinary MODELS_DIR OUTPUT_FOLDER} parses the text dictionaries of
     * {@code MODELS_DIR/conversion/opencc/} as {@link OpenccData} does and writes every trie its configurations
     * use, the detectors' tables, and the files' lengths and CRC-32s.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: OpenccBinary MODELS_DIR OUTPUT_FOLDER");
        disable();
        Path models = Path.of(args[0]);
        Models.setDir(models);
        Path folder = models.resolve(OpenccData.DIR);
        if (!Files.isRegularFile(folder.resolve("TSCharacters.txt"))) {
            throw new IllegalStateException("OpenCC dictionaries missing: " + folder);
        }
        long started = System.nanoTime();
        TreeSet<String> files = new TreeSet<>();
        TreeSet<String> configs = new TreeSet<>();
        try (var s = Files.list(folder)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                String name = f.getFileName().toString();
                files.add(name);
                if (name.endsWith(".json")) configs.add(name.substring(0, name.length() - 5));
            });
        }
        List<List<String>> keys = new ArrayList<>();
        for (String config : configs) {
            for (List<String> k : OpenccConfig.load(config).trieKeys()) {
                if (!keys.contains(k)) keys.add(k);
            }
        }
        for (String extra : TraditionalVariant.TRIES) {
            if (!keys.contains(List.of(extra))) keys.add(List.of(extra));
        }

        Path outDir = Path.of(args[1]);
        Files.createDirectories(outDir);
        try (var old = Files.list(outDir)) {
            for (Path f : (Iterable<Path>) old::iterator) Files.delete(f);
        }
        Path out = outDir.resolve(INDEX);
        Path tmp = outDir.resolve(INDEX + ".tmp");
        long bytes = 0;
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            o.writeInt(MAGIC);
            o.writeInt(VERSION);
            o.writeInt(files.size());
            for (String name : files) {
                byte[] content = Files.readAllBytes(folder.resolve(name));
                CRC32 crc = new CRC32();
                crc.update(content);
                string(o, name);
                o.writeLong(content.length);
                o.writeInt((int) crc.getValue());
            }
            o.writeInt(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                ByteArrayOutputStream section = new ByteArrayOutputStream();
                DataOutputStream s = new DataOutputStream(section);
                OpenccData.trie(keys.get(i)).write(s);
                s.flush();
                bytes += section(o, outDir, String.join("+", keys.get(i)), "trie-" + i + ".bin", section);
            }
            o.writeInt(DICTS.size());
            for (String name : DICTS) {
                ByteArrayOutputStream section = new ByteArrayOutputStream();
                DataOutputStream s = new DataOutputStream(section);
                Map<String, String[]> d = OpenccData.dict(name);
                s.writeInt(d.size());
                for (Map.Entry<String, String[]> e : d.entrySet()) {
                    string(s, e.getKey());
                    s.writeInt(e.getValue().length);
                    for (String v : e.getValue()) string(s, v);
                }
                s.flush();
                bytes += section(o, outDir, name, "table-" + name + ".bin", section);
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("zhtext: built %d OpenCC tries and %d tables from %d files in %d ms: %s (%,d bytes)%n",
                keys.size(), DICTS.size(), files.size(), (System.nanoTime() - started) / 1_000_000, outDir,
                bytes + Files.size(out));
    }

    /** Writes a section into its own resource and its entry into the index; returns its size. */
    private static long section(DataOutputStream index, Path dir, String name, String resource,
            ByteArrayOutputStream section) throws IOException {
        string(index, name);
        string(index, resource);
        try (OutputStream f = Files.newOutputStream(dir.resolve(resource))) {
            section.writeTo(f);
        }
        return section.size();
    }
}
