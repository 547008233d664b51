package org.zhtext.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhtext.core.CodePointTrie;

/**
 * The dictionaries built at build time ({@link OpenccBinary}, written into target/classes by Maven's
 * process-classes phase before the tests run) are those parsed from the text: every trie the configurations use,
 * array for array, and the detectors' tables entry for entry.
 */
class OpenccBinaryTest {
    private static byte[] bytes(CodePointTrie t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(new DataOutputStream(out));
        return out.toByteArray();
    }

    @Test
    void theBuiltDictionariesAreTheParsedOnes() throws IOException {
        OpenccBinary built = OpenccBinary.get();
        assertNotNull(built, "built dictionaries not used: " + OpenccBinary.status());
        List<List<String>> keys = new ArrayList<>();
        for (String config : List.of("t2s", "tw2s", "tw2sp", "hk2s", "hk2sp", "s2t", "s2tw", "s2twp", "s2hk", "s2hkp")) {
            for (List<String> k : OpenccConfig.load(config).trieKeys()) {
                if (!keys.contains(k)) keys.add(k);
            }
        }
        for (String t : TraditionalVariant.TRIES) keys.add(List.of(t));
        assertTrue(keys.size() >= 15, keys.toString());
        for (List<String> k : keys) {
            CodePointTrie fromBinary = built.trie(String.join("+", k));
            assertNotNull(fromBinary, "not built: " + k);
            assertArrayEquals(bytes(OpenccData.parsedTrie(k)), bytes(fromBinary), k.toString());
        }
        for (String name : OpenccBinary.DICTS) {
            Map<String, String[]> parsed = OpenccData.parsedDict(name);
            Map<String, String[]> fromBinary = built.dict(name);
            assertEquals(List.copyOf(parsed.keySet()), List.copyOf(fromBinary.keySet()), name);
            parsed.forEach((key, v) -> assertArrayEquals(v, fromBinary.get(key), name + " " + key));
        }
    }
}
