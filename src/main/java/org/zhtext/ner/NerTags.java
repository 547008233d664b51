package org.zhtext.ner;

import java.util.ArrayList;
import java.util.List;
import org.zhtext.engine.Mention;
import org.zhtext.entities.EntityTypes;

/** The tag set: O, then B/I/E/S for PER, LOC, ORG (13 tags, ids fixed by this order). */
public final class NerTags {
    public static final List<String> TYPES = List.of("PER", "LOC", "ORG");
    public static final List<String> TAGS = tags();
    public static final int O = 0;

    private NerTags() {}

    private static List<String> tags() {
        List<String> t = new ArrayList<>();
        t.add("O");
        for (String type : TYPES) for (String p : List.of("B", "I", "E", "S")) t.add(p + "-" + type);
        return List.copyOf(t);
    }

    /** 0 B, 1 I, 2 E, 3 S for a non-O tag. */
    static int position(int tag) {
        return (tag - 1) % 4;
    }

    /** 0 PER, 1 LOC, 2 ORG for a non-O tag. */
    static int type(int tag) {
        return (tag - 1) / 4;
    }

    static int tag(int type, int position) {
        return 1 + type * 4 + position;
    }

    /** BIOES tags of a sentence from its spans ({@code type} index, start, end triples). */
    static int[] encode(int length, List<int[]> spans) {
        int[] tags = new int[length];
        for (int[] s : spans) {
            if (s[2] - s[1] == 1) tags[s[1]] = tag(s[0], 3);
            else {
                tags[s[1]] = tag(s[0], 0);
                for (int i = s[1] + 1; i < s[2] - 1; i++) tags[i] = tag(s[0], 1);
                tags[s[2] - 1] = tag(s[0], 2);
            }
        }
        return tags;
    }

    /**
     * Spans of a tag sequence as ({@code type}, start, end): an entity starts at B or S (or at an I/E that does
     * not continue one of its type) and runs while I follows, ending at E; a B or I left open ends before the
     * next tag that does not continue it.
     */
    static List<int[]> decode(int[] tags) {
        List<int[]> out = new ArrayList<>();
        int start = -1, type = -1;
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t == O) {
                if (start >= 0) out.add(new int[] {type, start, i});
                start = -1;
                continue;
            }
            int p = position(t), ty = type(t);
            boolean continues = start >= 0 && ty == type && (p == 1 || p == 2);
            if (!continues) {
                if (start >= 0) out.add(new int[] {type, start, i});
                start = i;
                type = ty;
            }
            if (p == 2 || p == 3) {
                out.add(new int[] {type, start, i + 1});
                start = -1;
            }
        }
        if (start >= 0) out.add(new int[] {type, start, tags.length});
        return out;
    }

    /** Mentions of a tag sequence. */
    static List<Mention> mentions(int[] tags) {
        List<Mention> out = new ArrayList<>();
        for (int[] s : decode(tags)) out.add(new Mention(s[1], s[2], entityType(s[0])));
        return out;
    }

    static String entityType(int type) {
        return switch (type) {
            case 0 -> EntityTypes.PERSON;
            case 1 -> EntityTypes.LOCATION;
            default -> EntityTypes.ORGANIZATION;
        };
    }
}
