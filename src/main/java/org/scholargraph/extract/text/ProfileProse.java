package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Education;

/**
 * What a site's first-person introduction says of its owner: "I am a Research Scientist at
 * Google DeepMind." (position, affiliation), "I obtained my PhD in machine learning from the
 * University of Toronto." (education), "My current research interests include …" (interests).
 * A short "<position> at <place>" line (a site's header) also gives the position.
 */
final class ProfileProse {
    private static final Pattern I_AM = Pattern.compile(
            "\\bI(?: am|'m)(?: currently| now)? an? ([^.;]+?) (?:at|with) (?:the )?([^.;]+?)(?:[.;]|$)");
    private static final Pattern HEADER = Pattern.compile("^(?:an? )?(\\p{Lu}[^.]{1,60}?) at (?:the )?(\\p{Lu}[^.]{1,80})$");
    private static final Pattern DEGREE = Pattern.compile(
            "\\b(?:obtained|received|completed|earned|did|got|finished|hold) my ([^.;]+?) (?:from|at) (?:the )?([^.;]+?)(?:[.;]|$)");
    private static final Pattern INTERESTS = Pattern.compile(
            "(?i)\\b(?:research )?interests? (?:include|includes|are|lie in|is in|span)\\s+(.+?)(?:\\.(?:\\s|$)|$)"
                    + "|\\binterested in\\s+(.+?)(?:\\.(?:\\s|$)|$)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+");

    /** The facts found, each null or empty when the prose does not state it. */
    record Facts(String position, String affiliation, List<Education> education, List<String> interests, Line line) {
    }

    private ProfileProse() {
    }

    static Facts read(List<Line> lines) {
        String position = null;
        String affiliation = null;
        Line where = null;
        List<Education> education = new ArrayList<>();
        List<String> interests = new ArrayList<>();
        for (Line line : lines) {
            String s = line.plain();
            Matcher am = I_AM.matcher(s);
            if (position == null && am.find()) {
                position = cut(am.group(1), " in ");
                affiliation = cut(am.group(2), " and ");
                where = line;
            }
            Matcher degree = DEGREE.matcher(s);
            while (degree.find()) {
                education.add(new Education(degree.group(1), cut(degree.group(2), " and "), List.of(), null, null, null));
            }
            if (interests.isEmpty()) {
                interests.addAll(interests(s));
            }
        }
        if (position == null) {
            Optional<Line> header = lines.stream().filter(l -> HEADER.matcher(l.plain()).matches()).findFirst();
            if (header.isPresent()) {
                Matcher m = HEADER.matcher(header.get().plain());
                m.matches();
                position = m.group(1);
                affiliation = m.group(2);
                where = header.get();
            }
        }
        return new Facts(position, affiliation, education, interests, where);
    }

    private static List<String> interests(String s) {
        Matcher m = INTERESTS.matcher(s);
        if (!m.find()) {
            return List.of();
        }
        String list = m.group(1) != null ? m.group(1) : m.group(2);
        return Arrays.stream(LIST_SEPARATOR.split(list))
                .map(String::strip).filter(x -> !x.isEmpty() && x.length() < 80).toList();
    }

    private static String cut(String s, String at) {
        int i = s.indexOf(at);
        return (i > 0 ? s.substring(0, i) : s).strip();
    }
}
