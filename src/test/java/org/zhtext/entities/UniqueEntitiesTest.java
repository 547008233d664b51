package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhtext.core.Entity;

class UniqueEntitiesTest {
    @Test
    void countsDistinctTypeAndNormalizedFormInFirstAppearanceOrder() {
        List<Entity> all = EntityTestSupport.entities(
                "貝森特說，美國財政部將與貝森特的團隊合作。特朗普表示支持贝森特。美国商务部和美國財政部發表聲明。");
        List<UniqueEntities.Row> rows = UniqueEntities.of(all);
        List<String> keys = rows.stream().map(r -> r.type() + ":" + r.normalized() + "=" + r.count()).toList();
        long bessent = all.stream().filter(e -> e.normalized().equals("贝森特")).count();
        assertEquals(3, bessent, all.toString());
        assertEquals("person:贝森特=3", keys.get(0), keys.toString());
        UniqueEntities.Row first = rows.get(0);
        assertEquals("貝森特", first.first().text()); // the first mention's surface and offsets
        assertEquals(0, first.first().start());
        assertEquals(all.size(), rows.stream().mapToInt(UniqueEntities.Row::count).sum());
        assertEquals(rows.size(), rows.stream().map(r -> r.type() + r.normalized()).distinct().count());
    }

    @Test
    void sameFormWithDifferentTypesStaysApart() {
        List<Entity> in = List.of(
                new Entity("location", "华盛顿", 0, 3, "华盛顿", "hanlp"),
                new Entity("person", "华盛顿", 5, 8, "华盛顿", "hanlp"),
                new Entity("location", "華盛頓", 9, 12, "华盛顿", "hanlp"));
        List<UniqueEntities.Row> rows = UniqueEntities.of(in);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).count());
        assertEquals("person", rows.get(1).type());
    }
}
