package org.scholargraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.model.Author;

/**
 * Splits an author line as pages print it — "A, B, and C", "A · B · C", "A and B", "By A, B",
 * "Authors: A; B", names broken across lines, affiliations in parentheses — into names, and says
 * whether a line is a list of person names at all (so a title or a sentence is not read as one).
 */
public final class AuthorList {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written\\s+)?by|authors?|authored\\s+by)\\s*[:\\-–]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    private static final Pattern ET_AL = Pattern.compile(",?\\s*\\bet\\s+al\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s*,?\\s+and\\s+|\\s*,?\\s*&\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;·•|，、]\\s*");
    private static final Pattern MARKS = Pattern.compile("\\\\\\*|[*∗⁎†‡§¶#✝]|\\$\\^\\{?[^$]*\\}?\\$|[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Ll}{1,3}['’])?\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[.:\\-–—]+|[.:;\\-–—]+$");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "du", "del", "della",
            "der", "den", "van", "von", "la", "le", "di", "y", "bin", "binti", "al", "el", "ten", "ter", "zu");
    // Capitalised words that start titles, awards and affiliations but never a person's name.
    private static final Set<String> NOT_NAMES = Set.of("paper", "papers", "award", "awards", "best", "outstanding",
            "honorable", "honourable", "mention", "prize", "test", "time", "oral", "poster", "spotlight", "session",
            "track", "abstract", "conference", "workshop", "symposium", "proceedings", "university", "universitat",
            "universität", "université", "universidad", "università", "universiteit", "institute", "institut",
            "college", "school", "department", "laboratory", "lab", "labs", "research", "inc", "inc.", "corp",
            "ltd", "google", "microsoft", "deepmind", "openai", "meta", "facebook", "amazon", "nvidia", "ibm",
            "center", "centre", "foundation", "learning", "network", "networks", "neural", "deep", "model",
            "models", "data", "via", "using", "towards", "toward", "with", "for", "from", "the", "of", "and", "on",
            "in", "an", "to", "is", "are", "we", "our", "this", "that", "virtual", "online", "committee", "chair",
            "chairs", "program", "general", "keynote", "invited", "talk", "tutorial", "student", "winner",
            "winners", "runner", "nominee", "nominees", "finalist", "congratulations", "pdf", "code", "video",
            "slides", "project", "home", "news", "publications", "contact", "blog", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "theory", "analysis", "optimization");

    // Longer than the longest author lists seen on award pages (a 60-author dataset paper).
    private static final int LONGEST = 4000;

    private AuthorList() {
    }

    /** The names in an author line, marks and affiliations removed; empty when it is not one. */
    public static List<String> names(String line) {
        if (line == null || line.length() > LONGEST || line.chars().noneMatch(Character::isUpperCase)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String segment : segments(line)) {
            String name = clean(segment);
            if (!isName(name)) {
                return List.of();
            }
            out.add(name);
        }
        return out;
    }

    /** True when the whole line is a list of person names. */
    public static boolean isNameList(String line) {
        return !names(line).isEmpty();
    }

    /** The authors of an author line in order, as {@link Author}s keeping the printed form. */
    public static List<Author> authors(String line) {
        if (!isNameList(line)) {
            return List.of();
        }
        List<Author> out = new ArrayList<>();
        for (String segment : segments(line)) {
            boolean equal = segment.contains("*") || segment.contains("∗");
            out.add(new Author(clean(segment), segment.strip(), equal, equal ? 1 : 0, false));
        }
        return out;
    }

    /** Collapses every run of white space (line breaks inside names included) to one space. */
    public static String collapse(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> segments(String line) {
        String s = collapse(line);
        s = PREFIX.matcher(s).replaceFirst("");
        s = BRACKETS.matcher(s).replaceAll(" ");
        s = ET_AL.matcher(s).replaceAll("");
        s = AND.matcher(s).replaceAll(", ");
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(s)) {
            String p = EDGE_PUNCTUATION.matcher(collapse(part)).replaceAll("").strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String clean(String segment) {
        return TRAILING_DIGITS.matcher(collapse(MARKS.matcher(segment).replaceAll(" "))).replaceAll("").strip();
    }

    static boolean isName(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length < 2 || tokens.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String t : tokens) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.equals(lower) && PARTICLES.contains(lower)) {
                continue;
            }
            if (!TOKEN.matcher(t).matches() || NOT_NAMES.contains(lower)) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2 && !mixesAcronyms(tokens);
    }

    /** "Isabel Valera MIT" is a name and an affiliation; "YU HUANG" is a name in capitals. */
    private static boolean mixesAcronyms(String[] tokens) {
        boolean caps = false;
        boolean mixed = false;
        for (String t : tokens) {
            String letters = NON_LETTER.matcher(t).replaceAll("");
            if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                caps = true;
            } else if (letters.length() >= 2) {
                mixed = true;
            }
        }
        return caps && mixed;
    }
}
