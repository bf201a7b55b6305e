package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reads a service section. Each undated, unbulleted line is an item; a year on a line of its own
 * dates the next item; bullets under an item describe its role ("Reviewed submissions for the
 * conference." → Reviewer, "Member of the program committee …" → Program Committee). A line
 * listing several venues ("ICML 2022, AISTATS 2022 (Top 10% Reviewer), NeurIPS 2021") gives one
 * item per venue, each with its own distinction. Without a role word the role is "Reviewer" under
 * a reviewing heading or for a bare venue ("NEURIPS 2020"), else the item's own words ("CMU CSD MS
 * Admissions").
 */
final class ServiceReader {
    private static final String[][] ROLES = {
        {"senior area chair", "Senior Area Chair"}, {"area chair", "Area Chair"},
        {"senior program committee", "Senior Program Committee"}, {"program committee", "Program Committee"},
        {"organi[sz]", "Organizer"}, {"general chair", "General Chair"}, {"program chair", "Program Chair"},
        {"editor", "Editor"}, {"review", "Reviewer"}, {"chair", "Chair"}, {"judge", "Judge"}};
    /** Per role, in ROLES' order: its words where a word starts, and those words with the rest of their word. */
    private static final List<Pattern> ROLE_STARTS = java.util.Arrays.stream(ROLES)
            .map(r -> Pattern.compile("\\b" + r[0])).toList();
    private static final List<Pattern> ROLE_WORDS = java.util.Arrays.stream(ROLES)
            .map(r -> Pattern.compile("(?i)\\b" + r[0] + "\\p{L}*")).toList();
    private static final Pattern DISTINCTION = Pattern.compile(
            "\\(\\s*([^()]*\\b(?:top|outstanding|best|highlighted|expert|distinguished|notable)\\b[^()]*)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_LABEL = Pattern.compile("^([^:]{1,40}):\\s*(.+)$");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final int MAX_EDITIONS = 15;
    private static final Pattern OWN_VENUE = Pattern.compile("(?i)\\b(workshops?|tutorials?|symposium)\\b");
    private static final Pattern COMMA_OUTSIDE_PARENTHESES = Pattern.compile("\\s*,\\s*(?![^()]*\\))");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;]+$");
    private static final Pattern MEMBER_OF = Pattern.compile("(?i)\\bmember of( the)?\\b");

    private final VenueLine venues;

    ServiceReader(VenueLine venues) {
        this.venues = venues;
    }

    List<ServiceItem> read(List<Line> lines, boolean reviewing) {
        List<ServiceItem> out = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        Integer pendingYear = null;
        for (Line line : lines) {
            String s = line.plain();
            Optional<Dates.Span> whole = Dates.whole(s);
            if (whole.isPresent()) {
                pendingYear = whole.get().year();
                continue;
            }
            if (Markup.isBullet(line.text()) && !open.isEmpty() && describes(s)) {
                describe(out, open, s);
                continue;
            }
            open.clear();
            Optional<Dates.Span> lead = Dates.leading(s);
            Integer year = lead.map(Dates.Span::year).orElse(pendingYear);
            String text = lead.isPresent() ? Dates.afterLeading(s) : s;
            Matcher label = ROLE_LABEL.matcher(text);
            Optional<String> labelled = label.matches() ? roleIn(label.group(1)) : Optional.empty();
            if (labelled.isPresent()) {
                text = label.group(2);
            }
            String lineRole = labelled.or(() -> roleIn(s)).orElse(reviewing ? "Reviewer" : null);
            for (String part : parts(text)) {
                for (String edition : editions(part)) {
                    open.add(out.size());
                    out.add(item(edition, year, lineRole, line));
                }
            }
            pendingYear = null;
        }
        return out;
    }

    /**
     * Service stated without a heading: a line listing several dated venues with a role word
     * ("ICML 2022, AISTATS 2022 (Top 10% Reviewer), NeurIPS 2021").
     */
    List<ServiceItem> venueLists(List<Line> lines) {
        List<ServiceItem> out = new ArrayList<>();
        for (Line line : lines) {
            String s = line.plain();
            Optional<String> role = roleIn(s);
            List<String> parts = parts(s);
            if (role.isPresent() && parts.size() >= 2) {
                parts.forEach(p -> out.add(item(p, null, role.get(), line)));
            }
        }
        return out;
    }

    /** A bullet under an item describes it ("Reviewed submissions…") unless it names a venue of its own. */
    private boolean describes(String bullet) {
        return venues.read(bullet).isEmpty() && venues.series(bullet).isEmpty();
    }

    /** "NeurIPS 2020-2022" is three editions served. */
    private static List<String> editions(String part) {
        Matcher m = YEAR_RANGE.matcher(part);
        if (!m.find()) {
            return List.of(part);
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (to < from || to - from > MAX_EDITIONS) {
            return List.of(part);
        }
        List<String> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(part.substring(0, m.start()) + y + part.substring(m.end()));
        }
        return out;
    }

    /** A line with several dated venues is one item per venue; any other line one item. */
    private List<String> parts(String s) {
        String[] commas = COMMA_OUTSIDE_PARENTHESES.split(s);
        if (commas.length < 2) {
            return List.of(s);
        }
        for (String c : commas) {
            if (venues.read(DISTINCTION.matcher(c).replaceAll("")).isEmpty()) {
                return List.of(s);
            }
        }
        return List.of(commas);
    }

    private ServiceItem item(String text, Integer year, String lineRole, Line line) {
        Matcher d = DISTINCTION.matcher(text);
        String distinction = d.find() ? Markup.spaces(d.group(1)) : null;
        String rest = Markup.spaces(DISTINCTION.matcher(text).replaceAll(" "));
        Optional<String> role = roleIn(rest).or(() -> Optional.ofNullable(lineRole));
        if (role.isEmpty()) {
            // No role word: the item names the service itself ("CMU CSD MS Admissions"), or a venue a bullet will describe.
            VenueRef venue = venues.read(rest).map(VenueReading::venue).orElse(null);
            return new ServiceItem(venue == null ? rest : "Reviewer", venue, distinction, line);
        }
        return new ServiceItem(role.get(), venue(withoutRoleWords(rest), year), distinction, line);
    }

    private VenueRef venue(String text, Integer year) {
        Optional<VenueReading> reading = venues.read(text);
        if (reading.isPresent() && reading.get().venue() != null) {
            VenueRef v = reading.get().venue();
            return v.year() == null && year != null ? v.withYear(year) : v;
        }
        String name = TRAILING_PUNCTUATION.matcher(text).replaceAll("").strip();
        if (name.isEmpty()) {
            return null;
        }
        Optional<VenueCatalog.Series> series = venues.series(name);
        if (series.isPresent() && !OWN_VENUE.matcher(name).find()) {
            return series.get().ref(year);
        }
        return series.isPresent() || Character.isUpperCase(name.codePointAt(0)) ? venues.ownVenue(name, year) : null;
    }

    private static void describe(List<ServiceItem> out, List<Integer> open, String description) {
        Optional<String> role = roleIn(description);
        if (role.isEmpty()) {
            return;
        }
        for (int i : open) {
            ServiceItem s = out.get(i);
            out.set(i, new ServiceItem(role.get(), s.venue(), s.distinction(), s.line()));
        }
    }

    static Optional<String> roleIn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < ROLES.length; i++) {
            if (ROLE_STARTS.get(i).matcher(t).find()) {
                return Optional.of(ROLES[i][1]);
            }
        }
        return Optional.empty();
    }

    private static String withoutRoleWords(String text) {
        String s = text;
        for (Pattern role : ROLE_WORDS) {
            s = role.matcher(s).replaceAll(" ");
        }
        return Markup.spaces(MEMBER_OF.matcher(s).replaceAll(" "));
    }
}
