package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Education;

/**
 * Education entries: "PhD in Computer Science @ University of Toronto, Jan. 2018 - June. 2022,
 * Advisor: Prof. Sanja Fidler and Prof. Jimmy Ba", or the Hugo Academic pair "PhD in Computer
 * Science" / "University of Toronto, 2019 - Present".
 */
final class EducationItems {
    static final Pattern DEGREE = Pattern.compile("(?i)\\b(ph\\.?\\s?d\\.?|d\\.?phil|doctor(ate)?( of [a-z]+)?|"
            + "m\\.?\\s?sc\\.?|m\\.?s\\.?|m\\.?eng\\.?|m\\.?phil\\.?|m\\.?a\\.?|mba|master('?s)?( of [a-z]+)?|"
            + "b\\.?\\s?sc\\.?|b\\.?s\\.?|b\\.?eng\\.?|b\\.?a\\.?|b\\.?tech\\.?|bachelor('?s)?( of [a-z]+)?|"
            + "undergraduate|visit(or|ing)( student)?|exchange student|postdoc(toral)?|diploma|licence|"
            + "habilitation)(?=$|[^a-z])");
    static final Pattern INSTITUTION = Pattern.compile("((?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,4}(?:University|Universit\\p{L}*|"
            + "Institute|College|School|Polytechnique|Politecnico|Academy|ETH|EPFL|MIT|UCL|Technion)"
            + "(?:\\s+(?:of|for|de|di|du|in|at)(?:\\s+the)?\\s+\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*)*"
            + "|(?:\\s+\\p{Lu}[\\p{L}.&'’-]*)*))");
    private static final Pattern ADVISORS = Pattern.compile("(?i)\\b(advis(?:ed|or|ors)|supervis(?:ed|or|ors)|"
            + "mentor(?:ed|s)?|under)\\s*(?:by|:)?\\s*(.+)$");
    private static final Pattern THESIS = Pattern.compile("(?i)\\bthesis\\s*:\\s*(.+)$");
    private static final Pattern INSTITUTION_SEPARATOR = Pattern.compile(
            "\\s+@\\s+|\\s+at\\s+|\\s+from\\s+|\\s*\\|\\s*");
    private static final Pattern LATIN_HONOURS = Pattern.compile("(?i),?\\s*(summa|magna)?\\s*cum laude.*$");
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)\\b(prof|dr|drs)\\.?\\s+");

    private EducationItems() {
    }

    static Optional<Education> read(SectionItems.Item item) {
        String text = item.text();
        Matcher degree = DEGREE.matcher(text);
        Optional<String> institution = institution(item);
        if (institution.isEmpty() || !degree.find()) {
            return Optional.empty();
        }
        Years years = Years.in(text);
        return Optional.of(new Education(degreeText(item, degree), institution.get(), advisors(text),
                years.start(), years.end(), thesis(text)));
    }

    /** The degree as written: the degree line up to "@", " at ", the institution or the dates. */
    private static String degreeText(SectionItems.Item item, Matcher degree) {
        for (Line l : item.lines()) {
            Matcher m = DEGREE.matcher(l.text());
            if (m.find()) {
                String t = l.text().substring(m.start());
                t = INSTITUTION_SEPARATOR.split(t)[0];
                Matcher inst = INSTITUTION.matcher(t);
                if (inst.find() && inst.start() > 0) {
                    t = t.substring(0, inst.start());
                }
                t = Years.RANGE_TEXT.matcher(t).replaceAll(" ");
                return TextForm.trimPunctuation(LATIN_HONOURS.matcher(t).replaceAll(""));
            }
        }
        return TextForm.trimPunctuation(degree.group());
    }

    static Optional<String> institution(SectionItems.Item item) {
        for (Line l : item.lines()) {
            Matcher m = INSTITUTION.matcher(l.text());
            if (m.find()) {
                return Optional.of(TextForm.trimPunctuation(m.group(1)));
            }
        }
        // "McMaster Unviersity, 2011 - 2015": the dated line that does not name the degree.
        for (Line l : item.lines()) {
            String t = TextForm.trimPunctuation(Years.RANGE_TEXT.matcher(l.text()).replaceAll(" "));
            if (!DEGREE.matcher(l.text()).find() && !t.isEmpty() && Years.in(l.text()).first() != null
                    && TextForm.wordCount(t) <= 6) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static List<String> advisors(String text) {
        List<String> out = new ArrayList<>();
        for (String part : BAR.split(text)) {
            Matcher m = ADVISORS.matcher(part);
            if (m.find()) {
                for (NameList.Item n : NameList.read(HONORIFIC.matcher(m.group(2)).replaceAll("")).items()) {
                    out.add(n.name());
                }
            }
        }
        return out;
    }

    private static String thesis(String text) {
        for (String part : BAR.split(text)) {
            Matcher m = THESIS.matcher(part);
            if (m.find()) {
                return TextForm.trimPunctuation(m.group(1));
            }
        }
        return null;
    }
}
