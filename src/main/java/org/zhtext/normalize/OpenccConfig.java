package org.zhtext.normalize;

import org.zhtext.core.CodePointTrie;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhtext.core.Models;

/**
 * An OpenCC configuration ({@code models/conversion/opencc/<name>.json}, OpenCC 1.4.2's format): an optional
 * {@code normalization} chain run over the whole text first, an optional {@code segmentation} ({@code mmseg}:
 * maximum forward matching on a dictionary), and the {@code conversion_chain}. Dictionaries are {@code ocd2}
 * files (read from their {@code .txt} source, see {@link OpenccData}) or {@code group}s with a
 * {@code match_policy}: {@code short_circuit} (the default: the first dictionary with a match wins) or
 * {@code union} (the longest match over all dictionaries). Dictionaries marked {@code may_output_tofu} are
 * included, as OpenCC's library does by default.
 */
final class OpenccConfig {
    /** A dictionary of a configuration: a file or a group. */
    sealed interface Dict permits File, Group {}

    /** A dictionary file, by OpenCC name (without extension). */
    record File(String name) implements Dict {}

    /** A dictionary group. */
    record Group(boolean union, List<Dict> dicts) implements Dict {}

    private final String name;
    private final List<Dict> normalization;
    private final Dict segmentation;
    private final List<Dict> chain;

    OpenccConfig(String name, List<Dict> normalization, Dict segmentation, List<Dict> chain) {
        if (chain.isEmpty()) throw new IllegalArgumentException(name + ": empty conversion_chain");
        this.name = name;
        this.normalization = List.copyOf(normalization);
        this.segmentation = segmentation;
        this.chain = List.copyOf(chain);
    }

    /** The configuration's name ({@code t2s}, {@code s2tw} ...). */
    String name() {
        return name;
    }

