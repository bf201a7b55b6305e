package org.scholargraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.cli.Main;
import org.scholargraph.store.Store;

/**
 * A homepage with only a bio and a "Publications" link, served on 127.0.0.1: {@code ingest} and
 * {@code crawl} go on to the publications page and load its papers under that page's URL.
 */
class FollowLinksTest {
    private record Run(int exit, String out, String err) {
    }

    /**
     * Hand-written: none of the real homepages in the fixtures is a bare bio that links to a separate
     * publications page (those that have one, like yang-song and erikwijmans, also list selected
     * papers at home, so they yield papers and are rightly not followed). The publications page it
     * links to is a real one, served unchanged.
     */
    private static final String HOME = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Tingwu Wang</title></head>
            <body>
              <nav>
                <a href="/index.html">Home</a> | <a href="/publications.html">Publications</a> |
                <a href="/research.html">Research</a> |
                <a href="/news.html">News</a> | <a href="/teaching.html">Teaching</a> |
                <a href="/files/cv.pdf">CV</a> | <a href="mailto:tingwu@example.org">Email</a> |
                <a href="https://scholar.google.com/citations?user=HvJj-pEAAAAJ">Google Scholar</a>
              </nav>
              <h1>Tingwu Wang</h1>
              <p>I am a research scientist working on robot learning and character animation.
                 I did my PhD at the University of Toronto.</p>
            </body></html>
            """;
    /** A page the menu's "Research" link leads to, with no papers on it: followed, then skipped. */
    private static final String RESEARCH = """
            <html><head><title>Research</title></head><body><h1>Research interests</h1>
            <p>Physics-based character animation; see the <a href="/publications.html">publications</a>.</p>
            </body></html>
            """;

    @TempDir
    Path dir;
    private FixtureServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
        byte[] publications = Files.readAllBytes(Path.of("src/test/resources/fixtures/personal-sites/tingwuwang__index.html"));
        byte[] home = HOME.getBytes(StandardCharsets.UTF_8);
        server.route("/index.html", (x, n) -> FixtureServer.send(x, 200, "text/html; charset=utf-8", home));
        server.route("/publications.html", (x, n) -> FixtureServer.send(x, 200, "text/html; charset=utf-8", publications));
        server.route("/research.html", (x, n) -> FixtureServer.send(x, 200, "text/html; charset=utf-8",
                RESEARCH.getBytes(StandardCharsets.UTF_8)));
        for (String other : List.of("/news.html", "/teaching.html", "/files/cv.pdf")) {
            server.route(other, (x, n) -> FixtureServer.send(x, 200, "text/html", home));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void ingestOfABioOnlyHomeLoadsThePapersOfItsPublicationsPage() {
        String home = server.url("/index.html");
        String pubs = server.url("/publications.html");
        Run run = cli("ingest", "--store=" + dir.resolve("store"), home);
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("skipped  " + home + ": no records of its own; following 2 linked pages",
                "  following " + pubs, "  following " + server.url("/research.html")), lines.subList(0, 3));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("loaded   homepage           " + pubs
                + "  (16 records, 15 papers, ")), run.out());
        assertTrue(lines.contains("skipped  " + server.url("/research.html") + ": not a document of any known kind "
                + "(hugo-publication, award-page, homepage, cv-latex, site-snapshot, cv-text)"),
                "a followed page with nothing to read is no failure: " + run.out());
        List<String> titles = titlesIn(pubs);
        assertEquals(15, titles.size(), titles.toString());
        assertTrue(titles.contains("SONIC: Supersizing Motion Tracking for Natural Humanoid Whole-Body Control"),
                titles.toString());
        assertEquals(List.of(), titlesIn(home), "the home page has no graph of papers");
        for (String notFollowed : List.of("/news.html", "/teaching.html", "/files/cv.pdf")) {
            assertTrue(server.hits(notFollowed).isEmpty(), notFollowed + " was requested");
        }
        assertEquals(1, server.hits("/publications.html").size());
    }

    @Test
    void noFollowLeavesTheBioPageAloneAndItFails() {
        String home = server.url("/index.html");
        Run run = cli("ingest", "--store=" + dir.resolve("store"), "--no-follow", home);
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().startsWith("FAILED   " + home + ": not a document of any known kind"), run.out());
        assertTrue(server.hits("/publications.html").isEmpty());
    }

    @Test
    void crawlFollowsTooAndStillFollowsWhenTheHomeIsUnchanged() throws Exception {
        String home = server.url("/index.html");
        String pubs = server.url("/publications.html");
        Path manifest = dir.resolve("sources.toml");
        // Read as a homepage by force, the bio page loads (its owner) without papers, so the second
        // crawl finds it unchanged: its publications page must still be visited.
        Files.writeString(manifest, "[[source]]\nid = \"tingwu\"\nkind = \"homepage\"\nurl = \"" + home + "\"\n");

        Run first = cli("crawl", "--store=" + dir.resolve("store"), "--sources=" + manifest);
        assertEquals(0, first.exit(), first.out() + first.err());
        // Loaded sources are reported when their batch commits, so after the skipped research page.
        assertTrue(first.out().contains("loaded   homepage           " + home + "  (1 records, 0 papers"), first.out());
        assertTrue(first.out().contains("  following " + pubs), first.out());
        assertTrue(first.out().contains("loaded   homepage           " + pubs + "  (16 records, 15 papers"), first.out());
        assertTrue(first.out().contains("skipped  " + server.url("/research.html") + ": not a document of any known kind"),
                "a linked page is read by its detected kind, not the kind forced on the home page: " + first.out());

        Run second = cli("crawl", "--store=" + dir.resolve("store"), "--sources=" + manifest);
        assertEquals(0, second.exit(), second.out() + second.err());
        List<String> lines = second.out().lines().toList();
        assertEquals("skipped  " + home + ": unchanged since the last ingest", lines.get(0));
        assertEquals("  following " + pubs, lines.get(1));
        assertEquals("  following " + server.url("/research.html"), lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("loaded   homepage           " + pubs)), second.out());
        assertEquals(15, titlesIn(pubs).size());
        assertEquals(2, server.hits("/publications.html").size(), "once per crawl");
    }

    private List<String> titlesIn(String graph) {
        try (Store store = Store.open(dir.resolve("store"))) {
            return store.read(d -> {
                List<String> titles = new ArrayList<>();
                String q = "SELECT ?t { GRAPH <" + graph + "> { ?p a <" + SchemaDO.ScholarlyArticle.getURI() + "> ; <"
                        + DCTerms.title.getURI() + "> ?t } } ORDER BY ?t";
                RowSet rows = QueryExec.dataset(d).query(q).select();
                rows.forEachRemaining(b -> titles.add(b.get("t").getLiteralLexicalForm()));
                return titles;
            });
        }
    }

    private Run cli(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--cache=" + dir.resolve("cache"), "--rate=50"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
