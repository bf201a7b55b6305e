package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The lines of one entry sorted by role: title, the author line naming the owner (joined when a
 * page breaks it over lines), the venue line, badge lines and the rest (summary, link rows).
 */
final class EntryLines {
    static final Pattern TYPE_WORD = Pattern.compile("(?i)^(ph\\.?d\\.? |master'?s |bachelor'?s |book |journal "
            + "|conference |technical |tech\\.? )?(thesis|dissertation|patent|preprint|journal|book|chapter|report|"
            + "workshop|article|paper)$");
    private static final Pattern QUOTED_TITLE = Pattern.compile("^[“\"]([^”\"]{3,300}?)[,.]?[”\"]\\s*[,.]?\\s*");
    private static final Pattern TITLE_SENTENCE = Pattern.compile(
            "^(.{3,300}?[^\\s.](?<!(?:^|\\s)\\p{Lu}))([.?!])[\"”]?\\s+(?=\\S)");
    private static final Pattern ENDS_WITH_CONJUNCTION = Pattern.compile("(?s).*(,|&|\\band)$");

    private final List<Line> lines;
    private final Element titleEl;
    private final SiteOwner owner;
    private final VenueText venues;
    private String title;
    private int first = -1;
    private int last = -1;
    private NameList.Result names;
    private String remainder = "";
    private Line venue;
    final List<String> badgeTexts = new ArrayList<>();

    EntryLines(List<Line> lines, Element titleEl, String title, SiteOwner owner, VenueText venues) {
        this.lines = lines;
        this.titleEl = titleEl;
        this.title = title;
        this.owner = owner;
        this.venues = venues;
    }

    String title() {
        return title;
    }

    NameList.Result names() {
        return names;
    }

    String remainder() {
        return remainder;
    }

    private boolean isTitle(Line l) {
        return titleEl != null && EntryReader.isInside(l, titleEl) || title != null && l.text().equalsIgnoreCase(title);
    }

