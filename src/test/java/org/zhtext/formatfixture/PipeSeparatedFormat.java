package org.zhtext.formatfixture;

import org.zhtext.output.TableFormat;

/**
 * The recipe of docs/ARCHITECTURE.md ("Adding an output format"), done once: a pipe-separated table, {@code --format
 * psv}, is this class plus one registration ({@link org.zhtext.cli.PluginFormatTest}); a format of the project would
 * be one line in {@code RecordFormats.REGISTERED} instead of the test's {@code RecordFormats.register}.
 */
public final class PipeSeparatedFormat extends TableFormat {
    @Override
    public String name() {
        return "psv";
    }

    @Override
    public String extension() {
        return "psv";
    }

    /** Cells joined by '|'; a '|', a backslash or a line break inside a value escaped with a backslash. */
    @Override
    protected void line(Object[] cells, StringBuilder sb) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append('|');
            String s = String.valueOf(cells[i]);
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '|' -> sb.append("\\|");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c);
                }
            }
        }
        sb.append('\n');
    }
}
