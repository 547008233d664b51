package org.zhtext.engine;

/** An entity an engine found: char indices [start, end) into the string it was given; type person|organization|location. */
public record Mention(int start, int end, String type) {}
