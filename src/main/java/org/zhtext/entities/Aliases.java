package org.zhtext.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhtext.engine.Mention;

/**
 * Aliases in parentheses right after a name: a Latin form of a person or place (贝森特（Scott Bessent）) or
 * an acronym or Latin name of an organization (工业与安全局（BIS）). The text in parentheses becomes a
 * mention of the same type. When no mention ends before a Latin person name, the run of transliteration
 * characters just before the parenthesis, if any, is taken as the Chinese form (贾米森（Jamieson Greer）
 * gives both).
 */
final class Aliases {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Nd}&.-]{1,9}");
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}.&'’-]*( [\\p{L}.&'’-]+){0,7}");
    private static final int MAX_ALIAS = 60;

    private Aliases() {}

    /** New mentions for the aliases that follow {@code mentions} (sorted, non-overlapping) in {@code s}. */
    static List<Mention> find(String s, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        int m = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isOpen(s.charAt(i))) continue;
            int close = closeOf(s, i);
            if (close < 0) continue;
            int a = i + 1, b = close;
            while (a < b && Character.isWhitespace(s.charAt(a))) a++;
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
            String alias = s.substring(a, b);
            if (!isLatin(alias)) continue;
            while (m < mentions.size() && mentions.get(m).end() < i) m++;
            Mention before = m < mentions.size() && mentions.get(m).end() == i ? mentions.get(m) : null;
            if (before != null) {
                if (fits(before.type(), alias)) out.add(new Mention(a, b, before.type()));
            } else if (NameShapes.isLatinName(alias) && alias.indexOf(' ') > 0) {
                int start = transliterationRunBefore(s, i, m == 0 ? 0 : mentions.get(m - 1).end());
                if (start >= 0) {
                    out.add(new Mention(start, i, EntityTypes.PERSON));
                    out.add(new Mention(a, b, EntityTypes.PERSON));
                }
            }
        }
        return out;
    }

    private static boolean fits(String type, String alias) {
        if (EntityTypes.PERSON.equals(type)) return NameShapes.isLatinName(alias);
        if (EntityTypes.ORGANIZATION.equals(type)) return isAcronym(alias) || isLatinWords(alias);
        return isLatinWords(alias);
    }

    /** Start of the transliterated name ending at {@code end}, not before {@code floor}; -1 when none. */
    private static int transliterationRunBefore(String s, int end, int floor) {
        int k = end;
        while (k > floor && (NameShapes.isTransliterationChar(s.charAt(k - 1)) || NameShapes.isMiddleDot(s.charAt(k - 1)))) k--;
        while (k < end && NameShapes.isMiddleDot(s.charAt(k))) k++;
        return NameShapes.isTransliteration(s.substring(k, end)) ? k : -1;
    }

    /** 2–10 capitals, digits and {@code &.-} starting with a capital (BIS, USTR, EU, S&P, G20). */
    static boolean isAcronym(String s) {
        return ACRONYM.matcher(s).matches() && s.chars().noneMatch(Character::isLowerCase);
    }

    /** Capitalized Latin words (Federal Reserve, Department of Commerce). */
    static boolean isLatinWords(String s) {
        return LATIN_NAME.matcher(s).matches();
    }

    private static boolean isLatin(String s) {
        if (s.isEmpty() || s.length() > MAX_ALIAS) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return false;
        }
        return Character.isLetter(s.charAt(0));
    }

    private static boolean isOpen(char c) {
        return c == '（' || c == '(';
    }

    private static int closeOf(String s, int open) {
        for (int k = open + 1; k < s.length() && k <= open + MAX_ALIAS + 2; k++) {
            char c = s.charAt(k);
            if (c == '）' || c == ')') return k;
            if (isOpen(c)) return -1;
        }
        return -1;
    }
}
