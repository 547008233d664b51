package org.zhtext.output;

/** JSON Lines: one JSON object per line. */
final class JsonLinesFormat extends JsonObjects {
    JsonLinesFormat() {
        super(true);
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public RecordIndex.Layout indexLayout() {
        return RecordIndex.Layout.JSON_LINES;
    }
}
