package org.zhtext.output;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A text a command renders per article itself (it needs the whole document, not flat records): each row's
 * {@code text} value is written as it is, one after another. Only the commands that name such a format offer it.
 */
abstract class DocumentFormat implements RecordFormat {
    @Override
    public final boolean records() {
        return false;
    }

    @Override
    public byte[] render(List<Row> rows, RowFormat how) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            Object t = r.get("text");
            if (t instanceof StreamedText) throw new IllegalArgumentException("a streamed value is written by RecordWriter.writeStreamed");
            if (t != null) sb.append(t);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
