package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.PresentationKind;

/**
 * The labels pages hang on a paper — "(Oral)", "Spotlight Presentation [top 3%]", "Best Paper Award
 * Finalist", "Outstanding Paper Honorable Mention" — sorted into presentations and awards. A
 * presentation is never an award: "Oral" stays a presentation however it is highlighted.
 */
final class Badges {
    private static final Pattern AWARD = Pattern.compile("(?i)\\b(award|prize|best|outstanding|honou?rable"
            + "\\s+mention|runner[- ]?up|test[- ]of[- ]time|distinguished\\s+paper|finalist|nominee|nomination|"
            + "nominated)\\b");
    private static final Pattern NOMINEE = Pattern.compile("(?i)\\b(nominee|nomination|nominated|finalist|"
            + "candidate|shortlist(ed)?)\\b");
    private static final Pattern PRESENTATION = Pattern.compile("(?i)\\b(long[- ]oral|oral|spotlight)\\b");
    private static final Pattern GROUP = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;|]|(?<=\\p{L}{2})\\.\\s+|\\.$)\\s*");
    private static final Pattern AT_VENUE = Pattern.compile("\\s*(?:@|\\bat\\b)\\s+(.+)$");
    private static final Pattern STATISTIC = Pattern.compile("(?i)(\\d+\\s*(out\\s+)?of\\s+\\d|top[- ]?\\d|\\d+\\s*%|"
            + "acceptance)");

    /** An award label as displayed, the venue it names ("@ AABI 2018"), and whether it is a nomination. */
    record AwardLabel(String label, String venueMention, boolean nominee) {
    }

    private Badges() {
    }

    /** The comma-, semicolon- and parenthesis-separated parts of a label line. */
    static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        Matcher m = GROUP.matcher(text);
        int last = 0;
        while (m.find()) {
            outside.append(text, last, m.start()).append(" , ");
            splitInto(m.group(1), out);
            last = m.end();
        }
        outside.append(text.substring(last));
        List<String> head = new ArrayList<>();
        splitInto(outside.toString(), head);
        head.addAll(out);
        return head;
    }

    private static void splitInto(String text, List<String> out) {
        for (String p : SPLIT.split(text)) {
            String t = TextForm.trimPunctuation(p);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
    }

    static Optional<PresentationKind> presentation(String part) {
        if (TextForm.wordCount(part) > 8) {
            return Optional.empty();
        }
        Optional<PresentationKind> direct = PresentationKind.parse(part);
        if (direct.isPresent()) {
            return direct;
        }
        Matcher m = PRESENTATION.matcher(part);
        return m.find() ? PresentationKind.parse(m.group(1)) : Optional.empty();
    }

    static Optional<AwardLabel> award(String part) {
        String t = TextForm.trimPunctuation(part);
        if (TextForm.wordCount(t) > 10 || !AWARD.matcher(t).find() || STATISTIC.matcher(t).find()
                || t.equalsIgnoreCase("award") || t.equalsIgnoreCase("awards")) {
            return Optional.empty();
        }
        String venue = null;
        Matcher at = AT_VENUE.matcher(t);
        if (at.find() && at.start() > 0) {
            venue = TextForm.trimPunctuation(at.group(1));
            t = TextForm.trimPunctuation(t.substring(0, at.start()));
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AwardLabel(t, venue == null || venue.isEmpty() ? null : venue,
                NOMINEE.matcher(t).find()));
    }

    /** True when every part of the text is a presentation or an award label. */
    static boolean onlyBadges(String text) {
        List<String> parts = parts(text);
        if (parts.isEmpty()) {
            return false;
        }
        for (String p : parts) {
            if (presentation(p).isEmpty() && award(p).isEmpty() && !STATISTIC.matcher(p).find()) {
                return false;
            }
        }
        return true;
    }

    static boolean isBadge(String part) {
        return presentation(part).isPresent() || award(part).isPresent();
    }

}
