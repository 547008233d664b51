package org.zhtext.entities;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the generated gazetteers ({@code models/gazetteers/}: countries and territories and world cities
 * from CLDR, China's divisions from the National Bureau of Statistics' list, organization names from CC-CEDICT
 * (CC BY-SA 4.0; a place of the same word wins); each file names its source and is re-made by
 * {@code bench/gazetteers.sh}). They feed the entity rules' {@link LexiconMatcher} only, not the
 * engines' segmenters: an engine's words stay its own. Read once per process; immutable.
 */
public final class Gazetteers {
    /** The gazetteer files, in the order they are read (a later entry replaces an earlier one of the same word). */
    static final List<String> FILES = List.of("gazetteers/organizations-cedict.txt", "gazetteers/countries.txt",
            "gazetteers/cities.txt", "gazetteers/china-divisions.txt");
    private static final Gazetteers NONE = new Gazetteers(Map.of());
    private static volatile Gazetteers shared;

    private final Map<String, String> entries;

    private Gazetteers(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** No gazetteer. */
    public static Gazetteers none() {
        return NONE;
    }

    /** The gazetteers of the models folder. */
    public static Gazetteers get() {
        Gazetteers g = shared;
        if (g == null) {
            synchronized (Gazetteers.class) {
                g = shared;
                if (g == null) {
                    Map<String, String> m = new HashMap<>();
                    for (String f : FILES) {
                        for (Map.Entry<String, String> e : WordClasses.read(f).entrySet()) {
                            String type = EntityTypes.fromTag(e.getValue());
                            if (type != null && e.getKey().length() >= 2) m.put(e.getKey(), type);
                        }
                    }
                    shared = g = new Gazetteers(m);
                }
            }
        }
        return g;
    }

    /** Word -> entity type. */
    public Map<String, String> entries() {
        return entries;
    }
}
