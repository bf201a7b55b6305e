package org.scholargraph.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scholargraph.model.VenueCatalog;

/**
 * Which conference edition gives a page's awards. Looks, in this order, at the page's title and
 * headings ("ICML 2021 Awards"), its own URL, the document's location, sentences about awards
 * ("The AISTATS 2022 Test of Time Award goes to…"), and last the proceedings its papers link to
 * (PMLR volumes). The series comes from the first place that names one; the year from that same
 * place when it has one, else from the first title, heading or address that has one.
 */
final class EditionFinder {
    private final VenueCatalog catalog;
    private final PmlrVolumes pmlr;

    EditionFinder(VenueCatalog catalog, PmlrVolumes pmlr) {
        this.catalog = catalog;
        this.pmlr = pmlr;
    }

    Edition find(MarkupPage page, List<Line> lines, String location) {
        List<Edition> strong = new ArrayList<>();
        page.title().ifPresent(t -> strong.add(fromText(t)));
        strong.add(fromText(page.dom().title()));
        lines.stream().filter(l -> l.headingLevel() >= 1 && l.headingLevel() <= 3).forEach(l -> strong.add(fromText(l.text())));
        page.ownUrl().ifPresent(u -> strong.add(UrlEdition.of(u, catalog)));
        strong.add(UrlEdition.of(location, catalog));
        Optional<Edition> firstNamed = strong.stream().filter(Edition::known).findFirst();
        if (firstNamed.isPresent() && firstNamed.get().year() != null) {
            return firstNamed.get();
        }
        // Only when titles and addresses leave a gap: reading every award sentence is the costly part.
        List<Edition> weak = new ArrayList<>();
        lines.stream().filter(l -> !l.isHeading() && l.text().toLowerCase(Locale.ROOT).contains("award"))
                .map(l -> fromText(l.text())).filter(e -> e.known() && e.year() != null).forEach(weak::add);
        proceedings(lines).ifPresent(weak::add);
        return combine(strong, weak);
    }

    private static Edition combine(List<Edition> strong, List<Edition> weak) {
        List<Edition> all = new ArrayList<>(strong);
        all.addAll(weak);
        Optional<Edition> named = all.stream().filter(Edition::known).findFirst();
        if (named.isEmpty()) {
            return Edition.UNKNOWN;
        }
        if (named.get().year() != null) {
            return named.get();
        }
        Integer year = strong.stream().map(Edition::year).filter(Objects::nonNull).findFirst()
                .orElse(weak.stream().filter(e -> e.series() == named.get().series()).map(Edition::year)
                        .filter(Objects::nonNull).findFirst().orElse(null));
        return named.get().withYear(year);
    }

    private Edition fromText(String text) {
        return new Edition(catalog.findIn(text).orElse(null), VenueCatalog.yearIn(text).orElse(null));
    }

    /** The edition most of the page's proceedings links belong to. */
    private Optional<Edition> proceedings(List<Line> lines) {
        Map<Edition, Long> counts = lines.stream().flatMap(l -> l.anchors().stream())
                .map(a -> pmlr.editionOf(a.href())).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey);
    }
}
