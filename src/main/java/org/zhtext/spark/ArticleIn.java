package org.zhtext.spark;

import java.io.Serializable;

/**
 * An article on its way to its partition: the name its records carry, and its bytes (a file, decoded by the task as
 * the CLI decodes it), its text (a row of a table of articles), or why it cannot be read.
 */
record ArticleIn(String file, byte[] content, String text, String error) implements Serializable {}
