package org.zhtext.core;

/**
 * A word: {@code start}/{@code end} are code point offsets into the original text (end exclusive),
 * {@code text} is the original at that span, {@code normalized} its simplified form.
 */
public record Token(int sentence, int index, String text, int start, int end, String pos, String normalized) {}