    /**
     * Reads {@code conversion/opencc/<name>.json} through {@link Models#open}; with OpenCC4j's dictionaries
     * ({@code --converter opencc4j}), a reduced configuration over them ({@link #fallback}).
     */
    static OpenccConfig load(String name) {
        if (!OpenccData.vendored()) return fallback(name);
        String path = OpenccData.DIR + name + ".json";
        try (InputStream in = Models.open(path)) {
            if (in == null) throw new IllegalStateException("OpenCC configuration missing: models/" + path);
            try (JsonParser json = new JsonFactory().createParser(in)) {
                json.nextToken();
                return parse(name, (Map<?, ?>) value(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read models/" + path, e);
        }
    }

    /** A JSON value as maps, lists, strings, booleans and numbers (jackson-core only: fast to start). */
    private static Object value(JsonParser json) throws IOException {
        JsonToken t = json.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                m.put(field, value(json));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) l.add(value(json));
            return l;
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) return t == JsonToken.VALUE_TRUE;
        return t == JsonToken.VALUE_NULL ? null : json.getText();
    }

    /** Parses a configuration document (as read by {@link #value}). */
    static OpenccConfig parse(String name, Map<?, ?> doc) {
        List<Dict> norm = new ArrayList<>();
        for (Object step : list(doc.get("normalization"))) norm.add(dict(name, ((Map<?, ?>) step).get("dict")));
        Dict seg = null;
        if (doc.get("segmentation") instanceof Map<?, ?> s) {
            if (!"mmseg".equals(s.get("type"))) {
                throw new IllegalArgumentException(name + ": unsupported segmentation " + s.get("type"));
            }
            seg = dict(name, s.get("dict"));
        }
        List<Dict> chain = new ArrayList<>();
        for (Object step : list(doc.get("conversion_chain"))) chain.add(dict(name, ((Map<?, ?>) step).get("dict")));
        return new OpenccConfig(name, norm, seg, chain);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Dict dict(String config, Object node) {
        if (!(node instanceof Map<?, ?> d)) throw new IllegalArgumentException(config + ": dictionary expected");
        Object type = d.get("type");
        if ("group".equals(type)) {
            Object policy = d.containsKey("match_policy") ? d.get("match_policy") : "short_circuit";
            if (!"short_circuit".equals(policy) && !"union".equals(policy)) {
                throw new IllegalArgumentException(config + ": unknown match_policy " + policy);
            }
            List<Dict> members = new ArrayList<>();
            for (Object m : list(d.get("dicts"))) members.add(dict(config, m));
            if (members.isEmpty()) throw new IllegalArgumentException(config + ": empty dictionary group");
            return new Group("union".equals(policy), members);
        }
        Object file = d.get("file");
        if (!("ocd2".equals(type) || "text".equals(type)) || !(file instanceof String f) || f.isEmpty()) {
            throw new IllegalArgumentException(config + ": unsupported dictionary " + d);
        }
        int dot = f.lastIndexOf('.');
        return new File(dot > 0 ? f.substring(0, dot) : f);
    }

    /** Builds the conversion pipeline, loading the dictionaries it names. */
    OpenccPipeline pipeline() {
        ConversionChain norm = normalization.isEmpty() ? null : new ConversionChain(null, groups(normalization));
        DictGroup seg = segmentation == null ? null : group(segmentation);
        return new OpenccPipeline(norm, new ConversionChain(seg, groups(chain)));
    }

    /** The tries {@link #pipeline} builds, each as the list of dictionary names {@link OpenccData#trie} takes. */
    List<List<String>> trieKeys() {
        List<Dict> all = new ArrayList<>(normalization);
        if (segmentation != null) all.add(segmentation);
        all.addAll(chain);
        List<List<String>> out = new ArrayList<>();
        for (Dict d : all) collectKeys(d, out);
        return out;
    }

    private void collectKeys(Dict d, List<List<String>> out) {
        if (d instanceof Group g && !g.union()) {
            for (Dict m : g.dicts()) collectKeys(m, out);
            return;
        }
        List<String> files = new ArrayList<>();
        unionFiles(d, files);
        out.add(files);
    }

    private DictGroup[] groups(List<Dict> dicts) {
        DictGroup[] out = new DictGroup[dicts.size()];
        for (int i = 0; i < out.length; i++) out[i] = group(dicts.get(i));
        return out;
    }

    /** A short-circuit group is the sequence of its members; a union of files is one merged trie. */
    private DictGroup group(Dict d) {
        List<List<String>> keys = new ArrayList<>();
        collectKeys(d, keys);
        CodePointTrie[] tries = new CodePointTrie[keys.size()];
        for (int i = 0; i < tries.length; i++) tries[i] = OpenccData.trie(keys.get(i));
        return new DictGroup(tries);
    }

    private void unionFiles(Dict d, List<String> out) {
        if (d instanceof File f) {
            out.add(f.name());
        } else if (d instanceof Group g && g.union()) {
            for (Dict m : g.dicts()) unionFiles(m, out);
        } else {
            throw new IllegalArgumentException(name + ": a short_circuit group inside a union is not supported");
        }
    }

    /**
     * The configuration of {@code --converter opencc4j}: OpenCC4j's dictionaries (an older OpenCC
     * snapshot, its TWVariants and TWPhrases keyed on simplified characters, so they join the first stage).
     */
    static OpenccConfig fallback(String name) {
        Dict ts = shortCircuit("TSPhrases", "TSCharacters");
        Dict st = shortCircuit("STPhrases", "STCharacters");
        File stPhrases = new File("STPhrases");
        return switch (name) {
            case "t2s", "tw2s", "hk2s", "tw2sp", "hk2sp" ->
                    new OpenccConfig(name, List.of(), new File("TSPhrases"), List.of(ts));
            case "s2t" -> new OpenccConfig(name, List.of(), null, List.of(st));
            case "s2tw" -> new OpenccConfig(name, List.of(), stPhrases,
                    List.of(shortCircuit("STPhrases", "TWVariants", "STCharacters")));
            case "s2twp" -> new OpenccConfig(name, List.of(), stPhrases,
                    List.of(shortCircuit("TWPhrases", "STPhrases", "TWVariants", "STCharacters")));
            case "s2hk", "s2hkp" -> new OpenccConfig(name, List.of(), stPhrases,
                    List.of(st, shortCircuit("HKVariants")));
            default -> throw new IllegalArgumentException("no fallback for OpenCC configuration " + name);
        };
    }

    private static Dict shortCircuit(String... files) {
        List<Dict> members = new ArrayList<>();
        for (String f : files) members.add(new File(f));
        return new Group(false, members);
    }
}
