package org.scholargraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name reduced to what comparing names needs: lower case, no diacritics, German and
 * Nordic ASCII spellings folded the same way on both sides ("Jörn" and "Joern" both "jorn"),
 * markers (*, †, digits) and punctuation dropped, "Surname, Given" turned round, and split into
 * given-name tokens and a surname.
 *
 * @param given the given names and initials in order ("ricky", "t", "q")
 * @param surname the last name ("chen")
 * @param text the whole name as one comparable string, kept as it is compared in every pair resolution looks at
 */
record NameForm(List<String> given, String surname, String text) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "dr", "prof");

    NameForm(List<String> given, String surname) {
        this(given, surname, given.isEmpty() ? surname : String.join(" ", given) + " " + surname);
    }

    static NameForm of(String name) {
        String s = name == null ? "" : name.strip();
        int comma = s.indexOf(',');
        if (comma > 0 && s.indexOf(',', comma + 1) < 0) {
            // "Pignatelli, E." — surname first.
            s = s.substring(comma + 1) + " " + s.substring(0, comma);
        }
        // "Jun-Yan" is one given name, not "Jun" and a middle "Yan"; "J.-Y." stays the initials "jy".
        s = s.replace('.', ' ').replaceAll("\\s*-\\s*", "");
        s = NOT_LETTER.matcher(fold(s)).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String t : SPACES.split(s.strip())) {
            if (!t.isEmpty() && !SUFFIXES.contains(t)) {
                tokens.add(t);
            }
        }
        if (tokens.isEmpty()) {
            return new NameForm(List.of(), "");
        }
        return new NameForm(List.copyOf(tokens.subList(0, tokens.size() - 1)), tokens.get(tokens.size() - 1));
    }

    /** The first given name or initial, "" when there is none. */
    String first() {
        return given.isEmpty() ? "" : given.get(0);
    }

    boolean isEmpty() {
        return surname.isEmpty();
    }

    /**
     * Lower case, diacritics dropped, and the digraphs German and Scandinavian names are spelled
     * with in ASCII folded like the letters they stand for, on both sides of every comparison:
     * "ö", "oe" and "o" all become "o".
     */
    static String fold(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d");
        return s.replace("oe", "o").replace("ae", "a").replace("ue", "u");
    }
}
