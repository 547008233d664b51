package org.zhtext.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Training data of the NER tagger: files of one {@code char<TAB>tag} a line (BIO, types PER/LOC/ORG), a
 * blank line after each sentence, as in {@code ../shared/train/ner/}. A sentence goes to the dev split when
 * the CRC-32 of its UTF-8 text is 0 modulo {@link #DEV_MODULUS} (about 5%, fixed by the text alone).
 */
public final class NerCorpus {
    public static final int DEV_MODULUS = 20;

    /** A sentence: its text and its BIOES tags ({@link NerTags} ids), one per char. */
    public record Sentence(String text, int[] tags) {}

    private NerCorpus() {}

    /**
     * Where the contiguous dev block of a file of {@code size} sentences starts: its last twentieth. A second,
     * harder dev set for the trainer ({@code -Dzhtext.ner.blockdev=true}, MSRA only; docs/MODEL.md): whole articles
     * the model has not seen, as in a test set cut from the same stream, where the hash split's sentences share
     * their articles (and most of their names) with the training sentences.
     */
    public static int blockDevFrom(int size) {
        return size - size / DEV_MODULUS;
    }

    /** Whether a sentence belongs to the dev split. */
    public static boolean isDev(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % DEV_MODULUS == 0;
    }

    /** Every sentence of a BIO file, in file order. Characters outside the BMP are one char each in the text. */
    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    if (text.length() > 0) out.add(sentence(text.toString(), tags));
                    text.setLength(0);
                    tags.clear();
                    continue;
                }
                String ch = line.substring(0, tab);
                String tag = line.substring(tab + 1).strip();
                // one char per tag: a supplementary character becomes U+FFFD (keeps tags and chars aligned)
                text.append(ch.length() == 1 ? ch.charAt(0) : '\uFFFD');
                tags.add(tag);
            }
        }
        if (text.length() > 0) out.add(sentence(text.toString(), tags));
        return out;
    }

    private static Sentence sentence(String text, List<String> bio) {
        List<int[]> spans = new ArrayList<>();
        int start = -1, type = -1;
        for (int i = 0; i < bio.size(); i++) {
            String t = bio.get(i);
            int ty = t.length() > 2 ? NerTags.TYPES.indexOf(t.substring(2)) : -1;
            boolean inside = start >= 0 && t.startsWith("I-") && ty == type;
            if (!inside && start >= 0) {
                spans.add(new int[] {type, start, i});
                start = -1;
            }
            if (ty >= 0 && !inside) {
                start = i;
                type = ty;
            }
        }
        if (start >= 0) spans.add(new int[] {type, start, bio.size()});
        return new Sentence(text, NerTags.encode(text.length(), spans));
    }
}
