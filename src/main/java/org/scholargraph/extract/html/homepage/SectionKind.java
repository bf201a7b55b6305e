package org.scholargraph.extract.html.homepage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page section holds, judged from its heading: "Publications and Patents" holds papers,
 * "Recent & Upcoming Talks" talks, "Academic Service" service. A heading counts only when it is made
 * of such words (a paper title set as a heading, "Neural News Recommendation", stays neutral).
 */
enum SectionKind {
    PUBLICATIONS, TALKS, NEWS, TEACHING, PROJECTS, SERVICE, AWARDS, EDUCATION, EXPERIENCE, INTERESTS, OTHER, YEAR,
    NEUTRAL;

    private static final Map<SectionKind, Pattern> WORDS = new LinkedHashMap<>();
    private static final Pattern WEAK_PUBLICATIONS = Pattern.compile("\\b(research|works?|selected|select)\\b");
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "^(before |until |up to )?(19|20)\\d\\d( (and|or) (earlier|before|older|prior)| \\d{4}| present)?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Words that may stand beside the keyword without changing what a heading announces. */
    private static final Set<String> FILLER = Set.of("full", "list", "all", "my", "our", "selected", "select", "recent",
            "latest", "upcoming", "past", "recorded", "academic", "professional", "invited", "and", "of", "the",
            "in", "a", "an", "at", "to", "by", "for", "more", "other", "see", "below", "view", "here", "earlier",
            "older", "new", "some", "peer", "reviewed", "refereed", "me", "myself", "previous", "current", "key",
            "main", "major", "featured", "highlighted", "complete", "show", "hide", "i", "ii", "iii", "work", "works",
            "research", "related", "activities", "activity", "community", "honors", "conference", "journal",
            "workshop", "first", "author", "authored", "co", "internship", "industry", "industrial", "scientific");

    static {
        WORDS.put(PUBLICATIONS, Pattern.compile("\\b(publications?|papers?|preprints?|articles?|manuscripts?|"
                + "bibliography|patents?|theses|thesis|proceedings)\\b"));
        WORDS.put(TALKS, Pattern.compile("\\b(talks?|presentations?|keynotes?|seminars?|invited)\\b"));
        WORDS.put(TEACHING, Pattern.compile("\\b(teaching|courses?|tutorials?|lectures?|ta)\\b"));
        WORDS.put(NEWS, Pattern.compile("\\b(news|updates?|announcements?)\\b"));
        WORDS.put(PROJECTS, Pattern.compile("\\b(projects?|software|code|demos?|tools?|datasets?|open source)\\b"));
        WORDS.put(SERVICE, Pattern.compile("\\b(service|services|reviewing|reviewer|committees?|organi[sz]\\w*|"
                + "editorial)\\b"));
        WORDS.put(AWARDS, Pattern.compile("\\b(awards?|honou?rs?|fellowships?|grants?|scholarships?|prizes?|"
                + "recognitions?|distinctions?)\\b"));
        WORDS.put(EDUCATION, Pattern.compile("\\b(education|degrees?|studies)\\b"));
        WORDS.put(EXPERIENCE, Pattern.compile("\\b(experience|employment|positions?|career|internships?|"
                + "appointments?)\\b"));
        WORDS.put(INTERESTS, Pattern.compile("\\b(interests?)\\b"));
        WORDS.put(OTHER, Pattern.compile("\\b(press|media|coverage|contact|about|bio|biography|students|"
                + "mentoring|advisees|supervision|miscellanea|misc|blog|posts?|hobbies|personal|links|cv|"
                + "photos?|gallery|outreach|collaborators|skills|group|people|team|members)\\b"));
    }

    boolean excludesPapers() {
        return this != PUBLICATIONS && this != YEAR && this != NEUTRAL;
    }

    static SectionKind of(String headingText) {
        String t = LEADING_NUMBER.matcher(TextForm.fold(headingText)).replaceAll("");
        if (t.isEmpty() || TextForm.wordCount(t) > 8) {
            return NEUTRAL;
        }
        if (YEAR_HEADING.matcher(t).matches()) {
            return YEAR;
        }
        if (!madeOfKeywords(t)) {
            return NEUTRAL;
        }
        for (Map.Entry<SectionKind, Pattern> e : WORDS.entrySet()) {
            if (e.getValue().matcher(t).find()) {
                return e.getKey();
            }
        }
        return WEAK_PUBLICATIONS.matcher(t).find() ? PUBLICATIONS : NEUTRAL;
    }

    private static boolean madeOfKeywords(String folded) {
        int other = 0;
        boolean keyword = false;
        for (String w : folded.split(" ")) {
            boolean isKeyword = WORDS.values().stream().anyMatch(p -> p.matcher(w).matches())
                    || WEAK_PUBLICATIONS.matcher(w).matches();
            keyword |= isKeyword;
            if (!isKeyword && !FILLER.contains(w) && !DIGITS.matcher(w).matches()) {
                other++;
            }
        }
        return keyword && other <= 1;
    }
}
