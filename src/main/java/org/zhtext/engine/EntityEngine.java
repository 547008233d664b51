package org.zhtext.engine;

import java.util.List;

/**
 * A named-entity engine over simplified text. Built once, immutable after construction, thread-safe.
 * Types are {@code person}, {@code organization}, {@code location}.
 */
public interface EntityEngine {
    String name();

    List<Mention> recognize(String sentence);
}
