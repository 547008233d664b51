package org.zhtext.output;

import java.nio.charset.StandardCharsets;

/** JSON: one array of objects, {@code [}, one object per line joined by {@code ",\n"}, {@code ]}; {@code []} when empty. */
final class JsonArrayFormat extends JsonObjects {
    private static final byte[] OPEN = {'['};
    private static final byte[] FIRST = {'\n'};
    private static final byte[] NEXT = {',', '\n'};
    private static final byte[] CLOSE = "\n]\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_CLOSE = "]\n".getBytes(StandardCharsets.US_ASCII);

    JsonArrayFormat() {
        super(false);
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public byte[] begin(RowFormat how) {
        return OPEN;
    }

    @Override
    public byte[] separator(boolean first) {
        return first ? FIRST : NEXT;
    }

    @Override
    public byte[] end(boolean any) {
        return any ? CLOSE : EMPTY_CLOSE;
    }

    @Override
    public RecordIndex.Layout indexLayout() {
        return RecordIndex.Layout.JSON_ARRAY;
    }
}