    /** Finds the author line naming the owner and joins the lines an author list was broken over. */
    boolean findAuthors() {
        for (int i = 0; i < lines.size() && first < 0; i++) {
            Line l = lines.get(i);
            if (!isTitle(l) && NameList.findNaming(l.raw(), owner::matches).isPresent()) {
                first = i;
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        while (first > 0 && continues(lines.get(first - 1), true)) {
            first--;
        }
        while (last + 1 < lines.size() && endsOpen(lines.get(last)) && continues(lines.get(last + 1), false)) {
            last++;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = first; i <= last; i++) {
            joined.append(lines.get(i).raw()).append(' ');
        }
        String all = joined.toString();
        names = NameList.findNaming(all, owner::matches).orElse(NameList.read(all));
        remainder = TextForm.squash(all.substring(Math.min(names.end(), all.length())));
        if (names.isEmpty()) {
            return false;
        }
        if (title == null) {
            String before = EntryReader.cleanTitle(all.substring(0, names.items().get(0).start()));
            title = TextForm.wordCount(before) >= 2 ? before : null;
        }
        if (title == null) {
            title = titleFromRemainder();
        }
        if (title == null) {
            title = fallbackTitle();
        }
        return true;
    }

    /**
     * "A. Author, B. Author. The Title. In ICML 2020." — the first sentence after the names is the
     * title when what follows it reads like a venue (or nothing follows).
     */
    private String titleFromRemainder() {
        String r = TextForm.trimPunctuation(remainder);
        Matcher quoted = QUOTED_TITLE.matcher(r);
        Matcher sentence = TITLE_SENTENCE.matcher(r);
        String candidate;
        String rest;
        if (quoted.find()) {
            candidate = quoted.group(1);
            rest = r.substring(quoted.end());
        } else if (sentence.find()) {
            candidate = sentence.group(1) + (sentence.group(2).equals(".") ? "" : sentence.group(2));
            rest = r.substring(sentence.end());
        } else {
            candidate = r;
            rest = "";
        }
        candidate = EntryReader.cleanTitle(candidate);
        if (TextForm.wordCount(candidate) < 2 || Badges.onlyBadges(candidate) || venues.hasEvidence(candidate)
                && !rest.isBlank() || !rest.isBlank() && !venues.hasEvidence(rest)) {
            return null;
        }
        remainder = rest;
        return candidate;
    }

    private boolean continues(Line l, boolean before) {
        if (isTitle(l)) {
            return false;
        }
        NameList.Result r = NameList.read(l.raw());
        boolean whole = !r.isEmpty() && TextForm.trimPunctuation(l.raw().substring(r.end())).isEmpty();
        return whole && (!before || endsOpen(l));
    }

    private boolean endsOpen(Line l) {
        return ENDS_WITH_CONJUNCTION.matcher(l.text()).matches();
    }

    private String fallbackTitle() {
        for (int i = 0; i < lines.size(); i++) {
            if (i >= first && i <= last) {
                continue;
            }
            String t = lines.get(i).text();
            if (TextForm.wordCount(t) >= 2 && lines.get(i).linkShare() < 1.0 && !venues.hasEvidence(t)
                    && !Badges.onlyBadges(t) || lines.get(i).linkShare() >= 0.99
                    && TextForm.wordCount(t) >= 3 && !TitleFinder.isLinkLabel(t)) {
                return TextForm.trimPunctuation(t);
            }
        }
        return null;
    }

    boolean remainderHasEvidence(VenueText v) {
        return !remainder.isBlank() && v.hasEvidence(remainder.replace(title == null ? "\u0000" : title, " "));
    }

    /** The first line after (then before) the author line that reads like a venue, link labels left out. */
    Optional<String> venueLine(VenueText v) {
        for (int i = last + 1; i < lines.size(); i++) {
            if (isVenueCandidate(lines.get(i)) && v.hasEvidence(lines.get(i).withoutLinkLabels())) {
                return Optional.of((venue = lines.get(i)).withoutLinkLabels());
            }
        }
        for (int i = first - 1; i >= 0; i--) {
            if (isVenueCandidate(lines.get(i)) && v.hasEvidence(lines.get(i).withoutLinkLabels())) {
                return Optional.of((venue = lines.get(i)).withoutLinkLabels());
            }
        }
        for (int i : new int[] {last + 1, first - 1}) {
            if (i >= 0 && i < lines.size() && isVenueCandidate(lines.get(i)) && isNameLike(lines.get(i).text())) {
                return Optional.of((venue = lines.get(i)).withoutLinkLabels());
            }
        }
        return Optional.empty();
    }

    /** A short title-cased line ("Scientific Reports"): a venue the catalog does not know. */
    private boolean isNameLike(String t) {
        String[] words = TextForm.squash(t).split(" ");
        long longWords = java.util.Arrays.stream(words).filter(w -> w.length() >= 4).count();
        long capitalised = java.util.Arrays.stream(words)
                .filter(w -> w.length() >= 4 && Character.isUpperCase(w.charAt(0))).count();
        return words.length <= 5 && !t.endsWith(".") && longWords > 0 && capitalised * 10 >= longWords * 6;
    }

    private boolean isVenueCandidate(Line l) {
        String t = l.withoutLinkLabels();
        return !isTitle(l) && !t.isBlank() && TextForm.wordCount(t) <= 30 && !Badges.onlyBadges(t)
                && !VenueText.isYearOnly(t) && !TYPE_WORD.matcher(TextForm.trimPunctuation(t)).matches()
                && !t.toLowerCase(Locale.ROOT).startsWith("acceptance");
    }

    Optional<Integer> yearLine() {
        for (Line l : others()) {
            if (VenueText.isYearOnly(l.text())) {
                return VenueText.lastYear(l.text());
            }
        }
        return Optional.empty();
    }

    /** Lines that are neither title, authors nor venue. */
    List<Line> others() {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if ((i < first || i > last) && l != venue && !isTitle(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Short lines of the page's own words (not link labels) that may carry badges. */
    List<Line> badgeLines() {
        List<Line> out = new ArrayList<>();
        for (Line l : others()) {
            String plain = l.plainText();
            if (!plain.isEmpty() && TextForm.wordCount(plain) <= 25) {
                out.add(l);
            }
        }
        return out;
    }

    Optional<String> summary() {
        String best = null;
        for (Line l : others()) {
            String t = l.text();
            if (TextForm.wordCount(t) >= 8 && l.linkShare() < 0.5 && !Badges.onlyBadges(t)
                    && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Links inside the author line: the co-authors' homepages, not the paper's. */
    Set<Element> authorLinks() {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = first; i <= last; i++) {
            Line l = lines.get(i);
            int stop = i == last ? Math.max(0, names.end() - offsetOf(i)) : l.raw().length();
            for (Line.Piece p : l.piecesIn(0, stop)) {
                Element a = p.parent().closest("a[href]");
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private int offsetOf(int index) {
        int off = 0;
        for (int i = first; i < index; i++) {
            off += lines.get(i).raw().length() + 1;
        }
        return off;
    }
}
