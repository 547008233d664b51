package org.zhtext.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.io.Input;
import org.zhtext.output.TempFiles;

/**
 * The state of {@code --skip-unchanged}: for each input processed successfully, its size, mtime and SHA-256,
 * with the zhtext version, a key of the settings that shape the output, and the size and modification time of each
 * output file the run wrote (the tables an unchanged input's records are carried over from). An input is unchanged
 * when all of these match. Saved atomically (temporary file, then rename), after the outputs are in place.
 */
public final class IncrementalState {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What identifies a file's content. */
    record Entry(long size, long mtime, String sha256) {}

    private final Path path;
    private final String settings;
    private final String version;
    private final Map<String, Entry> previous;
    private final Map<String, Output> outputs;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /** What identifies an output file as the one a run wrote: its size and modification time (ns). */
    record Output(long size, long mtime) {
        static Output of(Path p) throws IOException {
            return new Output(Files.size(p), Files.getLastModifiedTime(p).to(java.util.concurrent.TimeUnit.NANOSECONDS));
        }
    }

    private IncrementalState(Path path, String settings, String version, Map<String, Entry> previous, Map<String, Output> outputs) {
        this.path = path;
        this.settings = settings;
        this.version = version;
        this.previous = previous;
        this.outputs = outputs;
    }

    /** Loads the state; a missing file, another version or other settings mean nothing is unchanged. */
    public static IncrementalState load(Path path, String settings, String version) throws IOException {
        Map<String, Entry> prev = new TreeMap<>();
        Map<String, Output> outs = new TreeMap<>();
        if (Files.isRegularFile(path)) {
            JsonNode root = JSON.readTree(path.toFile());
            if (settings.equals(root.path("settings").asText()) && version.equals(root.path("version").asText())) {
                root.path("files").fields().forEachRemaining(e -> prev.put(e.getKey(),
                        new Entry(e.getValue().path("size").asLong(), e.getValue().path("mtime").asLong(), e.getValue().path("sha256").asText())));
                root.path("outputs").fields().forEachRemaining(e -> outs.put(e.getKey(),
                        new Output(e.getValue().path("size").asLong(), e.getValue().path("mtime").asLong())));
            }
        }
        return new IncrementalState(path, settings, version, prev, outs);
    }

    /** Whether the state holds inputs of an earlier run with the same version and settings. */
    public boolean hasPrevious() {
        return !previous.isEmpty();
    }

    /**
     * Null when each of {@code files} (the outputs this run writes and carries records over from) is the very file
     * the previous run wrote; otherwise why not (missing, changed since, or written by a run with other outputs).
     */
    public String outputsChanged(List<Path> files) {
        for (Path f : files) {
            Output was = outputs.get(key(f));
            if (was == null) return f + " was not written by the run that saved " + path;
            try {
                if (!Output.of(f).equals(was)) return f + " has changed since " + path + " was saved";
            } catch (IOException e) {
                return f + " is missing";
            }
        }
        return null;
    }

    /** Forgets the previous run: every input counts as changed. */
    public void forgetPrevious() {
        previous.clear();
        outputs.clear();
    }

    private static String key(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    /** True when the input matches its entry from the previous run (it is then carried over). */
    public boolean unchanged(Input in) {
        if (in.isStdin()) return false;
        Entry old = previous.get(in.file());
        if (old == null) return false;
        try {
            Entry now = entry(in.path());
            if (!now.equals(old)) return false;
            current.put(in.file(), now);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Records an input processed in this run. */
    public void record(Input in) {
        if (in.isStdin()) return;
        try {
            current.put(in.file(), entry(in.path()));
        } catch (IOException e) {
            // it vanished after processing: it will simply be processed again next time
        }
    }

    /** Saves the state with the fingerprints of {@code written}, the output files now in place. */
    public void save(List<Path> written) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", version);
        root.put("settings", settings);
        ObjectNode outs = root.putObject("outputs");
        for (Path f : written) {
            Output o = Output.of(f);
            ObjectNode n = outs.putObject(key(f));
            n.put("size", o.size());
            n.put("mtime", o.mtime());
        }
        ObjectNode files = root.putObject("files");
        for (var e : new TreeMap<>(current).entrySet()) {
            ObjectNode f = files.putObject(e.getKey());
            f.put("size", e.getValue().size());
            f.put("mtime", e.getValue().mtime());
            f.put("sha256", e.getValue().sha256());
        }
        Path abs = path.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        TempFiles.removeStale(abs);
        Path tmp = TempFiles.create(abs);
        JSON.writeValue(tmp.toFile(), root);
        Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The SHA-256 of a file's content, in hex. */
    public static String sha256(Path p) throws IOException {
        return entry(p).sha256();
    }

    private static Entry entry(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        try {
            String h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
            return new Entry(b.length, Files.getLastModifiedTime(p).toMillis(), h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
