package org.zhtext.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one task wrote for its partition, sent to the driver: the attempt whose files to commit, the files (below
 * the attempt's directory), rows per table (in {@link TableSchemas#NAMES} order), articles and characters read, and the
 * partition's first failed inputs (file, error), for stderr.
 */
record PartResult(int partition, int attempt, List<String> files, long[] rows, long articles, long chars,
        List<List<String>> errors) implements Serializable {}
