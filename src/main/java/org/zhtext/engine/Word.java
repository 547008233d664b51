package org.zhtext.engine;

/** A word an engine found: UTF-16 char indices [start, end) into the string it was given, and its tag. */
public record Word(int start, int end, String tag) {}
