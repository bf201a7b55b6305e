package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Employment;

/**
 * Reads positions: an organisation line ("Google Brain Toronto, ON", "Google DeepMind"), a role
 * line ("STUDENT RESEARCHER • …", "Research Scientist", "COMPUTER VISION ENGINEER May 2014 - May
 * 2015"), dates, and hosts ("Hosts: Jascha Sohl-Dickstein and Luke Metz", "(with Vladlen Koltun
 * on computer vision)"); or one line "**Research Scientist**, Meta (FAIR), New York City". A
 * second role under one organisation is a second position there. In an Experience section a
 * date line an entry has no use for goes back to the nearest earlier position without dates (a
 * PDF captured as text moves them), or forward to the next. Outside such a section (a site's
 * unheaded top) only an organisation line followed by a role line starts a position, and prose
 * ends it.
 */
final class EmploymentReader {
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "(?i)\\b(?:researcher|scientist|intern|internship|engineer|specialist|contractor|founder|co-founder|cofounder"
                    + "|professor|lecturer|instructor|assistant|associate|postdoc|postdoctoral|fellow|consultant|developer"
                    + "|director|manager|lead|head|student|visitor|visiting|resident|analyst|administrator|officer"
                    + "|programmer|architect|cto|ceo|advisor|scholar)\\b");
    private static final Pattern HOSTS = Pattern.compile(
            "(?i)^\\(?(?:hosts?|mentors?|supervisors?|managers?|advisors?)\\s*:\\s*(.+)|^\\(?(?:worked )?with\\s+(.+)"
                    + "|^(?:[-•·]\\s*)*worked with\\s+(.+)");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("\\s*[•·|—–]\\s*|\\s+-\\s+");
    private static final Pattern WITH = Pattern.compile("\\(\\s*with\\s+([^)]*)\\)");
    /** A parenthesis with a lower-case word describes the work ("(Scala development)"); "(FAIR)" names the place. */
    private static final Pattern DESCRIPTION = Pattern.compile("\\s*\\([^)]*\\b\\p{Ll}{3,}[^)]*\\)");
    private static final Pattern LEADING_COMMA_OR_AT = Pattern.compile("^[\\s,]+(?:at\\s+)?");
    private static final Pattern COMMA_OUTSIDE_PARENTHESES = Pattern.compile("\\s*,\\s*(?![^()]*\\))");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_ROLE_WORDS = 6;
    private static final int MAX_ORG_WORDS = 8;

    private static final class Draft {
        String organisation;
        String role;
        final List<String> hosts = new ArrayList<>();
        Dates.Span span;
    }

    private final boolean section;
    private final List<Draft> drafts = new ArrayList<>();
    private String organisation;
    private boolean open;
    private Dates.Span pendingSpan;
    private String orgCandidate;

    private EmploymentReader(boolean section) {
        this.section = section;
        this.open = section;
    }

    /** Positions listed in an Experience section. */
    static List<Employment> readSection(List<Line> lines) {
        return new EmploymentReader(true).readAll(lines);
    }

    /** Positions in a page's unheaded part, where only an organisation line followed by a role line counts. */
    static List<Employment> readLoose(List<Line> lines) {
        return new EmploymentReader(false).readAll(lines);
    }

    private List<Employment> readAll(List<Line> lines) {
        lines.forEach(this::line);
        return drafts.stream().filter(d -> d.organisation != null && d.role != null)
                .map(d -> new Employment(d.role, d.organisation, d.hosts, Dates.startYear(d.span), Dates.endYear(d.span))).toList();
    }

    private void line(Line line) {
        String s = line.plain();
        Matcher hosts = HOSTS.matcher(s);
        if (hosts.find() && !s.toLowerCase().startsWith("also")) {
            List<String> names = Names.listIn(hosts);
            if (!names.isEmpty() && open && !drafts.isEmpty()) {
                last().hosts.addAll(names);
            }
            return;
        }
        if (Markup.isBullet(line.text()) || Places.isPlace(s) || s.startsWith("(")) {
            return;
        }
        Optional<Dates.Span> whole = Dates.whole(s);
        if (whole.isPresent()) {
            span(whole.get());
            return;
        }
        if (combined(line, s) || role(s)) {
            return;
        }
        organisation(s);
    }

    /** "**Research Scientist**, Meta Superintelligence Labs (FAIR), New York City" or "Role at Org". */
    private boolean combined(Line line, String s) {
        List<String> bold = Markup.boldRuns(line.text());
        String role = null;
        String rest = null;
        if (!bold.isEmpty() && s.startsWith(bold.get(0)) && isRole(bold.get(0))) {
            role = bold.get(0);
            rest = s.substring(role.length());
        } else if (s.contains(",") && isRole(s.substring(0, s.indexOf(',')))) {
            role = s.substring(0, s.indexOf(','));
            rest = s.substring(s.indexOf(','));
        }
        if (role == null || !section) {
            return false;
        }
        Matcher with = WITH.matcher(rest);
        List<String> hosts = with.find() ? Names.list(with.group(1)) : List.of();
        String org = COMMA_OUTSIDE_PARENTHESES.split(LEADING_COMMA_OR_AT.matcher(rest).replaceFirst(""))[0];
        org = DESCRIPTION.matcher(org).replaceAll("").strip();
        if (org.isEmpty()) {
            return false;
        }
        organisation = org;
        newPosition(TitleCase.of(role)).hosts.addAll(hosts);
        return true;
    }

    private boolean role(String s) {
        Optional<Dates.Cut> dated = Dates.cut(s);
        String text = dated.map(Dates.Cut::rest).orElse(s);
        String role = ROLE_SEPARATOR.split(text, 2)[0].strip();
        if (!isRole(role)) {
            return false;
        }
        if (!section && !open) {
            if (orgCandidate == null) {
                return true;
            }
            organisation = orgCandidate;
            open = true;
        }
        if (organisation == null) {
            return true;
        }
        Draft d = drafts.isEmpty() || last().role != null || !organisation.equals(last().organisation)
                ? newPosition(TitleCase.of(role)) : last();
        d.role = TitleCase.of(role);
        dated.ifPresent(c -> d.span = c.span());
        return true;
    }

    private void organisation(String s) {
        boolean prose = s.endsWith(".") || s.contains(":") || WHITESPACE.split(s).length > MAX_ORG_WORDS
                || !Character.isUpperCase(s.codePointAt(0));
        if (prose) {
            if (!section) {
                open = false;
                orgCandidate = null;
            }
            return;
        }
        String org = Places.withoutTrailingPlace(s);
        if (section) {
            organisation = org;
            Draft d = new Draft();
            d.organisation = org;
            d.span = takePending();
            drafts.add(d);
        } else {
            open = false;
            orgCandidate = org;
        }
    }

    private Draft newPosition(String role) {
        Draft d = new Draft();
        d.organisation = organisation;
        d.role = role;
        d.span = takePending();
        drafts.add(d);
        return d;
    }

    private void span(Dates.Span span) {
        if (!open || drafts.isEmpty()) {
            pendingSpan = section ? span : null;
            return;
        }
        if (last().span == null) {
            last().span = span;
            return;
        }
        if (!section) {
            return;
        }
        for (int i = drafts.size() - 2; i >= 0; i--) {
            if (drafts.get(i).span == null) {
                drafts.get(i).span = span;
                return;
            }
        }
        pendingSpan = span;
    }

    private Dates.Span takePending() {
        Dates.Span s = pendingSpan;
        pendingSpan = null;
        return s;
    }

    private Draft last() {
        return drafts.get(drafts.size() - 1);
    }

    static boolean isRole(String text) {
        String t = text.strip();
        return !t.isEmpty() && WHITESPACE.split(t).length <= MAX_ROLE_WORDS && ROLE_WORDS.matcher(t).find()
                && !t.endsWith(".") && Character.isUpperCase(t.codePointAt(0));
    }
}
