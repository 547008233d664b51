package org.zhtext.entities;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the generated gazetteers ({@code models/gazetteers/}: countries and territories and world cities
 * from CLDR, China's divisions from the National Bureau of Statistics' list, Taiwan's from its postal areas, organization names from CC-CEDICT
 * (CC BY-SA 4.0; a place of the same word wins; engine-first path only, {@link #places}); each file names its
 * source and is re-made by {@code bench/gazetteers.sh}). They feed the entity rules' {@link LexiconMatcher} only, not the
 * engines' segmenters: an engine's words stay its own. Read once per process; immutable.
 */
public final class Gazetteers {
    /** The gazetteer files, in the order they are read (a later entry replaces an earlier one of the same word). */
    static final List<String> FILES = List.of("gazetteers/organizations-cedict.txt", "gazetteers/countries.txt",
            "gazetteers/cities.txt", "gazetteers/china-divisions.txt", "gazetteers/taiwan-divisions.txt");
    /** The organization names, guarded by the tagger's mentions only (engine-first): not on the rules-only path. */
    static final String ORGANIZATIONS = "gazetteers/organizations-cedict.txt";
    private static final Gazetteers NONE = new Gazetteers(Map.of());
    private static volatile Gazetteers shared;
    private static volatile Gazetteers places;

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
                if (g == null) shared = g = read(FILES);
            }
        }
        return g;
    }

    /**
     * The place gazetteers only, without the CC-CEDICT organization names: for the rules-only path, where no
     * tagger mention guards a bare short name (MSRA dev, rules only: precision .760 to .753 with them; 2026-12-07).
     */
    public static Gazetteers places() {
        Gazetteers g = places;
        if (g == null) {
            synchronized (Gazetteers.class) {
                g = places;
                if (g == null) places = g = read(FILES.stream().filter(f -> !f.equals(ORGANIZATIONS)).toList());
            }
        }
        return g;
    }

    private static Gazetteers read(List<String> files) {
        Map<String, String> m = new HashMap<>();
        for (String f : files) {
            for (Map.Entry<String, String> e : WordClasses.read(f).entrySet()) {
                String type = EntityTypes.fromTag(e.getValue());
                if (type != null && e.getKey().length() >= 2) m.put(e.getKey(), type);
            }
        }
        return new Gazetteers(m);
    }

    /** Word -> entity type. */
    public Map<String, String> entries() {
        return entries;
    }
}
