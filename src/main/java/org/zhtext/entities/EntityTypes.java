package org.zhtext.entities;

/**
 * The three entity types of zhtext records and the mapping from part-of-speech tags (HanLP's PKU-style
 * tags, also used by lexicon entries) to them.
 */
public final class EntityTypes {
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String LOCATION = "location";

    private EntityTypes() {}

    /**
     * The entity type a tag stands for, or null: {@code nr}, {@code nrf} (transliterated), {@code nrj}
     * (Japanese) are persons ({@code nr1}/{@code nr2}, a bare surname or given name, are not);
     * {@code ns}, {@code nsf} are locations; {@code nt} and its subtypes ({@code ntc}, {@code nto}, …) are
     * organizations.
     */
    public static String fromTag(String tag) {
        if (tag == null) return null;
        switch (tag) {
            case "nr": case "nrf": case "nrj":
                return PERSON;
            case "ns": case "nsf":
                return LOCATION;
            default:
                return tag.startsWith("nt") ? ORGANIZATION : null;
        }
    }
}
