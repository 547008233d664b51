package org.zhtext.hanlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/** HanLP's core dictionary as the segmentation rules read it: each word's most frequent nature. Shared and read only. */
final class CoreWords implements WordTags {
    static final CoreWords INSTANCE = new CoreWords();

    private CoreWords() {}

    @Override
    public String tag(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        return a == null || a.nature.length == 0 ? null : a.nature[0].toString();
    }
}
