package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern EDGE_QUOTES_OR_TRAILING_COMMA = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’,]+$");
    private static final Pattern IN_BRACKETS = Pattern.compile("^\\[(.*)\\]$");
    private static final Pattern IN_PARENTHESES = Pattern.compile("^\\((.*)\\)$");
    private static final Pattern SPACED_TRAILING_PARENTHESES = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\(([^()]*)\\)\\s*$");


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
        EntryLines roles = new EntryLines(lines, titleEl.orElse(null), title, owner, venues);
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
        Matcher trailing = SPACED_TRAILING_PARENTHESES.matcher(t);
        if (trailing.find() && Badges.parts(trailing.group(1)).stream().anyMatch(Badges::isBadge)) {
            t = t.substring(0, trailing.start());
        }
        t = EDGE_QUOTES.matcher(t).replaceAll("");
        t = TRAILING_PUNCTUATION.matcher(t).replaceAll("").strip();
        return t.isEmpty() ? null : t;
    }

    static String cleanTitle(String text) {
        String t = EDGE_QUOTES_OR_TRAILING_COMMA.matcher(TextForm.trimPunctuation(text)).replaceAll("");
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

    static boolean isInside(Line line, Element el) {
        for (Element p = line.block(); p != null; p = p.parent()) {
            if (p == el) {
                return true;
            }
        }
        return false;
    }

    private void readVenue(Draft d, EntryLines roles, Element entry) {
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
                if (EntryLines.TYPE_WORD.matcher(TextForm.trimPunctuation(l.text())).matches()) {
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

    private void readBadges(Draft d, EntryLines roles, Element titleEl) {
        List<String> texts = new ArrayList<>(roles.badgeTexts);
        if (titleEl != null) {
            for (Line l : Lines.of(titleEl)) {
                if (Badges.onlyBadges(l.text())) {
                    texts.addAll(Badges.parts(l.text()));
                }
            }
            Matcher trailing = TRAILING_PARENTHESES.matcher(TextForm.squash(titleEl.text()));
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

    private void readLinks(Draft d, Element entry, EntryLines roles, Element titleEl) {
        Set<Element> authorLinks = roles.authorLinks();
        for (Element a : entry.select("a[href]")) {
            String href = a.attr("href").strip();
            if (authorLinks.contains(a) || href.isEmpty() || href.equals("#") || href.startsWith("javascript:")
                    || href.startsWith("mailto:")) {
                continue;
            }
            String url = a.absUrl("href").isEmpty() ? href : a.absUrl("href");
            String label = IN_PARENTHESES.matcher(IN_BRACKETS.matcher(TextForm.squash(a.text())).replaceAll("$1"))
                    .replaceAll("$1");
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
}
