package org.scholargraph.extract.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises section headings by their words alone, in any case and decoration ("## Honors &
 * Awards", "Fellowships & Awards.", "Professional Experience ____", "SERVICE"): a short line whose
 * every word is a section word or a modifier. The first section word decides the kind, so
 * "Teaching Experience" is teaching, not employment.
 */
final class Heading {
    private static final Map<String, SectionKind> HEADS = Map.ofEntries(
            Map.entry("publications", SectionKind.PUBLICATIONS), Map.entry("publication", SectionKind.PUBLICATIONS),
            Map.entry("papers", SectionKind.PUBLICATIONS), Map.entry("preprints", SectionKind.PUBLICATIONS),
            Map.entry("articles", SectionKind.PUBLICATIONS), Map.entry("patents", SectionKind.PUBLICATIONS),
            Map.entry("manuscripts", SectionKind.PUBLICATIONS), Map.entry("proceedings", SectionKind.PUBLICATIONS),
            Map.entry("awards", SectionKind.AWARDS), Map.entry("award", SectionKind.AWARDS),
            Map.entry("honors", SectionKind.AWARDS), Map.entry("honours", SectionKind.AWARDS),
            Map.entry("fellowships", SectionKind.AWARDS), Map.entry("fellowship", SectionKind.AWARDS),
            Map.entry("scholarships", SectionKind.AWARDS), Map.entry("prizes", SectionKind.AWARDS),
            Map.entry("grants", SectionKind.AWARDS), Map.entry("distinctions", SectionKind.AWARDS),
            Map.entry("achievements", SectionKind.AWARDS),
            Map.entry("education", SectionKind.EDUCATION), Map.entry("degrees", SectionKind.EDUCATION),
            Map.entry("experience", SectionKind.EXPERIENCE), Map.entry("employment", SectionKind.EXPERIENCE),
            Map.entry("positions", SectionKind.EXPERIENCE), Map.entry("appointments", SectionKind.EXPERIENCE),
            Map.entry("internships", SectionKind.EXPERIENCE), Map.entry("work", SectionKind.EXPERIENCE),
            Map.entry("talks", SectionKind.TALKS), Map.entry("presentations", SectionKind.TALKS),
            Map.entry("seminars", SectionKind.TALKS), Map.entry("lectures", SectionKind.TALKS),
            Map.entry("service", SectionKind.SERVICE), Map.entry("reviewing", SectionKind.SERVICE),
            Map.entry("activities", SectionKind.SERVICE), Map.entry("committees", SectionKind.SERVICE),
            Map.entry("reviewer", SectionKind.SERVICE),
            Map.entry("about", SectionKind.PROFILE), Map.entry("bio", SectionKind.PROFILE),
            Map.entry("biography", SectionKind.PROFILE), Map.entry("profile", SectionKind.PROFILE),
            Map.entry("summary", SectionKind.PROFILE), Map.entry("contact", SectionKind.PROFILE),
            Map.entry("teaching", SectionKind.OTHER), Map.entry("skills", SectionKind.OTHER),
            Map.entry("students", SectionKind.OTHER), Map.entry("interns", SectionKind.OTHER),
            Map.entry("mentoring", SectionKind.OTHER), Map.entry("supervision", SectionKind.OTHER),
            Map.entry("leadership", SectionKind.OTHER), Map.entry("outreach", SectionKind.OTHER),
            Map.entry("news", SectionKind.OTHER), Map.entry("projects", SectionKind.OTHER),
            Map.entry("software", SectionKind.OTHER), Map.entry("repositories", SectionKind.OTHER),
            Map.entry("languages", SectionKind.OTHER), Map.entry("references", SectionKind.OTHER),
            Map.entry("interests", SectionKind.OTHER), Map.entry("volunteering", SectionKind.OTHER),
            Map.entry("press", SectionKind.OTHER), Map.entry("media", SectionKind.OTHER),
            Map.entry("misc", SectionKind.OTHER), Map.entry("miscellaneous", SectionKind.OTHER),
            Map.entry("courses", SectionKind.OTHER), Map.entry("coursework", SectionKind.OTHER));
    private static final Set<String> MODIFIERS = Set.of("selected", "recent", "refereed", "peer", "reviewed",
            "peer-reviewed", "conference", "journal", "workshop", "other", "full", "list", "invited", "professional",
            "academic", "research", "previous", "current", "industry", "industrial", "community", "program",
            "university", "departmental", "honors", "and", "of", "the", "&", "me", "my", "open", "source",
            "technical", "additional", "scholarly", "teaching");
    private static final Pattern DECORATION = Pattern.compile("^[#\\s]+|[\\s.:_\\-–—=*]+$");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s,/&+]+");
    private static final int MAX_WORDS = 5;

    private Heading() {
    }

    static Optional<SectionKind> kindOf(Line line) {
        String text = DECORATION.matcher(Markup.plain(line.text())).replaceAll("");
        if (text.isEmpty() || text.length() > 60 || line.text().contains("|")) {
            return Optional.empty();
        }
        List<String> words = Arrays.stream(WORD_SEPARATOR.split(text.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        SectionKind kind = null;
        for (String w : words) {
            SectionKind k = HEADS.get(w);
            if (k == null && !MODIFIERS.contains(w)) {
                return Optional.empty();
            }
            if (kind == null && k != null) {
                kind = k;
            }
        }
        return Optional.ofNullable(kind);
    }
}
