package org.scholargraph.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses, among a page's links, those that look like the same site's publication list: a link
 * on the same host (http or https, a leading "www." ignored), to a page rather than a file,
 * whose anchor text or path has a word such as "publications", "papers", "pubs", "research" or
 * "bibliography" and none such as "news", "blog", "teaching" or "cv". Words, not substrings, so
 * "/newspapers" and "Researcher" do not count. Links whose text says so come before links whose
 * path alone does; at most {@code limit} links per page, each URL once, fragments dropped.
 */
public final class PublicationLinks {
    /** A chosen link: where it goes and its anchor text, for the report. */
    public record Link(URI url, String text) {
    }

    private static final Set<String> WANTED = Set.of("publications", "publication", "papers", "pubs", "research",
            "bibliography", "preprints");
    private static final List<String> WANTED_PHRASES = List.of("selected works", "published works", "list of works");
    private static final Set<String> UNWANTED = Set.of("news", "blog", "blogs", "posts", "teaching", "courses",
            "course", "cv", "vita", "resume", "talks", "slides", "press", "media", "events", "jobs", "openings",
            "login", "signin", "feed", "rss", "tags", "tag", "category");
    /** Paths ending in one of these are pages; any other extension is a file (a PDF, slides, an archive). */
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml", "php", "asp", "aspx",
            "jsp");

    private final int limit;

    public PublicationLinks(int limit) {
        this.limit = limit;
    }

    /** The links to follow from a page parsed with its URL as base URI, best first. */
    public List<Link> choose(Document page) {
        URI here = withoutFragment(page.location()).orElse(null);
        if (here == null || here.getHost() == null) {
            return List.of();
        }
        Map<URI, Link> byText = new LinkedHashMap<>();
        Map<URI, Link> byPath = new LinkedHashMap<>();
        for (Element a : page.select("a[href]")) {
            candidate(here, a).ifPresent(link -> {
                if (wanted(link.text())) {
                    byText.putIfAbsent(link.url(), link);
                } else if (wanted(link.url().getPath())) {
                    byPath.putIfAbsent(link.url(), link);
                }
            });
        }
        List<Link> chosen = new ArrayList<>(byText.values());
        // A list page sits above the pages of single papers (/publication/ before /publication/ffjord/).
        byPath.values().stream().filter(l -> !byText.containsKey(l.url()))
                .sorted(Comparator.comparingInt(l -> depth(l.url()))).forEach(chosen::add);
        return List.copyOf(chosen.subList(0, Math.min(limit, chosen.size())));
    }

    /** A link to another page of the site that neither its text nor its path rules out. */
    private static Optional<Link> candidate(URI here, Element a) {
        return withoutFragment(a.absUrl("href")).filter(target -> onward(here, target))
                .map(target -> new Link(target, a.text().strip()))
                .filter(link -> !unwanted(link.text()) && !unwanted(link.url().getPath()));
    }

    private static boolean wanted(String text) {
        List<String> words = split(text);
        String spaced = String.join(" ", words);
        return words.stream().anyMatch(WANTED::contains) || WANTED_PHRASES.stream().anyMatch(spaced::contains);
    }

    private static boolean unwanted(String text) {
        return split(text).stream().anyMatch(UNWANTED::contains);
    }

    /** Another page of the same site, not a file. */
    private static boolean onward(URI here, URI target) {
        return !samePage(here, target) && sameSite(here, target) && !isFile(target);
    }

    /** "/" and "/index.html" are one page: a "Research" link back to the home page is no way onward. */
    private static boolean samePage(URI here, URI there) {
        return directory(here).equals(directory(there));
    }

    private static URI directory(URI url) {
        String s = url.toString();
        return URI.create(s.replaceFirst("/index\\.(html?|php)$", "/"));
    }

    private static int depth(URI url) {
        return (int) url.getPath().chars().filter(c -> c == '/').count();
    }

    private static boolean sameSite(URI here, URI there) {
        String scheme = there.getScheme() == null ? "" : there.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && there.getHost() != null
                && bareHost(here).equals(bareHost(there));
    }

    private static String bareHost(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isFile(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 && !PAGE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Optional<URI> withoutFragment(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(url.strip());
            return Optional.of(new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null).normalize());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
