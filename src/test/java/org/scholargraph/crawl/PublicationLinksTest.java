package org.scholargraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Which links of a page look like its site's publication list, and which do not. */
class PublicationLinksTest {
    private static final String HOME = "https://jane.example.org/";

    @Test
    void followsSameSitePublicationPagesNamedByTextOrPath() {
        List<String> chosen = urls(page(
                link("/publications.html", "Publications"),
                link("https://www.jane.example.org/pubs/", "Output"),
                link("research.html", "What I work on"),
                link("/bibliography", "Full bibliography")));
        assertEquals(List.of(HOME + "publications.html", HOME + "bibliography", HOME + "research.html",
                "https://www.jane.example.org/pubs/"), chosen, "text matches first, then path matches, shallowest first");
    }

    @Test
    void leavesNewsTeachingBlogFilesOtherSitesAndNonWebLinks() {
        List<String> chosen = urls(page(
                link("/news/", "News"),
                link("/teaching.html", "Teaching"),
                link("/blog/papers-i-liked/", "Papers I liked this year"),
                link("/cv.pdf", "CV"),
                link("/papers/2021/flows.pdf", "Paper (PDF)"),
                link("/publications.bib", "BibTeX of all publications"),
                link("https://scholar.google.com/citations?user=x", "Publications on Google Scholar"),
                link("mailto:jane@example.org", "Email me about papers"),
                link("javascript:void(0)", "Publications"),
                link("#publications", "Publications (below)"),
                link("/index.html", "Research"),
                link("/newspapers/", "Newspapers"),
                link("/people/researcher.html", "Researchers")));
        assertEquals(List.of(), chosen);
    }

    @Test
    void eachUrlOnceFragmentsDroppedAndAtMostTheLimit() {
        List<String> chosen = urls(page(
                link("/publications/#2021", "Publications"),
                link("/publications/", "Full list of publications"),
                link("/papers/a/", "Papers A"),
                link("/papers/b/", "Papers B"),
                link("/papers/c/", "Papers C"),
                link("/papers/d/", "Papers D"),
                link("/papers/e/", "Papers E")));
        assertEquals(List.of(HOME + "publications/", HOME + "papers/a/", HOME + "papers/b/", HOME + "papers/c/",
                HOME + "papers/d/"), chosen);
    }

    @Test
    void aListPageComesBeforeThePagesOfSinglePapers() {
        List<String> chosen = urls(page(link("/publication/ffjord/", "FFJORD"), link("/publication/", "See all")));
        assertEquals(List.of(HOME + "publication/", HOME + "publication/ffjord/"), chosen);
    }

    @Test
    void selectedWorksCountsAsAPhraseNotAsTheWordWorks() {
        List<String> chosen = urls(page(link("/works.html", "How it works"), link("/selected.html", "Selected works")));
        assertEquals(List.of(HOME + "selected.html"), chosen);
    }

    @Test
    void realAlFolioHomeLeadsToItsPublicationsPage() throws IOException {
        Document yang = Jsoup.parse(Files.readString(
                Path.of("src/test/resources/fixtures/personal-sites/yang-song__index.html")), "https://yang-song.net/");
        assertEquals(List.of(new PublicationLinks.Link(URI.create("https://yang-song.net/publications/"),
                "publications")), new PublicationLinks(5).choose(yang));
    }

    @Test
    void realHugoAcademicHomeLeadsToItsPublicationListBeforeSinglePaperPages() throws IOException {
        Document erik = Jsoup.parse(Files.readString(
                Path.of("src/test/resources/fixtures/personal-sites/erikwijmans__index.html")), "https://wijmans.xyz/");
        List<PublicationLinks.Link> chosen = new PublicationLinks(5).choose(erik);
        assertEquals(new PublicationLinks.Link(URI.create("https://wijmans.xyz/publication/"), "All Publications"),
                chosen.get(0));
        assertEquals(5, chosen.size(), "the page links more paper pages than are followed");
        assertEquals(List.of(), chosen.subList(1, 5).stream().map(l -> l.url().getPath())
                .filter(p -> !p.startsWith("/publication/") || p.equals("/publication/")).toList());
    }

    private static List<String> urls(Document page) {
        return new PublicationLinks(5).choose(page).stream().map(l -> l.url().toString()).toList();
    }

    private static Document page(String... links) {
        return Jsoup.parse("<html><body><nav>" + String.join("\n", links) + "</nav><p>Jane studies flows.</p></body></html>",
                HOME);
    }

    private static String link(String href, String text) {
        return "<a href=\"" + href + "\">" + text + "</a>";
    }
}
