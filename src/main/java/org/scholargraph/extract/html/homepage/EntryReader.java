package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Origin;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reads one publication entry — the element the entry finder isolated around an author line — into
 * a {@link Draft}: title, ordered authors with their marks, venue and year, presentation and award
 * badges, typed links, abstract and summary. Fields are found by their role (the author line names
 * the owner; the venue line has a year or a known series), not by where a given site puts them.
 */
final class EntryReader {
    private static final Pattern YEAR_CLASS = Pattern.compile("(?:^|[-_])((?:19|20)\\d\\d)$");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)(^|\\s)(i|i'm|i’m|my)\\s");
    private static final Pattern TYPE_WORD = Pattern.compile("(?i)^(ph\\.?d\\.? |master'?s |bachelor'?s |book |journal "
            + "|conference |technical |tech\\.? )?(thesis|dissertation|patent|preprint|journal|book|chapter|report|"
            + "workshop|article|paper)$");

    private static final Pattern QUOTED_TITLE = Pattern.compile("^[“\"]([^”\"]{3,300}?)[,.]?[”\"]\\s*[,.]?\\s*");
    private static final Pattern TITLE_SENTENCE = Pattern.compile(
            "^(.{3,300}?[^\\s.](?<!(?:^|\\s)\\p{Lu}))([.?!])[\"”]?\\s+(?=\\S)");

    private final SiteOwner owner;
    private final Authorship authorship;
    private final VenueText venues;
    private final VenueCatalog catalog;
    private final Headings headings;
    private final Function<Node, Origin> origins;

    EntryReader(SiteOwner owner, Authorship authorship, VenueCatalog catalog, Headings headings,
            Function<Node, Origin> origins) {
        this.owner = owner;
        this.authorship = authorship;
        this.venues = new VenueText(catalog);
        this.catalog = catalog;
        this.headings = headings;
        this.origins = origins;
    }

    /** The entry as a draft, or empty when it has no title or no author line naming the owner. */
    Optional<Draft> read(Element entry, int position) {
        Optional<Element> titleEl = TitleFinder.find(entry, owner);
        List<Element> abstracts = abstracts(entry);
        String title = titleEl.map(this::titleText).orElse(null);
        Set<Element> bounds = Collections.newSetFromMap(new IdentityHashMap<>());
        titleEl.ifPresent(bounds::add);
        if (title != null) {
            for (Element e : entry.getAllElements()) {
                if (e != entry && TextForm.squash(e.text()).equalsIgnoreCase(title)) {
                    bounds.add(e);
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Line l : Lines.of(entry, bounds)) {
            if (abstracts.stream().noneMatch(a -> a.equals(l.block()) || isInside(l, a))) {
                lines.add(l);
            }
        }
        Roles roles = new Roles(lines, titleEl.orElse(null), title);
        if (!roles.findAuthors() || roles.title() == null) {
            return Optional.empty();
        }
        Draft d = new Draft(roles.title(), origins.apply(entry), position);
        NameList.Result names = roles.names();
        d.authors = authorship.authors(names.items());
        if (names.elided()) {
            d.warnings.add(Problem.warning(d.origin, "author list of \"" + d.title
                    + "\" is elided (\"…\"); only the printed authors are kept"));
        }
        readVenue(d, roles, entry);
        readBadges(d, roles, titleEl.orElse(null));
        readLinks(d, entry, roles, titleEl.orElse(null));
        abstracts.stream().map(a -> TextForm.squash(a.text())).filter(t -> TextForm.wordCount(t) >= 8)
                .findFirst().ifPresent(t -> d.abstractText = t);
        roles.summary().ifPresent(s -> d.summary = s);
        return Optional.of(d);
    }

    static boolean looksLikeTitle(String title, SiteOwner owner) {
        if (title == null || TextForm.wordCount(title) > 40 || FIRST_PERSON.matcher(" " + title + " ").find()) {
            return false;
        }
        return owner == null || NameList.read(title).items().stream().noneMatch(i -> owner.matches(i.name()));
    }

    private String titleText(Element el) {
        StringBuilder out = new StringBuilder();
        for (Line l : Lines.of(el)) {
            if (!Badges.onlyBadges(l.text())) {
                out.append(l.text()).append(' ');
            }
        }
        String t = TextForm.squash(out.toString());
        Matcher trailing = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$").matcher(t);
        if (trailing.find() && Badges.parts(trailing.group(1)).stream().anyMatch(Badges::isBadge)) {
            t = t.substring(0, trailing.start());
        }
        t = t.replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "");
        t = t.replaceAll("[\\s.,;:]+$", "").strip();
        return t.isEmpty() ? null : t;
    }

    private static String cleanTitle(String text) {
        String t = TextForm.trimPunctuation(text).replaceAll("^[\"“”'‘’]+|[\"“”'‘’,]+$", "");
        return TextForm.trimPunctuation(t);
    }

    private static List<Element> abstracts(Element entry) {
        List<Element> out = new ArrayList<>();
        for (Element e : entry.select(".abstract, [itemprop=abstract], [itemprop=description]")) {
            if (!e.normalName().equals("a") && !e.normalName().equals("button") && !e.normalName().equals("meta")) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isInside(Line line, Element el) {
        for (Element p = line.block(); p != null; p = p.parent()) {
            if (p == el) {
                return true;
            }
        }
        return false;
    }

    private void readVenue(Draft d, Roles roles, Element entry) {
        String venueText = roles.remainderHasEvidence(venues) ? roles.remainder()
                : roles.venueLine(venues).orElse(roles.remainder());
        if (d.title != null && venueText != null) {
            venueText = venueText.replace(d.title, " ");
        }
        if (venueText != null && !venueText.isBlank()) {
            VenueText.Reading r = venues.read(venueText);
            d.venue = r.venue();
            d.year = r.year();
            d.type = r.type();
            roles.badgeTexts.addAll(r.badges());
        }
        if (d.year == null) {
            d.year = roles.yearLine().or(() -> yearFromAncestors(entry)).or(() -> headings.yearBefore(entry))
                    .orElse(null);
            if (d.venue != null && d.year != null) {
                d.venue = d.venue.withYear(d.year);
            }
        }
        if (d.type == PaperType.UNKNOWN) {
            for (Line l : roles.others()) {
                if (TYPE_WORD.matcher(TextForm.trimPunctuation(l.text())).matches()) {
                    d.type = VenueText.type(l.text(), null);
                    break;
                }
            }
        }
        if (d.venue == null && d.year == null) {
            d.warnings.add(Problem.warning(d.origin, "no venue or year found for \"" + d.title + "\""));
        }
    }

    private static Optional<Integer> yearFromAncestors(Element entry) {
        for (Element e = entry; e != null; e = e.parent()) {
            for (String c : e.classNames()) {
                Matcher m = YEAR_CLASS.matcher(c);
                if (m.find()) {
                    return Optional.of(Integer.parseInt(m.group(1)));
                }
            }
            if (e.hasAttr("data-year")) {
                Optional<Integer> y = VenueText.lastYear(e.attr("data-year"));
                if (y.isPresent()) {
                    return y;
                }
            }
        }
        return Optional.empty();
    }

    private void readBadges(Draft d, Roles roles, Element titleEl) {
        List<String> texts = new ArrayList<>(roles.badgeTexts);
        if (titleEl != null) {
            for (Line l : Lines.of(titleEl)) {
                if (Badges.onlyBadges(l.text())) {
                    texts.addAll(Badges.parts(l.text()));
                }
            }
            Matcher trailing = Pattern.compile("\\(([^()]*)\\)\\s*$").matcher(TextForm.squash(titleEl.text()));
            if (trailing.find()) {
                texts.addAll(Badges.parts(trailing.group(1)));
            }
        }
        for (Line l : roles.badgeLines()) {
            texts.addAll(Badges.parts(l.plainText()));
        }
        for (String part : texts) {
            Badges.award(part).ifPresentOrElse(a -> d.award(paperAward(a, d)),
                    () -> Badges.presentation(part).ifPresent(k -> d.presentation(new Presentation(k, null))));
        }
    }

    private PaperAward paperAward(Badges.AwardLabel a, Draft d) {
        VenueRef by = null;
        Integer year = null;
        if (a.venueMention() != null) {
            year = VenueCatalog.yearIn(a.venueMention()).orElse(null);
            Integer y = year;
            by = catalog.findIn(a.venueMention()).map(s -> s.ref(y))
                    .orElse(new VenueRef(null, TextForm.trimPunctuation(a.venueMention()), y));
        } else if (d.venue != null && d.type != PaperType.PREPRINT) {
            by = d.venue;
            year = d.venue.year() != null ? d.venue.year() : d.year;
        }
        return new PaperAward(a.label(), by, year != null ? year : d.year, a.nominee());
    }

    private void readLinks(Draft d, Element entry, Roles roles, Element titleEl) {
        Set<Element> authorLinks = roles.authorLinks();
        for (Element a : entry.select("a[href]")) {
            String href = a.attr("href").strip();
            if (authorLinks.contains(a) || href.isEmpty() || href.equals("#") || href.startsWith("javascript:")
                    || href.startsWith("mailto:")) {
                continue;
            }
            String url = a.absUrl("href").isEmpty() ? href : a.absUrl("href");
            String label = TextForm.squash(a.text()).replaceAll("^\\[(.*)\\]$", "$1").replaceAll("^\\((.*)\\)$", "$1");
            boolean isTitle = titleEl != null && (isAncestor(a, titleEl) || isAncestor(titleEl, a));
            LinkKind kind = LinkKinds.of(isTitle ? "paper" : label, url);
            d.link(new Link(kind, url, label.isEmpty() ? null : label));
            if (d.arxivId == null) {
                LinkKinds.arxivId(url).ifPresent(id -> d.arxivId = id);
            }
            if (d.doi == null) {
                LinkKinds.doi(url).ifPresent(doi -> d.doi = doi);
            }
        }
    }

    private static boolean isAncestor(Element outer, Element inner) {
        for (Element p = inner; p != null; p = p.parent()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    /** The lines of one entry sorted into title, author line, venue line, badges and the rest. */
    private final class Roles {
        private final List<Line> lines;
        private final Element titleEl;
        private String title;
        private int first = -1;
        private int last = -1;
        private NameList.Result names;
        private String remainder = "";
        private Line venue;
        final List<String> badgeTexts = new ArrayList<>();

        Roles(List<Line> lines, Element titleEl, String title) {
            this.lines = lines;
            this.titleEl = titleEl;
            this.title = title;
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
            return titleEl != null && isInside(l, titleEl) || title != null && l.text().equalsIgnoreCase(title);
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
                String before = cleanTitle(all.substring(0, names.items().get(0).start()));
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
            candidate = cleanTitle(candidate);
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
            return l.text().matches("(?s).*(,|&|\\band)$");
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
}
