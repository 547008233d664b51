package org.zhtext.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.engine.EntityEngine;
import org.zhtext.entities.DocEntities;
import org.zhtext.entities.EntityRules;
import org.zhtext.entities.UniqueEntities;
import org.zhtext.output.Row;
import org.zhtext.output.Schema;

/** The entity step: recognizes a Doc's entities and renders entity records (or unique counts). Thread-safe. */
public final class EntityRows {
    private final DocEntities recognizer;

    public EntityRows(EntityEngine engine, EntityRules rules) {
        this.recognizer = new DocEntities(engine, rules);
    }

    public DocEntities recognizer() {
        return recognizer;
    }

    public List<Entity> entities(Doc doc) {
        return recognizer.extract(doc);
    }

    public static List<Row> rows(String file, List<Entity> entities) {
        List<Row> rows = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            rows.add(Row.of(Schema.ENTITY, file, e.type(), e.text(), e.start(), e.end(), e.normalized(), e.engine()));
        }
        return rows;
    }

    /** One row per distinct (type, normalized) with its count, in order of first appearance. */
    public static List<Row> uniqueRows(String file, List<Entity> entities) {
        List<Row> rows = new ArrayList<>();
        for (UniqueEntities.Row c : UniqueEntities.of(entities)) {
            rows.add(Row.of(Schema.ENTITY_UNIQUE, file, c.type(), c.normalized(), c.count()));
        }
        return rows;
    }
}
