package org.zhtext.core;

/**
 * A named entity mention. {@code type} is person | organization | location; offsets are code points into
 * the original text (end exclusive); {@code normalized} is the simplified form; {@code engine} made it.
 */
public record Entity(String type, String text, int start, int end, String normalized, String engine) {}
