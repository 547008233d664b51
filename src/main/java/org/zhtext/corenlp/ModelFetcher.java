package org.zhtext.corenlp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fetches the CoreNLP Chinese models into a folder laid out as {@link CorenlpModels} describes.
 * <p>
 * The 1.58 GB {@code stanford-corenlp-4.5.10-models-chinese.jar} is streamed once: it is never stored; only
 * the entries the engines read (about 0.5 GB) are extracted, while the SHA-1 of the whole stream is computed
 * and checked against the {@code .sha1} file published beside the jar. Files go to a temporary folder beside
 * the target, which replaces the target only when everything is complete and verified, so an interrupted
 * fetch never leaves a half-filled models folder. A dropped connection is resumed where it broke with an HTTP
 * {@code Range} request (or, from a server that ignores ranges, by reading past the bytes already had), up to
 * {@value #ATTEMPTS} attempts with a growing pause; a corrupt download fails the checksum and leaves the folder
 * as it was. A copy of the jar already in the local Maven repository
 * ({@code ~/.m2}) is used instead of the network. Progress goes to the given stream (stderr).
 * <p>
 * {@code java -cp target/zhtext.jar org.zhtext.corenlp.ModelFetcher [--if-missing] [DIR]} runs it without the CLI.
 */
public final class ModelFetcher {
    /** Maven coordinates of the models jar. */
    public static final String ARTIFACT = "edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-chinese";
    /** Where the jar is downloaded from; {@code -Dzhtext.corenlp.url=} (a Maven mirror) overrides it. */
    public static final String DEFAULT_URL =
            "https://repo1.maven.org/maven2/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-chinese.jar";

    private static final String JAR_NAME = "stanford-corenlp-4.5.10-models-chinese.jar";
    private static final long REPORT_EVERY = 64L << 20;
    /** Attempts per download (the first and the resumptions after a failure). */
    static final int ATTEMPTS = 5;
    /** The pause before the first retry (ms), doubled after each; {@code -Dzhtext.corenlp.retryMillis=} overrides it. */
    private static long retryMillis() {
        return Long.getLong("zhtext.corenlp.retryMillis", 2000L);
    }

    /** An HTTP answer that another attempt would not change (404, 403…). */
    private static final class FinalAnswer extends IOException {
        FinalAnswer(String message) {
            super(message);
        }
    }

    private final URI jar;
    private final Path local;
    private final PrintStream progress;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    private ModelFetcher(URI jar, Path local, PrintStream progress) {
        this.jar = jar;
        this.local = local;
        this.progress = progress;
    }

    /**
     * Fetches the models into {@code dir} (created, or replaced when it exists), printing progress lines.
     *
     * @throws IOException on a network, checksum or disk failure; {@code dir} is then left as it was
     */
    public static void fetch(Path dir, PrintStream progress) throws IOException {
        String url = System.getProperty("zhtext.corenlp.url");
        if (url == null || url.isBlank()) {
            fetch(dir, progress, URI.create(DEFAULT_URL), localJar());
        } else {
            fetch(dir, progress, URI.create(url), null);
        }
    }

    /**
     * Fetches from {@code jar} (http, https or file URI, its checksum at the same URI + {@code .sha1}), or from
     * {@code local} (checksum beside it) when that is not null.
     */
    static void fetch(Path dir, PrintStream progress, URI jar, Path local) throws IOException {
        new ModelFetcher(jar, local, progress).run(dir.toAbsolutePath().normalize());
    }

    private void run(Path dir) throws IOException {
        long t0 = System.nanoTime();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, dir.getFileName() + ".part-");
        try {
            String expected = expectedSha1();
            Map<String, Long> extracted;
            String actual;
            if (local != null) {
                progress.println("corenlp models: reading " + local);
            } else {
                progress.println("corenlp models: downloading " + jar);
            }
            try (Source src = local != null ? Source.file(local) : Resuming.open(http, jar, progress);
                    DigestInputStream in = new DigestInputStream(
                            new Progress(src.in, src.length, progress), MessageDigest.getInstance("SHA-1"))) {
                extracted = extract(in, tmp);
                in.transferTo(OutputStream.nullOutputStream()); // the central directory: part of the checksum
                actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
            }
            if (!actual.equalsIgnoreCase(expected)) {
                throw new IOException("checksum mismatch for " + (local != null ? local : jar) + ": expected " + expected + ", got " + actual);
            }
            writeMarker(tmp, actual, extracted);
            List<String> missing = CorenlpModels.missing(tmp);
            if (!missing.isEmpty()) throw new IOException("the jar lacks " + missing);
            replace(tmp, dir);
            long bytes = extracted.values().stream().mapToLong(Long::longValue).sum();
            progress.printf("corenlp models: %d files, %d MiB in %s (%.0f s)%n",
                    extracted.size(), bytes >> 20, dir, (System.nanoTime() - t0) / 1e9);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Extracts the wanted entries of the zip stream into {@code tmp}; returns local path → size. */
    private Map<String, Long> extract(InputStream in, Path tmp) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        ZipInputStream zip = new ZipInputStream(in); // not closed here: the caller drains and closes `in`
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            String local = e.isDirectory() ? null : localName(e.getName());
            if (local == null) continue;
            Path target = tmp.resolve(local).normalize();
            if (!target.startsWith(tmp)) throw new IOException("bad entry name " + e.getName());
            Files.createDirectories(target.getParent());
            long n = Files.copy(zip, target);
            out.put(local, n);
            progress.println("corenlp models: extracted " + local + " (" + (n >> 10) + " KiB)");
        }
        return out;
    }

    /** The local path of a jar entry the engines need, or null. */
    static String localName(String entry) {
        for (Map.Entry<String, String> f : CorenlpModels.FILES.entrySet()) {
            String from = f.getValue();
            if (from.endsWith("/") ? entry.startsWith(from) : entry.equals(from)) {
                return from.endsWith("/") ? f.getKey() + entry.substring(from.length()) : f.getKey();
            }
        }
        return null;
    }

    private String expectedSha1() throws IOException {
        Path sha = local == null ? null : local.resolveSibling(local.getFileName() + ".sha1");
        String text;
        if (sha != null && Files.isRegularFile(sha)) {
            text = Files.readString(sha);
        } else {
            try (Source s = Resuming.open(http, URI.create(jar + ".sha1"), progress)) {
                text = new String(s.in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
        String hex = text.strip().split("\\s+")[0];
        if (!hex.matches("[0-9a-fA-F]{40}")) throw new IOException("unreadable checksum file for " + jar);
        return hex;
    }

    /** The jar in the local Maven repository when it is there, else null. */
    private static Path localJar() {
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository",
                "edu", "stanford", "nlp", "stanford-corenlp", "4.5.10", JAR_NAME);
        return Files.isRegularFile(m2) ? m2 : null;
    }

    private static void writeMarker(Path tmp, String sha1, Map<String, Long> files) throws IOException {
        Properties p = new Properties();
        p.setProperty("artifact", ARTIFACT);
        p.setProperty("sha1", sha1);
        files.forEach((name, size) -> p.setProperty("file." + name, Long.toString(size)));
        try (OutputStream o = Files.newOutputStream(tmp.resolve(CorenlpModels.MARKER))) {
            p.store(o, "written by zhtext models fetch corenlp");
        }
    }

    /** Puts the complete {@code tmp} in place of {@code dir}, keeping the old one until the rename is done. */
    private static void replace(Path tmp, Path dir) throws IOException {
        Path old = null;
        if (Files.exists(dir)) {
            old = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".old-");
            Files.delete(old);
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteTree(old);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** An input stream with its announced length (-1 when unknown). */
    private record Source(InputStream in, long length) implements AutoCloseable {
        static Source file(Path p) throws IOException {
            return new Source(Files.newInputStream(p), Files.size(p));
        }

        static Source open(HttpClient client, URI uri) throws IOException {
            return open(client, uri, 0);
        }

        /** The resource from byte {@code from} on (an HTTP Range request when {@code from > 0}). */
        static Source open(HttpClient client, URI uri, long from) throws IOException {
            if ("file".equals(uri.getScheme())) {
                Source f = file(Path.of(uri));
                f.in.skipNBytes(from);
                return new Source(f.in, f.length);
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET();
            if (from > 0) b.header("Range", "bytes=" + from + "-");
            HttpRequest req = b.build();
            HttpResponse<InputStream> r;
            try {
                r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + uri, e);
            }
            long length = r.headers().firstValueAsLong("content-length").orElse(-1);
            if (from > 0 && r.statusCode() == 206) {
                String range = r.headers().firstValue("content-range").orElse("");
                if (!range.startsWith("bytes " + from + "-")) {
                    r.body().close();
                    throw new IOException("HTTP 206 for " + uri + " with Content-Range '" + range + "', not from byte " + from);
                }
                return new Source(r.body(), length < 0 ? -1 : from + length);
            }
            if (r.statusCode() != 200) {
                r.body().close();
                int c = r.statusCode();
                String m = "HTTP " + c + " for " + uri;
                throw c >= 400 && c < 500 && c != 408 && c != 429 ? new FinalAnswer(m) : new IOException(m);
            }
            InputStream in = r.body();
            if (from > 0) in.skipNBytes(from); // a server without ranges sends it all again: past what we have
            return new Source(in, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * A download that survives dropped connections: a failed open or read is retried, up to {@value #ATTEMPTS}
     * attempts with a pause doubling from {@code RETRY_MILLIS}, and continues at the byte where it stopped, so the
     * bytes read are exactly the resource's (the checksum above them sees one stream).
     */
    private static final class Resuming extends InputStream {
        private final HttpClient client;
        private final URI uri;
        private final PrintStream progress;
        private InputStream in;
        private long length = -1;
        private long pos;
        private int failures;

        private Resuming(HttpClient client, URI uri, PrintStream progress) {
            this.client = client;
            this.uri = uri;
            this.progress = progress;
        }

        static Source open(HttpClient client, URI uri, PrintStream progress) throws IOException {
            if ("file".equals(uri.getScheme())) return Source.open(client, uri);
            Resuming r = new Resuming(client, uri, progress);
            while (r.in == null) {
                try {
                    Source s = Source.open(client, uri, 0);
                    r.in = s.in;
                    r.length = s.length;
                } catch (IOException e) {
                    r.failed(e);
                }
            }
            return new Source(r, r.length);
        }

        /** Counts a failure: rethrows it after the last attempt, else pauses before the next. */
        private void failed(IOException e) throws IOException {
            if (e instanceof FinalAnswer) throw e;
            if (++failures >= ATTEMPTS) {
                throw new IOException(e.getMessage() + " (" + ATTEMPTS + " attempts" + (pos > 0 ? ", " + pos + " bytes read" : "") + ")", e);
            }
            long pause = retryMillis() << (failures - 1);
            progress.println("corenlp models: " + e.getMessage() + "; retrying" + (pos > 0 ? " from byte " + pos : "")
                    + " in " + pause + " ms (attempt " + (failures + 1) + " of " + ATTEMPTS + ")");
            try {
                Thread.sleep(pause);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + uri, ie);
            }
        }

        /** Reopens the download at {@link #pos} after a failure. */
        private void resume(IOException cause) throws IOException {
            try {
                in.close();
            } catch (IOException ignored) {
                // the broken connection
            }
            failed(cause);
            while (true) {
                try {
                    in = Source.open(client, uri, pos).in;
                    return;
                } catch (IOException e) {
                    failed(e);
                }
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            while (true) {
                try {
                    int n = in.read(buf, off, len);
                    if (n > 0) pos += n;
                    if (n < 0 && length >= 0 && pos < length) throw new IOException("connection closed at byte " + pos + " of " + length);
                    return n;
                } catch (IOException e) {
                    resume(e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Counts bytes and prints a progress line every {@value #REPORT_EVERY} bytes. */
    private static final class Progress extends FilterInputStream {
        private final long total;
        private final PrintStream out;
        private final long start = System.nanoTime();
        private long count;
        private long next = REPORT_EVERY;

        Progress(InputStream in, long total, PrintStream out) {
            super(in);
            this.total = total;
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) advance(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) advance(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skip would bypass the checksum");
        }

        private void advance(int n) {
            count += n;
            if (count >= next) {
                next += REPORT_EVERY;
                double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
                String pct = total > 0 ? String.format(" (%d%%)", count * 100 / total) : "";
                out.printf("corenlp models: %d/%s MiB%s, %.1f MiB/s%n", count >> 20,
                        total > 0 ? Long.toString(total >> 20) : "?", pct, count / secs / (1 << 20));
            }
        }
    }
}
