package org.scholargraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.cli.Main;
import org.scholargraph.store.Store;

/** {@code scholargraph crawl} end to end: a manifest of URLs served by a real server on 127.0.0.1. */
class CrawlCommandTest {
    private record Run(int exit, String out, String err) {
    }

    @TempDir
    Path dir;
    private FixtureServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer();
        byte[] icml = Files.readAllBytes(Path.of("data/samples/icml-2021-awards.html"));
        byte[] ffjord = Files.readAllBytes(Path.of("data/samples/ffjord-publication.md"));
        server.route("/icml/awards.html", (x, n) -> FixtureServer.send(x, 200, "text/html; charset=utf-8", icml));
        server.route("/ffjord/index.md", (x, n) -> FixtureServer.send(x, 200, "text/markdown; charset=utf-8", ffjord));
        server.route("/captcha.html", (x, n) -> FixtureServer.send(x, 200, "text/html",
                "<html><head><title>Attention required</title></head><body><p>Please verify you are human.</p>"
                        .concat("<div class=\"h-captcha\" data-sitekey=\"x\"></div></body></html>").getBytes()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void crawlsIngestsAndSkipsUnchangedContentEvenOffline() throws Exception {
        Path manifest = manifest(entry("icml", "award-page", server.url("/icml/awards.html")),
                entry("ffjord", "auto", server.url("/ffjord/index.md")));
        String icmlUrl = server.url("/icml/awards.html");

        Run first = crawl(manifest);
        assertEquals(0, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("loaded   award-page         " + icmlUrl), first.out());
        assertTrue(first.out().contains("loaded   hugo-publication   " + server.url("/ffjord/index.md")), first.out());
        Instant ingestedAt = ingestedAt(icmlUrl);

        Run second = crawl(manifest);
        assertEquals(0, second.exit(), second.out() + second.err());
        assertTrue(second.out().contains("skipped  " + icmlUrl + ": unchanged since the last ingest"), second.out());
        assertTrue(second.out().startsWith("2 sources: 0 loaded, 0 failed, 2 skipped")
                || second.out().contains("2 sources: 0 loaded, 0 failed, 2 skipped"), second.out());
        assertEquals(ingestedAt, ingestedAt(icmlUrl), "an unchanged source is not written again");

        server.close();
        Run offline = crawl(manifest, "--offline");
        assertEquals(0, offline.exit(), offline.out() + offline.err());
        assertTrue(offline.out().contains("skipped  " + icmlUrl + ": unchanged since the last ingest"), offline.out());
    }

    @Test
    void anUnchangedPageWhoseGraphAnOlderExtractorWroteIsReadAgain() throws Exception {
        Path manifest = manifest(entry("icml", "award-page", server.url("/icml/awards.html")),
                entry("ffjord", "auto", server.url("/ffjord/index.md")));
        String icmlUrl = server.url("/icml/awards.html");
        String ffjordUrl = server.url("/ffjord/index.md");
        assertEquals(0, crawl(manifest).exit());
        String current = version(icmlUrl);
        // As a store written before the award-page extractor's last upgrade records it.
        try (Store store = Store.open(dir.resolve("store"))) {
            store.update(d -> {
                org.apache.jena.graph.Node meta = org.apache.jena.graph.NodeFactory.createURI(org.scholargraph.rdf.SG.META_GRAPH);
                org.apache.jena.graph.Node source = org.apache.jena.graph.NodeFactory.createURI(icmlUrl);
                d.deleteAny(meta, source, org.scholargraph.rdf.SG.extractorVersion, org.apache.jena.graph.Node.ANY);
                d.add(meta, source, org.scholargraph.rdf.SG.extractorVersion, org.apache.jena.graph.NodeFactory.createLiteralString("1"));
                return null;
            });
        }
        Instant before = ingestedAt(icmlUrl);

        Run again = crawl(manifest);

        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("loaded   award-page         " + icmlUrl), again.out());
        assertTrue(again.out().contains("skipped  " + ffjordUrl + ": unchanged since the last ingest"), again.out());
        assertEquals(current, version(icmlUrl));
        assertTrue(ingestedAt(icmlUrl).isAfter(before), "the page was written again");
        assertTrue(!current.equals("1"), "the current version is not the one a store of version 1 recorded");
    }

    @Test
    void offlineWithoutACacheFailsNamingTheUrl() throws Exception {
        String url = server.url("/icml/awards.html");
        Run run = crawl(manifest(entry("icml", "auto", url)), "--offline");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAILED   " + url + ": not in the cache"), run.out());
        assertTrue(server.hits("/icml/awards.html").isEmpty());
    }

    @Test
    void blockedAndMissingSourcesFailWithoutStoppingTheOthers() throws Exception {
        Run run = crawl(manifest(entry("captcha", "auto", server.url("/captcha.html")),
                entry("gone", "auto", server.url("/gone.html")),
                entry("icml", "auto", server.url("/icml/awards.html"))));
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAILED   " + server.url("/captcha.html")
                + ": blocked: the server sent a CAPTCHA or bot-check page instead of the page"), run.out());
        assertTrue(run.out().contains("FAILED   " + server.url("/gone.html") + ": HTTP 404"), run.out());
        assertTrue(run.out().contains("loaded   award-page"), run.out());
    }

    @Test
    void anInvalidManifestFetchesNothing() throws Exception {
        Path manifest = manifest(entry("icml", "auto", server.url("/icml/awards.html")),
                entry("bad", "auto", "gopher://example.org/"));
        Run run = crawl(manifest);
        assertEquals(1, run.exit());
        assertEquals("scholargraph: " + manifest + ":9: url 'gopher://example.org/' is not http(s)",
                run.err().strip());
        assertTrue(server.hits("/icml/awards.html").isEmpty());
        assertTrue(server.hits("/robots.txt").isEmpty());
    }

    @Test
    void bundledManifestLoadsTheIcmlSample() {
        Run run = crawl(Path.of("data/sources.toml"));
        assertTrue(run.out().contains("loaded   award-page         data/samples/icml-2021-awards.html"), run.out());
        assertTrue(run.out().contains("loaded   hugo-publication   data/samples/ffjord-publication.md"), run.out());
    }

    private Run crawl(Path manifest, String... extra) {
        List<String> args = new ArrayList<>(List.of("crawl", "--store=" + dir.resolve("store"),
                "--cache=" + dir.resolve("cache"), "--sources=" + manifest, "--rate=50",
                "--contact=crawl-test@example.org"));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private String version(String graph) {
        try (Store store = Store.open(dir.resolve("store"))) {
            return store.source(graph).orElseThrow().extractorVersion();
        }
    }

    private Instant ingestedAt(String graph) {
        try (Store store = Store.open(dir.resolve("store"))) {
            return store.source(graph).orElseThrow().ingestedAt();
        }
    }

    private Path manifest(String... entries) throws Exception {
        Path file = dir.resolve("sources.toml");
        Files.writeString(file, String.join("\n", entries));
        return file;
    }

    private static String entry(String id, String kind, String url) {
        return "[[source]]\nid = \"" + id + "\"\nkind = \"" + kind + "\"\nurl = \"" + url + "\"\n";
    }
}
