package org.zhtext.entities;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.core.Sentence;
import org.zhtext.engine.EntityEngine;
import org.zhtext.engine.Mention;

/**
 * Entity recognition over a {@link Doc}: each sentence of the simplified text goes through the engine and
 * the {@link EntityRules}; spans are mapped back to code point offsets in the original text, whose surface
 * form becomes {@link Entity#text()} ({@link Entity#normalized()} is the simplified form). Immutable and
 * thread-safe when the engine is.
 */
public final class DocEntities {
    private final EntityEngine engine;
    private final EntityRules rules;

    /** Any engine with any rules ({@link EntityRules#with} for zhtext's, {@link EntityRules#none()} for bare output). */
    public DocEntities(EntityEngine engine, EntityRules rules) {
        this.engine = engine;
        this.rules = rules;
    }

    public EntityEngine engine() {
        return engine;
    }

    public EntityRules rules() {
        return rules;
    }

    /** Mentions in one sentence of simplified text (char indices into it). */
    public List<Mention> mentions(String sentence) {
        return rules.apply(sentence, engine.recognize(sentence));
    }

    /** The entities of a document in text order. */
    public List<Entity> extract(Doc doc) {
        List<Entity> out = new ArrayList<>();
        String norm = doc.normalized();
        for (Sentence sentence : doc.sentences()) {
            String text = sentence.text(norm);
            add(doc, sentence, text, engine.recognize(text), out);
        }
        complete(doc, out);
        return out;
    }

    /** Heads of a company's full name whose bare stem names it elsewhere in the document (苹果公司 → 苹果). */
    private static final List<String> COMPANY_HEADS = List.of("公司", "集团");
    /** Characters after a stem that make it the fruit or a thing (苹果汁, 苹果树, 小米粥). */
    private static final String THING_AFTER = "汁树樹园園派酱醬醋酒干乾片核皮味香籽苗粥粒饭飯粉面麵";
    /** Characters before a stem that make it the fruit or the grain (吃苹果, 一个苹果, 两斤小米). */
    private static final String THING_BEFORE = "吃买買种種摘削个個颗顆只隻斤箱筐袋碗";

