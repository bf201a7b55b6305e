package org.scholargraph.extract.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Turns award rows into papers. Rows with the same title are one paper (a virtual site lists an
 * awarded paper once per presentation: oral and poster), its awards, presentations and links
 * merged. A paper appeared at the edition that awards it, unless its proceedings link says
 * otherwise or the award looks back (test of time), where the page's own words date it.
 */
final class PaperAssembly {
    private static final Pattern JOURNALS = Pattern.compile(
            "(?i).*\\b(journal|transactions|letters|magazine|review|arxiv|corr)\\b.*");
    private static final Pattern ROOT_TAG = Pattern.compile("body|html");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final MarkupPage page;
    private final Edition conferrer;
    private final PmlrVolumes pmlr;
    private final RetrospectiveDating dating;
    private final String location;

    PaperAssembly(MarkupPage page, Edition conferrer, PmlrVolumes pmlr, VenueCatalog catalog, String location) {
        this.page = page;
        this.conferrer = conferrer;
        this.pmlr = pmlr;
        this.dating = new RetrospectiveDating(catalog);
        this.location = location;
    }

    List<Paper> papers(List<Entry> entries) {
        Map<String, List<Entry>> byTitle = new LinkedHashMap<>();
        entries.forEach(e -> byTitle.computeIfAbsent(key(e.title()), k -> new ArrayList<>()).add(e));
        Map<Element, Integer> titlesUnder = titlesUnder(entries);
        List<Paper> out = new ArrayList<>();
        for (List<Entry> same : byTitle.values()) {
            out.add(paper(same, titlesUnder));
        }
        return out;
    }

    private Paper paper(List<Entry> same, Map<Element, Integer> titlesUnder) {
        Entry first = same.get(0);
        Element at = first.titleAnchor().map(Line.Anchor::element).orElse(first.titleLine().block());
        Paper.Builder b = Paper.builder(first.title(), new Origin(location, page.place(at)));
        same.stream().map(e -> AuthorList.authors(e.authors())).filter(a -> !a.isEmpty()).findFirst().ifPresent(b::authors);
        Edition own = ownEdition(same);
        own.venue().ifPresent(b::venue);
        b.year(own.year());
        b.type(typeOf(own));
        same.forEach(e -> addLinks(b, EntryLinks.of(e)));
        same.stream().map(e -> container(e, titlesUnder)).flatMap(Optional::stream)
                .map(AbstractText::in).flatMap(Optional::stream).findFirst().ifPresent(b::abstractText);
        awards(same).forEach(b::award);
        return b.build();
    }

    private static void addLinks(Paper.Builder b, EntryLinks.Found links) {
        links.presentations().forEach(b::presentation);
        links.links().forEach(b::link);
        Optional.ofNullable(links.arxivId()).ifPresent(b::arxivId);
        Optional.ofNullable(links.doi()).ifPresent(b::doi);
    }

    /** Award pages are conferences' pages; a known venue makes it a conference paper unless it is a journal or arXiv. */
    private static PaperType typeOf(Edition venue) {
        if (!venue.known()) {
            return PaperType.UNKNOWN;
        }
        return JOURNALS.matcher(conferenceName(venue.series())).matches() ? PaperType.UNKNOWN
                : PaperType.CONFERENCE_PAPER;
    }

    /** Where the paper itself appeared: its proceedings volume, else a dated look-back, else the awarding edition. */
    private Edition ownEdition(List<Entry> same) {
        Optional<Edition> proceedings = same.stream()
                .flatMap(e -> EntryLinks.of(e).links().stream()).map(l -> pmlr.editionOf(l.url()))
                .flatMap(Optional::stream).findFirst();
        if (proceedings.isPresent()) {
            return proceedings.get();
        }
        Entry first = same.get(0);
        if (first.award().retrospective()) {
            return dating.paperEdition(first.award().label(), first.context(), conferrer);
        }
        return conferrer;
    }

    /** One award per label; a win replaces a nomination for the same award. */
    private List<PaperAward> awards(List<Entry> same) {
        VenueRef by = conferrer.venue().orElse(null);
        Map<String, PaperAward> byLabel = new LinkedHashMap<>();
        for (Entry e : same) {
            PaperAward award = new PaperAward(e.award().label(), by, conferrer.year(), e.award().nominee());
            PaperAward before = byLabel.get(e.award().label());
            if (before == null || before.nominee() && !award.nominee()) {
                byLabel.put(e.award().label(), award);
            }
        }
        return List.copyOf(byLabel.values());
    }

    private static String conferenceName(VenueCatalog.Series series) {
        return series.fullName() != null ? series.fullName() : series.shortName();
    }

    /** How many entries' titles sit under each element: an entry's container holds its title only. */
    private static Map<Element, Integer> titlesUnder(List<Entry> entries) {
        Map<Element, Integer> counts = new HashMap<>();
        for (Entry e : entries) {
            for (Element x = e.titleLine().block(); x != null; x = x.parent()) {
                counts.merge(x, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The largest element around an entry that holds no other entry (a card, a table row, a list item). */
    private static Optional<Element> container(Entry entry, Map<Element, Integer> titlesUnder) {
        Element x = entry.titleLine().block();
        if (titlesUnder.getOrDefault(x, 0) > 1 || ROOT_TAG.matcher(x.normalName()).matches()) {
            return Optional.empty();
        }
        while (x.parent() != null && titlesUnder.getOrDefault(x.parent(), 0) == 1
                && !ROOT_TAG.matcher(x.parent().normalName()).matches()) {
            x = x.parent();
        }
        return Optional.of(x);
    }

    /** Titles meet on lower-case letters and digits, accents folded. */
    static String key(String title) {
        String s = COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTERS_OR_DIGITS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
