package org.zhtext.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zhtext.core.Article;
import org.zhtext.core.Conversion;
import org.zhtext.core.Doc;
import org.zhtext.core.Entity;
import org.zhtext.core.Lexicon;
import org.zhtext.core.OffsetMap;
import org.zhtext.engine.EntityEngine;

/**
 * Entity-level exact-match evaluation (CoNLL style: span and type must both match) over a BIO file with
 * one {@code char<TAB>tag} per line and blank lines between sentences (the MSRA NER test set), with types
 * PER, LOC, ORG. Each gold sentence goes through the same path as an article: a {@link Doc} (simplified
 * text as is), its sentences, the engine, the rules.
 */
public final class NerEval {
    /** Gold type labels in table order. */
    public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

    /** Counts for one type (or all), with precision, recall and F1. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores per type ({@link #TYPES}) and overall ({@code ALL}), and the number of sentences read. */
    public record Result(String label, int sentences, Map<String, Score> scores) {
        public Score overall() {
            return scores.get("ALL");
        }

        public Score of(String type) {
            return scores.get(type);
        }
    }

    private NerEval() {}

    /**
     * Evaluates an engine: with {@code rules} false its bare mentions, with {@code rules} true after the
     * {@link EntityRules} with zhtext's lexicon ({@code models/lexicon/*.txt}).
     */
    public static Result evaluate(Path bio, EntityEngine engine, boolean rules) throws IOException {
        EntityRules r = rules ? EntityRules.with(Lexicon.load(List.of())) : EntityRules.none();
        return evaluate(bio, new DocEntities(engine, r), engine.name() + (rules ? " + zhtext rules" : " (bare)"));
    }

    /** Evaluates a recognizer over every sentence of the BIO file, its text taken as simplified as it is. */
    public static Result evaluate(Path bio, DocEntities recognizer, String label) throws IOException {
        return evaluate(bio, recognizer, label, NerEval::asIs);
    }

    /**
     * Evaluates a recognizer over every sentence of the BIO file, each sentence made a {@link Doc} by {@code docs}
     * (for text in both scripts: the conversion to simplified the commands use).
     */
    public static Result evaluate(Path bio, DocEntities recognizer, String label, Function<String, Doc> docs) throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String t : TYPES) counts.put(t, new int[3]);
        int sentences = 0;
        for (GoldSentence g : read(bio)) {
            sentences++;
            Set<String> gold = new HashSet<>(g.spans);
            Set<String> predicted = new HashSet<>();
            for (Entity e : recognizer.extract(docs.apply(g.text))) predicted.add(key(e.start(), e.end(), label(e.type())));
            for (String p : predicted) counts.get(typeOf(p))[gold.contains(p) ? 0 : 1]++;
            for (String q : gold) if (!predicted.contains(q)) counts.get(typeOf(q))[2]++;
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        int[] all = new int[3];
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            scores.put(e.getKey(), new Score(c[0], c[1], c[2]));
            for (int k = 0; k < 3; k++) all[k] += c[k];
        }
        scores.put("ALL", new Score(all[0], all[1], all[2]));
        return new Result(label, sentences, scores);
    }

    /** A fixed-width table: one row per result, P/R/F1 per type and overall. */
    public static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s", "engine"));
        List<String> cols = new ArrayList<>(TYPES);
        cols.add("ALL");
        for (String c : cols) sb.append(String.format(Locale.ROOT, " | %-17s", c + " P/R/F1"));
        sb.append('\n');
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "%-28s", r.label()));
            for (String c : cols) {
                Score s = r.of(c);
                sb.append(String.format(Locale.ROOT, " | %.3f %.3f %.3f", s.precision(), s.recall(), s.f1()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A document whose text is taken as simplified as it is (no conversion): the MSRA sentences. */
    public static Doc asIs(String text) {
        int n = text.codePointCount(0, text.length());
        return new Doc(Article.of("gold", text), new Conversion(text, text, OffsetMap.identity(n), 0));
    }

    /** The gold label (PER, LOC, ORG) of an entity type. */
    public static String label(String type) {
        switch (type) {
            case EntityTypes.PERSON: return "PER";
            case EntityTypes.LOCATION: return "LOC";
            default: return "ORG";
        }
    }

    /** {@code TYPE:start:end}, the form of {@link GoldSentence#spans()} (code point offsets). */
    public static String key(int start, int end, String type) {
        return type + ":" + start + ":" + end;
    }

    private static String typeOf(String key) {
        return key.substring(0, key.indexOf(':'));
    }

    /** A gold sentence: its text and its spans as {@code TYPE:start:end} in code points. */
    public record GoldSentence(String text, List<String> spans) {}

    /**
     * Reads the BIO file: sentence text and gold spans as {@code TYPE:start:end} in code points. A line without
     * a tab (blank, or a comment) ends a sentence.
     */
    public static List<GoldSentence> read(Path bio) throws IOException {
        List<GoldSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> spans = new ArrayList<>();
        int n = 0, start = -1;
        String type = null;
        for (String line : Files.readAllLines(bio, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) { // a blank line (no tab) ends a sentence; a space is a character
                if (type != null) spans.add(key(start, n, type));
                if (n > 0) out.add(new GoldSentence(text.toString(), List.copyOf(spans)));
                text.setLength(0);
                spans.clear();
                n = 0;
                type = null;
                continue;
            }
            String tag = line.substring(tab + 1).strip();
            boolean inside = type != null && tag.equals("I-" + type);
            if (!inside && type != null) {
                spans.add(key(start, n, type));
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && !inside)) {
                type = tag.substring(2);
                start = n;
            }
            text.append(line, 0, tab);
            n++;
        }
        if (type != null) spans.add(key(start, n, type));
        if (n > 0) out.add(new GoldSentence(text.toString(), List.copyOf(spans)));
        return out;
    }
}
