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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.zhtext.io.Input;

/**
 * The state of {@code --skip-unchanged}: for each input processed successfully, its size, mtime and SHA-256,
 * with the zhtext version and a key of the settings that shape the output. An input is unchanged when all of
 * these match. Saved atomically (temporary file, then rename).
 */
public final class IncrementalState {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What identifies a file's content. */
    record Entry(long size, long mtime, String sha256) {}

    private final Path path;
    private final String settings;
    private final String version;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private IncrementalState(Path path, String settings, String version, Map<String, Entry> previous) {
        this.path = path;
        this.settings = settings;
        this.version = version;
        this.previous = previous;
    }

    /** Loads the state; a missing file, another version or other settings mean nothing is unchanged. */
    public static IncrementalState load(Path path, String settings, String version) throws IOException {
        Map<String, Entry> prev = new TreeMap<>();
        if (Files.isRegularFile(path)) {
            JsonNode root = JSON.readTree(path.toFile());
            if (settings.equals(root.path("settings").asText()) && version.equals(root.path("version").asText())) {
                root.path("files").fields().forEachRemaining(e -> prev.put(e.getKey(),
                        new Entry(e.getValue().path("size").asLong(), e.getValue().path("mtime").asLong(), e.getValue().path("sha256").asText())));
            }
        }
        return new IncrementalState(path, settings, version, prev);
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

    public void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", version);
        root.put("settings", settings);
        ObjectNode files = root.putObject("files");
        for (var e : new TreeMap<>(current).entrySet()) {
            ObjectNode f = files.putObject(e.getKey());
            f.put("size", e.getValue().size());
            f.put("mtime", e.getValue().mtime());
            f.put("sha256", e.getValue().sha256());
        }
        Path abs = path.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
        JSON.writeValue(tmp.toFile(), root);
        Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
