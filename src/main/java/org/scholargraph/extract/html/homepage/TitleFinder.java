package org.scholargraph.extract.html.homepage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding an entry's title, most explicit signal first: microdata {@code name},
 * a class naming a title ({@code papertitle}, {@code article-title}, {@code paper-title}), a heading
 * (real or made-up), a bold run of several words, then a link of several words. Author names,
 * badges and link labels are never titles.
 */
final class TitleFinder {
    private static final List<String> ATTEMPTS = List.of("[itemprop=name], [itemprop=headline]", "[class*=title]",
            "h1, h2, h3, h4, h5, h6", "strong, b, [style*=bold], [style*=font-weight]", "a[href]");
    private static final Pattern TITLE_TAG = Pattern.compile(".*(heading|title).*");
    private static final Pattern LINK_LABEL = Pattern.compile(
            "(project|project page|project webpage|webpage|website|page|paper|pdf|arxiv|code|video|"
            + "slides|poster|bibtex|bib|cite|abstract|supplement|supplementary|blog|talk|demo|data|dataset|"
            + "link|preprint|github|colab|media|press|openreview|html|doi|proceedings|results|models|site|"
            + "more|details|read more)( [a-z]+)?");

    private TitleFinder() {
    }

    /**
     * The title element of an entry, or empty. Explicit signals (microdata, a title class, a heading)
     * are trusted even when the title looks like a name ("Multiscale Combinatorial Grouping"), unless
     * it is the owner's; weaker ones (bold, links) must not read as a list of names.
     */
    static Optional<Element> find(Element entry, SiteOwner owner) {
        for (int i = 0; i < ATTEMPTS.size(); i++) {
            boolean explicit = i < 3;
            int minWords = explicit ? 1 : 3;
            Optional<Element> hit = first(entry, ATTEMPTS.get(i), e -> plausible(e, minWords, explicit, owner));
            if (hit.isPresent()) {
                return hit;
            }
            if (i == 2) {
                hit = first(entry, "*", e -> !e.tag().isKnownTag()
                        && TITLE_TAG.matcher(e.normalName()).matches() && plausible(e, 1, true, owner));
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> first(Element entry, String css, Predicate<Element> test) {
        for (Element e : entry.select(css)) {
            if (e != entry && test.test(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(Element e, int minWords, boolean explicit, SiteOwner owner) {
        if (insidePerson(e) || e.normalName().equals("meta") || e.normalName().equals("link")) {
            return false;
        }
        String text = TextForm.squash(e.text());
        int words = TextForm.wordCount(text);
        if (text.length() < 3 || words < minWords || words > 40) {
            return false;
        }
        NameList.Result names = NameList.read(text);
        boolean onlyNames = !names.isEmpty() && TextForm.trimPunctuation(text.substring(names.end())).isEmpty();
        boolean owners = owner != null && names.items().stream().anyMatch(n -> owner.matches(n.name()));
        return !(onlyNames && (owners || !explicit)) && SectionKind.of(text) == SectionKind.NEUTRAL && !Badges.onlyBadges(text) && !isLinkLabel(text) && !VenueText.isYearOnly(text);
    }

    private static boolean insidePerson(Element e) {
        Element scope = e.closest("[itemscope]");
        return scope != null && scope.attr("itemtype").toLowerCase(Locale.ROOT).contains("person");
    }

    static boolean isLinkLabel(String text) {
        String t = TextForm.fold(text);
        return LINK_LABEL.matcher(t).matches();
    }
}
