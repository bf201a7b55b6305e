package org.scholargraph.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a personal name looks like, how an upper-case one is written in proper case, and the key
 * two spellings of one name meet on ("JÖRN-HENRIK JACOBSEN", "Jorn-Henrik Jacobsen").
 */
final class Names {
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.?(?:-?\\p{Lu}\\.)*");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*\\.?");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da",
            "du", "dos", "das", "le", "la", "bin", "al", "el", "ter", "ten", "zu", "y", "e", "st.", "d'");
    private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}+");
    private static final int MAX_TOKENS = 6;

    private static final Pattern LIST_END = Pattern.compile("\\s+(?:on|for|in|at|to|during|about|since|from|as|who)\\s+.*$|(?<=\\p{Ll}{2})\\.(?:\\s.*)?$|[;)(].*$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*and\\s+|,|\\s+and\\s+|\\s*&\\s*)\\s*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[*†‡§¶]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** The names in the first group a pattern captured ("advised by (…)" or "hosted by (…)"). */
    static List<String> listIn(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return list(m.group(g));
            }
        }
        return list("");
    }

    /**
     * The names in a phrase like "Richard Zemel and David Duvenaud" or "J. Zico Kolter on ML and
     * optimization" (what follows the names is cut off); empty when any part is not a name.
     */
    static List<String> list(String text) {
        String s = LIST_END.matcher(Markup.plain(text)).replaceFirst("").strip();
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(s)) {
            String p = TRAILING_MARKS.matcher(part.strip()).replaceAll("");
            if (p.isEmpty()) {
                continue;
            }
            if (!looksLikeName(p)) {
                return List.of();
            }
            out.add(properCase(p));
        }
        return out;
    }

    /** Two to six name words (capitalised words, initials, particles), one of them a real word. */
    static boolean looksLikeName(String name) {
        String[] tokens = WHITESPACE.split(name.strip());
        if (tokens.length < 2 || tokens.length > MAX_TOKENS || name.length() > 45) {
            return false;
        }
        int words = 0;
        for (String t : tokens) {
            if (INITIALS.matcher(t).matches()) {
                continue;
            }
            if (PARTICLES.contains(t.toLowerCase(Locale.ROOT)) && !t.equals(t.toUpperCase(Locale.ROOT))) {
                continue;
            }
            if (!WORD.matcher(t).matches() || NON_LETTER.matcher(t).replaceAll("").length() < 2) {
                return false;
            }
            words++;
        }
        return words >= 1 && Character.isUpperCase(tokens[tokens.length - 1].codePointAt(0));
    }

    static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** "RICKY T. Q. CHEN" → "Ricky T. Q. Chen", "O'REILLY" → "O'Reilly"; mixed-case names unchanged. */
    static String properCase(String name) {
        if (!isUpperCase(name)) {
            return name;
        }
        Matcher m = LETTER_RUN.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            String word = run.length() == 1 ? run : run.charAt(0) + run.substring(1).toLowerCase(Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether two spellings name one person as far as a single document tells: the same key, or
     * the same surname with compatible first initials ("J. Doe" and "Jane Doe").
     */
    static boolean samePerson(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb)) {
            return true;
        }
        String[] ta = ka.split(" ");
        String[] tb = kb.split(" ");
        boolean initialOnly = ta[0].length() == 1 || tb[0].length() == 1;
        return ta.length >= 2 && tb.length >= 2 && initialOnly && ta[ta.length - 1].equals(tb[tb.length - 1])
                && ta[0].charAt(0) == tb[0].charAt(0);
    }

    /** Lower case, no diacritics, punctuation as spaces: "Jörn-Henrik Jacobsen" → "jorn henrik jacobsen". */
    static String key(String name) {
        String s = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTERS_OR_DIGITS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
