package org.zhtext.output;

/** Plain text: normalize's converted articles, segment's words separated by spaces (one sentence a line). */
final class PlainTextFormat extends DocumentFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }
}
