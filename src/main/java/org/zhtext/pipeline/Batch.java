package org.zhtext.pipeline;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhtext.core.Article;
import org.zhtext.io.ArticleReader;
import org.zhtext.io.Input;

/**
 * Runs one task per input on a worker pool and hands the outcomes to a sink in input order, so output is
 * byte-identical for any thread count. Reading and decoding happen in the workers too.
 * <p>
 * The queue of submitted-but-not-yet-emitted articles is the reorder buffer; it holds at most
 * {@code window} articles, so a slow article holds back submission (backpressure) instead of letting
 * finished results pile up in memory.
 */
public final class Batch {
    /** The work done on one article; runs on a worker thread. */
    @FunctionalInterface
    public interface Task<R> {
        R apply(Article article) throws Exception;
    }

    /**
     * Work that may take an input without reading it into an article first (a command that streams big files):
     * its result, or null to read the article and run the {@link Task}. Runs on a worker thread.
     */
    @FunctionalInterface
    public interface Direct<R> {
        R apply(Input in) throws Exception;
    }

    /**
     * What became of one input: a result, or a one-line error and its cause (for --verbose). {@code chars} is
     * the article's length.
     */
    public record Outcome<R>(Input input, Article article, R result, String error, Throwable cause) {
        public boolean failed() {
            return error != null;
        }

        public long chars() {
            return article == null ? 0 : article.text().length();
        }
    }

    /** Receives outcomes in input order, on the calling thread. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(Outcome<R> outcome) throws Exception;
    }

    /** Totals of a run. */
    public record Summary(int inputs, int failed, long chars, long nanos) {
        /** The same totals with another count of failed inputs (failures found while writing). */
        public Summary withFailed(int n) {
            return new Summary(inputs, n, chars, nanos);
        }

        public double seconds() {
            return nanos / 1e9;
        }
    }

    private final int threads;
    private final int window;

    public Batch(int threads) {
        this.threads = Math.max(1, threads);
        this.window = (int) Math.min(Integer.MAX_VALUE, this.threads * 4L);
    }

    public <R> Summary run(List<Input> inputs, ArticleReader reader, Task<R> task, Sink<R> sink) throws Exception {
        return run(inputs, reader, in -> null, task, sink);
    }

    /** {@link #run(List, ArticleReader, Task, Sink)}, offering each input to {@code direct} first. */
    public <R> Summary run(List<Input> inputs, ArticleReader reader, Direct<R> direct, Task<R> task, Sink<R> sink) throws Exception {
        long t0 = System.nanoTime();
        int failed = 0;
        long chars = 0;
        if (threads == 1) {
            for (Input in : inputs) {
                Outcome<R> o = process(in, reader, direct, task);
                sink.accept(o);
                if (o.failed()) failed++;
                chars += o.chars();
            }
            return new Summary(inputs.size(), failed, chars, System.nanoTime() - t0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        ArrayDeque<Future<Outcome<R>>> queue = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < inputs.size() || !queue.isEmpty()) {
                while (next < inputs.size() && queue.size() < window) {
                    Input in = inputs.get(next++);
                    queue.add(pool.submit(() -> process(in, reader, direct, task)));
                }
                Outcome<R> o = get(queue.poll());
                sink.accept(o);
                if (o.failed()) failed++;
                chars += o.chars();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(inputs.size(), failed, chars, System.nanoTime() - t0);
    }

    private static <R> Outcome<R> get(Future<Outcome<R>> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error err) throw err;
            throw (Exception) c;
        }
    }

    private static <R> Outcome<R> process(Input in, ArticleReader reader, Direct<R> direct, Task<R> task) {
        Article a = null;
        try {
            R r = direct.apply(in);
            if (r != null) return new Outcome<>(in, null, r, null, null);
            a = reader.read(in);
            return new Outcome<>(in, a, task.apply(a), null, null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // an article too big for the heap fails alone: its data becomes garbage once this returns
            return new Outcome<>(in, a, null, ErrorMessages.oneLine(e), e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "zhtext-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