    /**
     * Adds, after the sentences are done ({@link EntityRules.Rule#COMPANY_STEMS}), the bare stems of the
     * organizations the document names with 公司/集团 where no entity covers them; {@code out} stays in text order.
     */
    public void complete(Doc doc, List<Entity> out) {
        if (rules.applies(EntityRules.Rule.REPEATED_NAMES) && !out.isEmpty()) repeated(doc, out);
        if (!rules.applies(EntityRules.Rule.COMPANY_STEMS) || out.isEmpty()) return;
        java.util.Set<String> stems = new java.util.LinkedHashSet<>();
        for (Entity e : out) {
            if (!EntityTypes.ORGANIZATION.equals(e.type())) continue;
            for (String h : COMPANY_HEADS) {
                String n = e.normalized();
                if (n.endsWith(h) && n.length() - h.length() >= 2 && n.length() - h.length() <= 4 && allHan(n, n.length() - h.length())) {
                    stems.add(n.substring(0, n.length() - h.length()));
                }
            }
        }
        if (stems.isEmpty()) return;
        String norm = doc.normalized();
        List<Entity> added = new ArrayList<>();
        for (String stem : stems) {
            for (int s = norm.indexOf(stem); s >= 0; s = norm.indexOf(stem, s + 1)) {
                int e = s + stem.length();
                if (e < norm.length() && THING_AFTER.indexOf(norm.charAt(e)) >= 0) continue;
                if (s > 0 && THING_BEFORE.indexOf(norm.charAt(s - 1)) >= 0) continue;
                if (WordClasses.length(rules.words().wordAt(norm, s, Math.min(norm.length(), s + 6))) > stem.length()) continue;
                int[] o = doc.toOriginal(s, e);
                if (covered(out, o[0], o[1])) continue;
                added.add(new Entity(EntityTypes.ORGANIZATION, doc.originalText(o[0], o[1]), o[0], o[1], stem, engine.name()));
            }
        }
        if (added.isEmpty()) return;
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(Entity::start));
    }

    /**
     * One name, one reading in a document ({@link EntityRules.Rule#REPEATED_NAMES}): where an organization of three
     * or more Han characters is an entity once, its other occurrences whose entities (persons, places) all lie inside
     * it are that organization too (长安 typed a place inside 长安汽车); not where the place starting it is followed
     * by its unit, people or government (上海市, 日本政府: zhtext reports the place), and an occurrence that another
     * entity crosses, that starts a longer dictionary word, or that has no entity in it is left as it is.
     */
    private void repeated(Doc doc, List<Entity> out) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Entity e : out) {
            String n = e.normalized();
            if (EntityTypes.ORGANIZATION.equals(e.type()) && n.length() >= 3 && allHan(n, n.length())) names.putIfAbsent(n, e.type());
        }
        if (names.isEmpty()) return;
        String norm = doc.normalized();
        List<Entity> added = new ArrayList<>();
        java.util.Set<Entity> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (java.util.Map.Entry<String, String> name : names.entrySet()) {
            String n = name.getKey();
            for (int s = norm.indexOf(n); s >= 0; s = norm.indexOf(n, s + 1)) {
                int e = s + n.length();
                if (WordClasses.length(rules.words().wordAt(norm, s, Math.min(norm.length(), s + 8))) > n.length()) continue;
                int[] o = doc.toOriginal(s, e);
                List<Entity> inside = new ArrayList<>();
                boolean crossed = false, same = false;
                for (Entity x : out) {
                    if (x.end() <= o[0] || o[1] <= x.start()) continue;
                    if (x.start() == o[0] && x.end() == o[1]) same = true;
                    else if (x.start() >= o[0] && x.end() <= o[1]) inside.add(x);
                    else crossed = true;
                }
                if (same || crossed || inside.isEmpty()) continue;
                boolean governed = false; // 日本 + 政府, 上海 + 市: a place and its government or unit stay the place
                for (Entity x : inside) {
                    if (EntityTypes.ORGANIZATION.equals(x.type())) governed = true;
                    if (EntityTypes.LOCATION.equals(x.type()) && x.start() == o[0]) {
                        String rest = n.substring(x.normalized().length());
                        governed |= rest.isEmpty() || UNIT_OR_BODY.indexOf(rest.charAt(0)) >= 0 || rest.startsWith("政府")
                                || rest.startsWith("当局") || rest.startsWith("當局");
                    }
                }
                if (governed) continue;
                replaced.addAll(inside);
                added.add(new Entity(name.getValue(), doc.originalText(o[0], o[1]), o[0], o[1], n, engine.name()));
            }
        }
        if (added.isEmpty()) return;
        out.removeIf(replaced::contains);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(Entity::start));
    }

    /** First characters after a place that make the span its unit, people or body (上海市, 日本国, 中国城, 美国参议院). */
    private static final String UNIT_OR_BODY = "市省县縣区區国國州城镇鎮乡鄉村参參众眾议議队隊";

    private static boolean allHan(String s, int end) {
        for (int i = 0; i < end; i++) if (!NameShapes.isHan(s.charAt(i))) return false;
        return true;
    }

    private static boolean covered(List<Entity> out, int start, int end) {
        for (Entity x : out) if (x.start() < end && start < x.end()) return true;
        return false;
    }

    /**
     * Appends the entities of one sentence ({@code text}, its simplified text) given the engine's mentions in
     * it: the rules applied, spans mapped back to the original text.
     */
    public void add(Doc doc, Sentence sentence, String text, List<Mention> found, List<Entity> out) {
        String norm = doc.normalized();
        for (Mention m : rules.apply(text, found)) {
            int s = sentence.start() + m.start(), e = sentence.start() + m.end();
            int[] o = doc.toOriginal(s, e);
            out.add(new Entity(m.type(), doc.originalText(o[0], o[1]), o[0], o[1], norm.substring(s, e), engine.name()));
        }
    }
}
