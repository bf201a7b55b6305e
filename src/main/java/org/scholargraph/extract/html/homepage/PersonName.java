package org.scholargraph.extract.html.homepage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as pages print it, and whether another printed name denotes the same person:
 * "Jonathan T. Barron" and "Jon Barron", "T. N. Kipf" and "Thomas Kipf", "Ricky T. Q. Chen" and
 * "Ricky Tian Qi Chen" all share a surname and a first initial.
 */
final class PersonName {
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
            "della", "dos", "das", "le", "la", "bin", "ibn", "al", "el", "vd", "ter", "ten", "zu", "y", "e", "mac");
    /** Words that make a capitalised phrase a title, an institution or a label rather than a name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("university", "universität", "institute", "college",
            "school", "laboratory", "lab", "labs", "department", "conference", "proceedings", "journal", "workshop",
            "transactions", "symposium", "arxiv", "preprint", "thesis", "patent", "project", "projects", "code",
            "paper", "papers", "pdf", "video", "slides", "abstract", "bibtex", "website", "page", "poster", "award",
            "oral", "spotlight", "best", "learning", "neural", "network", "networks", "model", "models", "deep",
            "generative", "diffusion", "representation", "representations", "estimation", "optimization",
            "inference", "data", "dataset", "benchmark", "graph", "graphs", "reinforcement", "vision", "language",
            "image", "images", "scene", "scenes", "research", "science", "sciences", "engineering", "computer",
            "google", "scholar", "github", "twitter", "linkedin", "email", "cv", "home", "blog", "news", "talks",
            "publications", "teaching", "contact", "about", "robotics", "systems", "intelligence", "artificial",
            "machine", "international", "annual", "ieee", "acm", "letters", "report", "technical", "presentation",
            "talk", "press", "media", "selected", "recent", "equal", "contribution", "denotes", "indicates",
            "et", "al", "group", "team", "inc", "foundation", "center", "centre", "program", "programme");
    private static final Pattern INITIALS = Pattern.compile("^(\\p{Lu}\\.?)([-‐]?\\p{Lu}\\.?)*$");
    private static final Pattern WORD = Pattern.compile("^\\p{Lu}[\\p{L}'’.‐-]*$");
    private static final Pattern TITLES = Pattern.compile(
            "^(?i)(prof\\.?|professor|dr\\.?|drs\\.?|mr\\.?|ms\\.?|mrs\\.?|sir)\\s+");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern DEGREE_SUFFIX = Pattern.compile("(?i),?\\s+(ph\\.?\\s?d\\.?|m\\.?d\\.?|jr\\.?)$");
    private static final Pattern NOT_IN_NAMES = Pattern.compile(".*[0-9@:/=|\\[\\]{}<>!?].*");
    private static final Pattern PERIODS_COMMAS = Pattern.compile("[.,]");
    private static final Pattern QUOTED = Pattern.compile("[\"“”„«»][^\"“”„«»]{1,20}[\"“”„«»]");

    private PersonName() {
    }

    /** "Prof. Sanja Fidler" → "Sanja Fidler"; "Yang Song (宋飏)" → "Yang Song". */
    static String clean(String printed) {
        String s = PARENTHESISED.matcher(TextForm.squash(printed)).replaceAll(" ");
        s = TextForm.squash(s);
        while (TITLES.matcher(s).find()) {
            s = TITLES.matcher(s).replaceFirst("");
        }
        s = DEGREE_SUFFIX.matcher(s).replaceAll("");
        return TextForm.trimPunctuation(s);
    }

    /** True for "Jonathan T. Barron", "E. van der Pol", "Linxi \"Jim\" Fan"; false for titles and labels. */
    static boolean looksLikeName(String text, boolean allowSingle) {
        String s = TextForm.squash(QUOTED.matcher(text).replaceAll(" "));
        if (s.isEmpty() || NOT_IN_NAMES.matcher(s).matches() || s.length() > 60) {
            return false;
        }
        String[] tokens = s.split(" ");
        if (tokens.length > 6 || (tokens.length == 1 && !allowSingle)) {
            return false;
        }
        int capitalised = 0;
        for (String t : tokens) {
            String lower = PERIODS_COMMAS.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
            if (NOT_NAME_WORDS.contains(lower)) {
                return false;
            }
            if (PARTICLES.contains(lower) && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                continue;
            }
            if (!INITIALS.matcher(t).matches() && !WORD.matcher(t).matches()) {
                return false;
            }
            capitalised++;
        }
        String last = tokens[tokens.length - 1];
        boolean lastIsParticle = Character.isLowerCase(last.charAt(0));
        return capitalised >= Math.min(2, tokens.length) && !lastIsParticle && !INITIALS.matcher(last).matches()
                || tokens.length == 1 && capitalised == 1;
    }

    /** True when {@code candidate} names the same person as {@code owner}, as pages abbreviate names. */
    static boolean samePerson(String owner, String candidate) {
        List<String> a = tokens(owner);
        List<String> b = tokens(candidate);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.size() == 1 || b.size() == 1) {
            return a.equals(b);
        }
        if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        String first = b.get(0);
        return a.get(0).charAt(0) == first.charAt(0) || a.subList(0, a.size() - 1).contains(first);
    }

    /** Folded tokens with "Surname, Given" turned round and quoted nicknames dropped. */
    static List<String> tokens(String name) {
        String s = QUOTED.matcher(clean(name)).replaceAll(" ");
        int comma = s.indexOf(',');
        if (comma > 0 && s.indexOf(',', comma + 1) < 0) {
            s = s.substring(comma + 1) + " " + s.substring(0, comma);
        }
        String folded = TextForm.fold(s.replace("-", ""));
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The key a name is counted under when guessing the owner: first initial and surname. */
    static String key(String name) {
        List<String> t = tokens(name);
        if (t.isEmpty()) {
            return "";
        }
        return t.get(0).charAt(0) + " " + t.get(t.size() - 1);
    }
}
