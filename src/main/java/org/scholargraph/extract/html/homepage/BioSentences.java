package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;

/**
 * What a first-person biography says in its sentences: "I'm a principal research scientist at
 * Google DeepMind in San Francisco", "I did my PhD at UC Berkeley, where I was advised by Jitendra
 * Malik", "In the summer of 2020, I was an intern at Intel working with Vladlen Koltun".
 */
final class BioSentences {
    /** A current position and where it is held. */
    record Position(String role, String organisation) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final String ORG_END = "(?=,|;|\\.(?:\\s|$)|\\s+in\\s+(?:the\\s+)?[A-Z]|\\s+where\\b|\\s+working\\b|"
            + "\\s+co-|\\s+and\\s+(?:I|am|the|a)\\b|\\s+since\\b|\\s+as\\s+|\\s+under\\b|\\s+advised\\b|\\s+supervised\\b|"
            + "\\s+with\\b|\\s+from\\b|\\s+on\\b|\\s+to\\b|\\s+for\\b|\\s+\\(?(?:19|20)\\d\\d|$)";
    private static final Pattern AT_ROLE = Pattern.compile("\\bI(?:'m|’m| am)\\s+(?:currently\\s+|now\\s+)?(?:a|an|the)\\s+"
            + "(.{3,80}?)\\s+(?:at|working at|working for|employed at)\\s+(?:the\\s+)?(\\p{Lu}.{1,80}?)" + ORG_END);
    private static final Pattern IN_ROLE = Pattern.compile("\\bI(?:'m|’m| am)\\s+(?:currently\\s+|now\\s+)?(?:a|an|the)\\s+"
            + "(.{3,60}?)\\s+(?:in|with|for)\\s+(?:the\\s+)?(\\p{Lu}.{1,80}?)" + ORG_END);
    private static final Pattern DEGREE = Pattern.compile("(?i)\\b(ph\\.?\\s?d\\.?|doctorate|doctoral degree|master'?s"
            + "(?: degree)?|m\\.?sc\\.?|bachelor'?s(?: degree)?|b\\.?sc\\.?|undergraduate degree)((?:\\s+(?:degree\\s+)?in\\s+"
            + "[A-Za-z][A-Za-z &]+?)?)\\s+(?:at|from|in)\\s+(?:the\\s+)?(\\p{Lu}.{1,80}?)" + ORG_END);
    private static final Pattern ADVISED = Pattern.compile("(?i)(?:advised by|supervised by|working with|under the "
            + "supervision of|under)\\s+(?:prof(?:essor)?\\.?\\s+|drs?\\.?\\s+)?(.+)$");
    private static final Pattern JOB = Pattern.compile("\\bI\\s+(?:was|have been|worked as|interned as)\\s+(?:a|an)\\s+"
            + "((?:[\\w-]+\\s+){0,3}?(?:intern|researcher|scientist|engineer|postdoc\\w*|fellow|visitor|"
            + "visiting \\w+))\\s+(?:at|with|in)\\s+(?:the\\s+)?(\\p{Lu}.{1,120}?)" + ORG_END.replace("|\\s+with\\b", "")
            .replace("(?=,|", "(?=,\\s*(?:working|hosted|where|advised|mentored)|"));
    private static final Pattern FIRST_PERSON = Pattern.compile("(?s).*\\b(I|my|My)\\b.*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)\\b(prof|professor|dr|drs)\\.?\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");

    private BioSentences() {
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(TextForm.squash(text))) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    static Optional<Position> position(List<String> sentences) {
        for (Pattern p : List.of(AT_ROLE, IN_ROLE)) {
            for (String s : sentences) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    return Optional.of(new Position(TextForm.trimPunctuation(m.group(1)), org(m.group(2))));
                }
            }
        }
        return Optional.empty();
    }

    static List<Education> education(List<String> sentences) {
        List<Education> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = DEGREE.matcher(sentences.get(i));
            if (m.find() && FIRST_PERSON.matcher(sentences.get(i)).matches()) {
                String degree = TextForm.squash(m.group(1) + m.group(2));
                String rest = sentences.get(i).substring(m.end()) + (i + 1 < sentences.size() ? " | "
                        + sentences.get(i + 1) : "");
                Integer year = VenueText.lastYear(sentences.get(i)).orElse(null);
                out.add(new Education(degree, org(m.group(3)), advisors(rest), null, year, null));
            }
        }
        return out;
    }

    static List<Employment> employment(List<String> sentences) {
        List<Employment> out = new ArrayList<>();
        for (String s : sentences) {
            Matcher m = JOB.matcher(s);
            if (!m.find()) {
                continue;
            }
            String role = TextForm.trimPunctuation(m.group(1));
            Integer year = VenueText.lastYear(s).orElse(null);
            List<String> hosts = advisors(s.substring(m.end()));
            for (String org : LIST_SEPARATOR.split(m.group(2))) {
                String o = org(org);
                if (!o.isEmpty() && Character.isUpperCase(o.charAt(0))) {
                    out.add(new Employment(role, o, hosts, year, year));
                }
            }
        }
        return out;
    }

    private static List<String> advisors(String text) {
        List<String> out = new ArrayList<>();
        for (String part : BAR.split(text)) {
            Matcher m = ADVISED.matcher(part);
            if (m.find()) {
                String names = HONORIFIC.matcher(m.group(1)).replaceAll("");
                NameList.read(names).items().forEach(n -> out.add(n.name()));
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return out;
    }

    private static String org(String text) {
        return TextForm.trimPunctuation(LEADING_THE.matcher(text).replaceAll(""));
    }
}
