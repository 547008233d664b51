package org.zhtext.corenlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetcher over a small jar built here with the real entry names (file: URI, no network): extraction of
 * only the needed entries, the checksum check, and the all-or-nothing replacement of the folder.
 */
class ModelFetcherTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream progress = new PrintStream(log, true, StandardCharsets.UTF_8);

    /** Entry name → content: every file the engines need, plus models they do not. */
    private static Map<String, byte[]> entries() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        String p = CorenlpModels.JAR_PREFIX;
        for (String e : new String[] {"segmenter/chinese/ctb.small.gz", "segmenter/chinese/dict-chris6.ser.gz",
                "segmenter/chinese/dict/character_list", "segmenter/chinese/dict/in.ctb", "segmenter/chinese/dict/pku.non",
                "pos-tagger/chinese-distsim.tagger", "ner/chinese.misc.distsim.crf.ser.gz",
                "segmenter/chinese/ctb.gz", "srparser/chineseSR.ser.gz", "ner/chinese.kbp.distsim.crf.ser.gz"}) {
            m.put(p + e, ("content of " + e).repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    /** Writes the jar and its .sha1 (correct, or of other bytes when {@code badSum}); returns the jar. */
    private Path jar(boolean badSum) throws Exception {
        Path jar = tmp.resolve("models-chinese.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            z.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            z.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<String, byte[]> e : entries().entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
        }
        byte[] summed = badSum ? new byte[] {1, 2, 3} : Files.readAllBytes(jar);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(summed));
        Files.writeString(tmp.resolve("models-chinese.jar.sha1"), sha + "\n");
        return jar;
    }

    @Test
    void extractsOnlyWhatTheEnginesReadAndValidates() throws Exception {
        Path jar = jar(false);
        Path dir = tmp.resolve("models/corenlp");
        ModelFetcher.fetch(dir, progress, jar.toUri(), null);
        assertTrue(CorenlpModels.missing(dir).isEmpty());
        CorenlpModels.validate(dir);
        assertArrayEquals(entries().get(CorenlpModels.JAR_PREFIX + "pos-tagger/chinese-distsim.tagger"),
                Files.readAllBytes(dir.resolve(CorenlpModels.POS)));
        assertTrue(Files.isRegularFile(dir.resolve("segmenter/dict/pku.non")));
        assertFalse(Files.exists(dir.resolve("segmenter/ctb.gz")));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(8, all.filter(Files::isRegularFile).count(), "7 model files + the marker");
        }
        String marker = Files.readString(dir.resolve(CorenlpModels.MARKER));
        assertTrue(marker.contains(Files.readString(tmp.resolve("models-chinese.jar.sha1")).strip()), marker);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("extracted pos/chinese-distsim.tagger"));
        assertNoLeftovers(dir.getParent());
    }

    @Test
    void aLocalCopyIsReadWithItsOwnChecksum() throws Exception {
        Path dir = tmp.resolve("local");
        ModelFetcher.fetch(dir, progress, java.net.URI.create("http://127.0.0.1:9/never-used.jar"), jar(false));
        assertTrue(CorenlpModels.missing(dir).isEmpty());
    }

    @Test
    void aChecksumMismatchLeavesTheOldFolderAsItWas() throws Exception {
        Path dir = tmp.resolve("models/corenlp");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("keep.txt"), "old");
        Path jar = jar(true);
        IOException e = assertThrows(IOException.class, () -> ModelFetcher.fetch(dir, progress, jar.toUri(), null));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertEquals("old", Files.readString(dir.resolve("keep.txt")));
        assertNoLeftovers(dir.getParent());
    }

    @Test
    void aNewFetchReplacesTheWholeFolder() throws Exception {
        Path dir = tmp.resolve("models/corenlp");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("stale.txt"), "stale");
        ModelFetcher.fetch(dir, progress, jar(false).toUri(), null);
        assertFalse(Files.exists(dir.resolve("stale.txt")));
        assertTrue(CorenlpModels.missing(dir).isEmpty());
        assertNoLeftovers(dir.getParent());
    }

    /**
     * A local HTTP server ({@code com.sun.net.httpserver}) serving the jar: the first full download is cut off
     * midway (the connection closed after half of the announced bytes), so the fetch must resume with a Range
     * request and still get the checksum right.
     */
    @Test
    void aDroppedConnectionIsResumedWithARangeRequest() throws Exception {
        byte[] jar = Files.readAllBytes(jar(false));
        String sha1 = Files.readString(tmp.resolve("models-chinese.jar.sha1"));
        java.util.List<String> ranges = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger full = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = server(jar, sha1, exchange -> {
            String range = exchange.getRequestHeaders().getFirst("Range");
            ranges.add(String.valueOf(range));
            if (range == null) {
                exchange.sendResponseHeaders(200, jar.length);
                if (full.incrementAndGet() == 1) {
                    exchange.getResponseBody().write(jar, 0, jar.length / 2);
                    exchange.getResponseBody().flush();
                    throw new IOException("dropped on purpose"); // the server closes the connection: fewer bytes than announced
                }
                exchange.getResponseBody().write(jar);
            } else {
                int from = Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
                exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (jar.length - 1) + "/" + jar.length);
                exchange.sendResponseHeaders(206, jar.length - from);
                exchange.getResponseBody().write(jar, from, jar.length - from);
            }
            exchange.close();
        });
        String old = System.setProperty("zhtext.corenlp.retryMillis", "10");
        try {
            Path dir = tmp.resolve("models/corenlp");
            ModelFetcher.fetch(dir, progress, uri(server), null);
            assertTrue(CorenlpModels.missing(dir).isEmpty());
            assertEquals(1, full.get(), ranges.toString());
            assertEquals(2, ranges.size(), ranges.toString());
            assertTrue(ranges.get(1).matches("bytes=[1-9]\\d*-"), ranges.toString());
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("retrying from byte"), log.toString(StandardCharsets.UTF_8));
            assertNoLeftovers(dir.getParent());
        } finally {
            server.stop(0);
            if (old == null) System.clearProperty("zhtext.corenlp.retryMillis");
            else System.setProperty("zhtext.corenlp.retryMillis", old);
        }
    }

    /** A server that sends a corrupt jar (one byte changed): the checksum fails, the old folder stays. */
    @Test
    void aCorruptDownloadFailsTheChecksumAndKeepsTheOldFolder() throws Exception {
        byte[] jar = Files.readAllBytes(jar(false));
        String sha1 = Files.readString(tmp.resolve("models-chinese.jar.sha1"));
        byte[] corrupt = jar.clone();
        corrupt[corrupt.length - 1] ^= 1; // in the zip's end record, after the entries: only the checksum sees it
        com.sun.net.httpserver.HttpServer server = server(jar, sha1, exchange -> {
            exchange.sendResponseHeaders(200, corrupt.length);
            exchange.getResponseBody().write(corrupt);
            exchange.close();
        });
        try {
            Path dir = tmp.resolve("models/corenlp");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("keep.txt"), "old");
            IOException e = assertThrows(IOException.class, () -> ModelFetcher.fetch(dir, progress, uri(server), null));
            assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
            assertEquals("old", Files.readString(dir.resolve("keep.txt")));
            assertNoLeftovers(dir.getParent());
        } finally {
            server.stop(0);
        }
    }

    /** A server on a free local port: {@code /m.jar} by {@code jarHandler}, {@code /m.jar.sha1} the checksum. */
    private static com.sun.net.httpserver.HttpServer server(byte[] jar, String sha1, com.sun.net.httpserver.HttpHandler jarHandler) throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/m.jar", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith(".sha1")) {
                byte[] b = sha1.getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(200, b.length);
                exchange.getResponseBody().write(b);
                exchange.close();
            } else {
                jarHandler.handle(exchange);
            }
        });
        server.start();
        return server;
    }

    private static java.net.URI uri(com.sun.net.httpserver.HttpServer server) {
        return java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/m.jar");
    }

    private static void assertNoLeftovers(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            assertEquals(java.util.List.of("corenlp"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
