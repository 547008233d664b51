package org.zhtext.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhtext.core.Entity;

/** The {@code --unique} view of a document's entities: one row per distinct (type, normalized form). */
public final class UniqueEntities {
    /**
     * A distinct entity: its type and simplified form, the surface text, offsets and engine of its first
     * mention, and how many mentions it has.
     */
    public record Row(String type, String normalized, int count, Entity first) {}

    private UniqueEntities() {}

    /** Distinct (type, normalized) pairs with their counts, in order of first appearance. */
    public static List<Row> of(List<Entity> entities) {
        Map<List<String>, Entity> first = new LinkedHashMap<>();
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (Entity e : entities) {
            List<String> key = List.of(e.type(), e.normalized());
            first.putIfAbsent(key, e);
            counts.merge(key, 1, Integer::sum);
        }
        List<Row> out = new ArrayList<>(first.size());
        first.forEach((key, e) -> out.add(new Row(key.get(0), key.get(1), counts.get(key), e)));
        return out;
    }
}
