package org.scholargraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Person;
import org.scholargraph.model.Record;
import org.scholargraph.source.Document;
import org.scholargraph.source.SourceRef;

/** Which fetched pages lead on, how deep, and that no URL is taken twice. */
class PublicationFollowerTest {
    private static final String SITE = "https://jane.example.org";
    private static final SourceRef HOME = ref("/");
    private static final List<Record> BIO = List.of(Person.named("Jane Doe", Origin.of(SITE + "/")));

    @Test
    void aHomeWithoutPapersLeadsToItsPublicationsPageAndNoFurtherThanDepthTwo() {
        PublicationFollower follower = PublicationFollower.standard(List.of(HOME));
        assertEquals(List.of(ref("/research.html")), follower.of(HOME, page(HOME, "/research.html", "Research"), BIO));
        SourceRef research = ref("/research.html");
        assertEquals(List.of(ref("/pubs.html")), follower.of(research, page(research, "/pubs.html", "Publications"),
                List.of()));
        SourceRef pubs = ref("/pubs.html");
        assertEquals(List.of(), follower.of(pubs, page(pubs, "/more-papers.html", "Older papers"), List.of()),
                "a page at depth 2 leads nowhere");
    }

    @Test
    void aPageWithPapersLeadsNowhere() {
        Paper paper = Paper.builder("Flows", Origin.of(SITE + "/")).build();
        PublicationFollower follower = PublicationFollower.standard(List.of(HOME));
        assertEquals(List.of(), follower.of(HOME, page(HOME, "/publications.html", "Publications"), List.of(paper)));
    }

    @Test
    void noUrlIsTakenTwiceStartPagesIncluded() {
        SourceRef other = ref("/about.html");
        PublicationFollower follower = PublicationFollower.standard(List.of(HOME, ref("/publications.html"), other));
        assertEquals(List.of(), follower.of(HOME, page(HOME, "/publications.html", "Publications"), BIO),
                "the publications page is already a start page");
        assertEquals(List.of(ref("/papers/")), follower.of(HOME, page(HOME, "/papers/", "Papers"), BIO));
        assertEquals(List.of(), follower.of(other, page(other, "/papers/", "Papers"), BIO));
    }

    @Test
    void filesAndNonHtmlDocumentsLeadNowhere() {
        SourceRef file = SourceRef.file(Path.of("home.html"), "home.html", false);
        PublicationFollower follower = PublicationFollower.standard(List.of(HOME, file));
        Document html = page(HOME, "/publications.html", "Publications");
        assertEquals(List.of(), follower.of(file, html, BIO));
        Document text = new Document(HOME.location(), HOME.displayName(),
                "See <a href=\"/publications.html\">Publications</a>".getBytes(StandardCharsets.UTF_8), "text/plain",
                Instant.now());
        assertEquals(List.of(), follower.of(HOME, text, BIO));
    }

    private static SourceRef ref(String path) {
        return SourceRef.url(URI.create(SITE + path));
    }

    private static Document page(SourceRef at, String href, String text) {
        String html = "<html><body><p>Jane Doe studies flows.</p><a href=\"" + href + "\">" + text + "</a></body></html>";
        return new Document(at.location(), at.displayName(), html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", Instant.now());
    }
}
