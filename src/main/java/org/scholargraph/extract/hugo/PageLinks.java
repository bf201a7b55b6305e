package org.scholargraph.extract.hugo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;

/**
 * Types a page's links (from the key, or from a links entry's name, or from the host) and takes
 * the arXiv identifier and DOI out of them. Protocol-relative URLs ({@code //arxiv.org/…}) are
 * given https; page-relative ones ({@code files/slides.pdf}) are kept as written, since only the
 * site knows its base URL.
 */
final class PageLinks {

    /** What the links say: typed links in page order, and the first arXiv id and DOI among them. */
    record Reading(List<Link> links, String arxivId, String doi) {
    }

    private static final Map<String, LinkKind> KEYS = Map.ofEntries(
            Map.entry("permalink", LinkKind.PAGE), Map.entry("url_pdf", LinkKind.PDF),
            Map.entry("url_code", LinkKind.CODE), Map.entry("url_video", LinkKind.VIDEO),
            Map.entry("url_slides", LinkKind.SLIDES), Map.entry("url_dataset", LinkKind.DATASET),
            Map.entry("url_project", LinkKind.PROJECT), Map.entry("url_poster", LinkKind.POSTER),
            Map.entry("url_preprint", LinkKind.PREPRINT), Map.entry("url_source", LinkKind.SOURCE),
            Map.entry("url_arxiv", LinkKind.ARXIV), Map.entry("url_doi", LinkKind.DOI),
            Map.entry("url_full_text", LinkKind.PAGE));

    /** Words in a links entry's name (or type), checked in this order. */
    private static final List<Map.Entry<String, LinkKind>> NAME_WORDS = List.of(
            Map.entry("arxiv", LinkKind.ARXIV), Map.entry("doi", LinkKind.DOI),
            Map.entry("pdf", LinkKind.PDF), Map.entry("paper", LinkKind.PDF),
            Map.entry("code", LinkKind.CODE), Map.entry("github", LinkKind.CODE),
            Map.entry("software", LinkKind.CODE), Map.entry("video", LinkKind.VIDEO),
            Map.entry("talk", LinkKind.VIDEO), Map.entry("youtube", LinkKind.VIDEO),
            Map.entry("slides", LinkKind.SLIDES), Map.entry("poster", LinkKind.POSTER),
            Map.entry("dataset", LinkKind.DATASET), Map.entry("data", LinkKind.DATASET),
            Map.entry("project", LinkKind.PROJECT), Map.entry("website", LinkKind.PROJECT),
            Map.entry("preprint", LinkKind.PREPRINT), Map.entry("source", LinkKind.SOURCE));
    /** NAME_WORDS' words as whole words of a one-line name, compiled once. */
    private static final List<Map.Entry<Pattern, LinkKind>> NAME_WORD_PATTERNS = NAME_WORDS.stream()
            .map(e -> Map.entry(Pattern.compile(".*\\b" + e.getKey() + "\\b.*"), e.getValue())).toList();
    private static final Pattern CODE_HOST = Pattern.compile(
            "^https?://(www\\.)?(github\\.com|gitlab\\.com|bitbucket\\.org)/.*");
    private static final Pattern VIDEO_HOST = Pattern.compile(
            "^https?://(www\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com)/.*");

    private PageLinks() {
    }

    static Reading read(List<PublicationPage.PageLink> pageLinks) {
        List<Link> links = new ArrayList<>();
        String arxivId = null;
        String doi = null;
        for (PublicationPage.PageLink p : pageLinks) {
            String url = absolute(p.url());
            Optional<String> arxiv = Identifiers.arxivIdOfUrl(url);
            Optional<String> linkDoi = Identifiers.doiOfUrl(url);
            arxivId = arxivId != null ? arxivId : arxiv.orElse(null);
            doi = doi != null ? doi : linkDoi.orElse(null);
            LinkKind kind = refine(kindOf(p), url, arxiv.isPresent(), linkDoi.isPresent());
            links.add(new Link(kind, url, label(p, kind)));
        }
        return new Reading(links, arxivId, doi);
    }

    /** "//github.com/x" → "https://github.com/x"; everything else unchanged. */
    static String absolute(String url) {
        String u = url.strip();
        return u.startsWith("//") ? "https:" + u : u;
    }

    private static LinkKind kindOf(PublicationPage.PageLink p) {
        if (p.name() == null) {
            return KEYS.getOrDefault(p.key(), LinkKind.OTHER);
        }
        String name = p.name().toLowerCase(Locale.ROOT);
        return NAME_WORD_PATTERNS.stream().filter(e -> e.getKey().matcher(name).matches())
                .map(Map.Entry::getValue).findFirst().orElse(LinkKind.OTHER);
    }

    /** A generic kind gives way to what the URL plainly is. */
    private static LinkKind refine(LinkKind kind, String url, boolean arxiv, boolean doi) {
        boolean generic = kind == LinkKind.OTHER || kind == LinkKind.PAGE || kind == LinkKind.PREPRINT
                || kind == LinkKind.SOURCE;
        if (generic && arxiv) {
            return LinkKind.ARXIV;
        }
        if (generic && doi) {
            return LinkKind.DOI;
        }
        if (kind != LinkKind.OTHER) {
            return kind;
        }
        String host = url.toLowerCase(Locale.ROOT);
        if (CODE_HOST.matcher(host).matches()) {
            return LinkKind.CODE;
        }
        if (VIDEO_HOST.matcher(host).matches()) {
            return LinkKind.VIDEO;
        }
        return kind;
    }

    /** A links entry keeps its name; an unknown url_* key gives its suffix ("bibtex"). */
    private static String label(PublicationPage.PageLink p, LinkKind kind) {
        if (p.name() != null) {
            return p.name();
        }
        if (kind == LinkKind.OTHER && p.key().startsWith("url_")) {
            return p.key().substring("url_".length());
        }
        return null;
    }
}
