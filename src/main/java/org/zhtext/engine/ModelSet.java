package org.zhtext.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Model files an engine needs that are not shipped with zhtext: fetched on demand into a folder. */
public interface ModelSet {
    /** The set's name, as given to the fetch command. */
    String name();

    /** What the set is, where it comes from and where it goes, in one sentence (for the help). */
    String summary();

    /** The folder the engine reads: {@code dir} when given, else its default place. */
    Path folder(Path dir);

    /** The files missing from {@code folder} (relative paths, sorted); empty when it is complete. */
    List<String> missing(Path folder);

    /** Downloads the set into {@code folder}, with progress lines on {@code progress}. */
    void fetch(Path folder, PrintStream progress) throws IOException;
}
