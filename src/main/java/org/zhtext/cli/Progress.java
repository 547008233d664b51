package org.zhtext.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.zhtext.pipeline.Batch;

/** Progress on stderr (articles done/total, chars/s, ETA) with the progressbar library; a no-op when off. */
class Progress implements AutoCloseable {
    private static final Progress OFF = new Progress();

    static Progress start(Boolean forced, boolean stderrIsTerminal, PrintStream err, int total) {
        boolean on = forced != null ? forced : stderrIsTerminal;
        if (!on || total == 0) return OFF;
        return new Bar(err, total);
    }

    static String summaryLine(Batch.Summary s) {
        double secs = Math.max(s.seconds(), 1e-9);
        return String.format(Locale.ROOT, "zhtext: %d articles, %d failed, %d chars, %.2f s, %.0f chars/s",
                s.inputs(), s.failed(), s.chars(), s.seconds(), s.chars() / secs);
    }

    void step(long chars) {}

    @Override
    public void close() {}

    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private final long t0 = System.nanoTime();
        private long chars;

        Bar(PrintStream err, int total) {
            bar = new ProgressBarBuilder()
                    .setTaskName("zhtext")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" articles", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(err, 110))
                    .setUpdateIntervalMillis(200)
                    .build();
        }

        @Override
        void step(long c) {
            chars += c;
            double secs = (System.nanoTime() - t0) / 1e9;
            // the speed is computed here: the library's own shows "?" until a second has passed, with no space before this
            secs = Math.max(secs, 1e-9);
            bar.setExtraMessage(String.format(Locale.ROOT, " %.1f articles/s, %.0f chars/s", (bar.getCurrent() + 1) / secs, chars / secs));
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
