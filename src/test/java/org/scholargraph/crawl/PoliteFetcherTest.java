package org.scholargraph.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.source.Document;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceRef;

class PoliteFetcherTest {
    private static final Path ICML = Path.of("data/samples/icml-2021-awards.html");

    @TempDir
    Path cacheDir;
    private FixtureServer server;
    private byte[] icml;

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
        icml = Files.readAllBytes(ICML);
        server.route("/icml.html", (x, n) -> FixtureServer.send(x, 200, "text/html; charset=utf-8", icml));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Fast settings for tests: a high rate, short timeouts and backoff. */
    /**
     * Timeouts generous enough for a loaded machine: a robots.txt request that timed out would
     * disallow the whole site and fail tests about something else.
     */
    private CrawlSettings settings() {
        return withReadTimeout(Duration.ofSeconds(5));
    }

    private CrawlSettings withReadTimeout(Duration readTimeout) {
        return new CrawlSettings(1000, "mailto:crawl-test@example.org", Duration.ofSeconds(5), readTimeout,
                1_000_000, 5, 2, Duration.ofMillis(20), Duration.ofSeconds(5), cacheDir, false);
    }

    private Document fetch(PoliteFetcher fetcher, String path) throws SourceException {
        return fetcher.fetch(SourceRef.url(URI.create(server.url(path))));
    }

    private SourceException failure(PoliteFetcher fetcher, String path) {
        return assertThrows(SourceException.class, () -> fetch(fetcher, path));
    }

    @Test
    void fetchesAPageWithAUserAgentNamingToolAndContact() throws Exception {
        Document doc = fetch(new PoliteFetcher(settings()), "/icml.html");
        assertArrayEquals(icml, doc.bytes());
        assertEquals(server.url("/icml.html"), doc.location());
        assertTrue(doc.mediaType().startsWith("text/html"));
        String agent = server.hits("/icml.html").get(0).header("User-Agent");
        assertTrue(agent.startsWith("scholargraph/"), agent);
        assertTrue(agent.contains("mailto:crawl-test@example.org"), agent);
        assertEquals(1, server.hits("/robots.txt").size(), "robots.txt is read before the first page");
    }

    @Test
    void notFoundIsAnErrorNamingTheUrlAndIsNotRetried() {
        SourceException e = failure(new PoliteFetcher(settings()), "/missing.html");
        assertEquals(server.url("/missing.html") + ": HTTP 404", e.getMessage());
        assertEquals(1, server.hits("/missing.html").size());
    }

    @Test
    void serverErrorIsRetriedUntilItSucceeds() throws Exception {
        server.route("/flaky.html", (x, n) -> {
            if (n == 1) {
                FixtureServer.text(x, 500, "oops");
            } else {
                FixtureServer.send(x, 200, "text/html", icml);
            }
        });
        assertArrayEquals(icml, fetch(new PoliteFetcher(settings()), "/flaky.html").bytes());
        assertEquals(2, server.hits("/flaky.html").size());
    }

    @Test
    void serverErrorThatPersistsFailsAfterTheRetries() {
        server.route("/down.html", (x, n) -> FixtureServer.text(x, 503, "down"));
        SourceException e = failure(new PoliteFetcher(settings()), "/down.html");
        assertEquals(server.url("/down.html") + ": HTTP 503 after 3 attempts", e.getMessage());
        assertEquals(3, server.hits("/down.html").size());
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
        server.route("/busy.html", (x, n) -> {
            if (n == 1) {
                x.getResponseHeaders().set("Retry-After", "1");
                FixtureServer.text(x, 429, "slow down");
            } else {
                FixtureServer.send(x, 200, "text/html", icml);
            }
        });
        assertArrayEquals(icml, fetch(new PoliteFetcher(settings()), "/busy.html").bytes());
        List<FixtureServer.Hit> hits = server.hits("/busy.html");
        assertEquals(2, hits.size());
        long gapMillis = (hits.get(1).nanos() - hits.get(0).nanos()) / 1_000_000;
        assertTrue(gapMillis >= 950, "retried after " + gapMillis + " ms, Retry-After asked for 1 s");
    }

    @Test
    void retryAfterBeyondTheLimitFailsAtOnce() {
        server.route("/later.html", (x, n) -> {
            x.getResponseHeaders().set("Retry-After", "86400");
            FixtureServer.text(x, 429, "come back tomorrow");
        });
        SourceException e = failure(new PoliteFetcher(settings()), "/later.html");
        assertTrue(e.getMessage().startsWith(server.url("/later.html") + ": HTTP 429 with Retry-After of 86400 s"),
                e.getMessage());
        assertEquals(1, server.hits("/later.html").size());
    }

    @Test
    void slowResponseHitsTheTimeout() {
        server.route("/slow.html", (x, n) -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.send(x, 200, "text/html", icml);
        });
        long start = System.nanoTime();
        SourceException e = failure(new PoliteFetcher(withReadTimeout(Duration.ofMillis(300))), "/slow.html");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(server.url("/slow.html") + ": timed out after 0.3 s (3 attempts)", e.getMessage());
        assertTrue(millis < 1900, "gave up after " + millis + " ms");
    }

    @Test
    void followsARedirectChainToThePage() throws Exception {
        server.route("/a", (x, n) -> FixtureServer.redirect(x, "/b"));
        server.route("/b", (x, n) -> FixtureServer.redirect(x, server.url("/icml.html")));
        Document doc = fetch(new PoliteFetcher(settings()), "/a");
        assertArrayEquals(icml, doc.bytes());
        assertEquals(server.url("/a"), doc.location(), "the source keeps the URL the user named");
        assertEquals(1, server.hits("/b").size());
    }

    @Test
    void redirectLoopIsDetected() {
        server.route("/loop1", (x, n) -> FixtureServer.redirect(x, "/loop2"));
        server.route("/loop2", (x, n) -> FixtureServer.redirect(x, "/loop1"));
        SourceException e = failure(new PoliteFetcher(settings()), "/loop1");
        assertEquals(server.url("/loop1") + ": redirect loop back to " + server.url("/loop1"), e.getMessage());
        assertEquals(1, server.hits("/loop1").size());
    }

    @Test
    void redirectChainLongerThanTheLimitFails() {
        for (int i = 0; i < 8; i++) {
            String next = "/hop" + (i + 1);
            server.route("/hop" + i, (x, n) -> FixtureServer.redirect(x, next));
        }
        SourceException e = failure(new PoliteFetcher(settings()), "/hop0");
        assertEquals(server.url("/hop0") + ": more than 5 redirects", e.getMessage());
        assertTrue(server.hits("/hop6").isEmpty());
    }

    @Test
    void robotsDisallowIsObeyedAtEveryHop() {
        server.route("/robots.txt", (x, n) -> FixtureServer.text(x, 200,
                "User-agent: *\nDisallow: /nothing-here\n\nUser-agent: scholargraph\nDisallow: /private/\n"));
        server.route("/private/page.html", (x, n) -> FixtureServer.send(x, 200, "text/html", icml));
        server.route("/moved", (x, n) -> FixtureServer.redirect(x, "/private/page.html"));
        PoliteFetcher fetcher = new PoliteFetcher(settings());
        assertEquals(server.url("/private/page.html") + ": disallowed by robots.txt",
                failure(fetcher, "/private/page.html").getMessage());
        assertEquals(server.url("/moved") + ": disallowed by robots.txt at " + server.url("/private/page.html"),
                failure(fetcher, "/moved").getMessage());
        assertTrue(server.hits("/private/page.html").isEmpty(), "a disallowed page is never requested");
        assertEquals(1, server.hits("/robots.txt").size(), "robots.txt is read once per host");
    }

    @Test
    void robotsTxtServerErrorDisallowsTheWholeSite() {
        server.route("/robots.txt", (x, n) -> FixtureServer.text(x, 500, "broken"));
        SourceException e = failure(new PoliteFetcher(settings()), "/icml.html");
        assertEquals(server.url("/icml.html") + ": disallowed by robots.txt", e.getMessage());
        assertTrue(server.hits("/icml.html").isEmpty(), "RFC 9309: an unreachable robots.txt disallows everything");
    }

    @Test
    void robotsCrawlDelaySpacesRequests() throws Exception {
        server.route("/robots.txt", (x, n) -> FixtureServer.text(x, 200, "User-agent: *\nCrawl-delay: 1\n"));
        server.route("/other.html", (x, n) -> FixtureServer.send(x, 200, "text/html", icml));
        PoliteFetcher fetcher = new PoliteFetcher(settings());
        fetch(fetcher, "/icml.html");
        fetch(fetcher, "/other.html");
        long gapMillis = (server.hits("/other.html").get(0).nanos() - server.hits("/icml.html").get(0).nanos())
                / 1_000_000;
        assertTrue(gapMillis >= 950, "second request after " + gapMillis + " ms, crawl-delay is 1 s");
    }

    @Test
    void rateLimitIsMeasuredAtTheServer() throws Exception {
        server.route("/p2.html", (x, n) -> FixtureServer.send(x, 200, "text/html", icml));
        server.route("/p3.html", (x, n) -> FixtureServer.send(x, 200, "text/html", icml));
        server.route("/p4.html", (x, n) -> FixtureServer.send(x, 200, "text/html", icml));
        PoliteFetcher fetcher = new PoliteFetcher(settings().withRate(5));
        // The first request also loads the HTTP client's classes and opens the connection: on a
        // loaded machine it reaches the server late, and the next one (spaced from the first's
        // start, as a crawl delay is) early. The span is measured over the three after it.
        for (String path : List.of("/icml.html", "/p2.html", "/p3.html", "/p4.html")) {
            fetch(fetcher, path);
        }
        long spanMillis = (server.hits("/p4.html").get(0).nanos() - server.hits("/p2.html").get(0).nanos())
                / 1_000_000;
        // Two 200 ms gaps; the server stamps arrivals, which may land a few ms early of the client's spacing.
        assertTrue(spanMillis >= 380, "3 requests at 5 req/s spanned " + spanMillis + " ms");
        assertTrue(spanMillis < 1500, "3 requests at 5 req/s spanned " + spanMillis + " ms");
    }

    @Test
    void oversizedBodyIsRefused() {
        CrawlSettings s = settings();
        CrawlSettings small = new CrawlSettings(s.requestsPerSecond(), s.contact(), s.connectTimeout(),
                s.readTimeout(), 10_000, s.maxRedirects(), s.maxRetries(), s.backoff(), s.maxRetryWait(), cacheDir,
                false);
        SourceException e = failure(new PoliteFetcher(small), "/icml.html");
        assertEquals(server.url("/icml.html") + ": response is over the 10000-byte limit", e.getMessage());
    }

    @Test
    void forbiddenIsBlockedNotEmpty() {
        server.route("/forbidden.html", (x, n) -> FixtureServer.text(x, 403, "go away"));
        SourceException e = failure(new PoliteFetcher(settings()), "/forbidden.html");
        assertEquals(server.url("/forbidden.html") + ": HTTP 403: blocked (the site refuses the crawler)",
                e.getMessage());
    }

    @Test
    void captchaPageIsBlockedNotADocument() {
        server.route("/captcha.html", (x, n) -> FixtureServer.send(x, 200, "text/html", html(
                "<title>Just a moment</title>",
                "<h1>Are you a robot?</h1><form action=\"/verify\"><div class=\"g-recaptcha\" data-sitekey=\"k\"></div></form>")));
        SourceException e = failure(new PoliteFetcher(settings()), "/captcha.html");
        assertEquals(server.url("/captcha.html") + ": blocked: the server sent a CAPTCHA or bot-check page instead of the page",
                e.getMessage());
    }

    @Test
    void loginPageIsBlockedNotADocument() {
        server.route("/login.html", (x, n) -> FixtureServer.send(x, 200, "text/html", html("<title>Sign in</title>",
                "<form method=post><input name=user><input type=password name=pw><button>Sign in</button></form>")));
        SourceException e = failure(new PoliteFetcher(settings()), "/login.html");
        assertTrue(e.getMessage().startsWith(server.url("/login.html") + ": blocked: the server sent a login page"),
                e.getMessage());
    }

    @Test
    void aPaperAboutCaptchasIsNotABlocker() throws Exception {
        byte[] page = html("<title>Publications</title>",
                "<ul><li>CAPTCHA: Using Hard AI Problems for Security. L. von Ahn, M. Blum. EUROCRYPT 2003.</li></ul>");
        server.route("/pubs.html", (x, n) -> FixtureServer.send(x, 200, "text/html", page));
        assertArrayEquals(page, fetch(new PoliteFetcher(settings()), "/pubs.html").bytes());
    }

    @Test
    void offlineServesTheCacheAndFailsClearlyForAnUncachedUrl() throws Exception {
        fetch(new PoliteFetcher(settings()), "/icml.html");
        String url = server.url("/icml.html");
        String uncached = server.url("/never.html");
        server.close();
        PoliteFetcher offline = new PoliteFetcher(settings().withOffline(true));
        Document doc = offline.fetch(SourceRef.url(URI.create(url)));
        assertArrayEquals(icml, doc.bytes());
        assertTrue(doc.mediaType().startsWith("text/html"));
        SourceException e = assertThrows(SourceException.class, () -> offline.fetch(SourceRef.url(URI.create(uncached))));
        assertTrue(e.getMessage().startsWith(uncached + ": not in the cache"), e.getMessage());
    }

    @Test
    void notModifiedServesTheCachedBody() throws Exception {
        server.route("/etag.html", (x, n) -> {
            String etag = "\"v1\"";
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
            } else {
                x.getResponseHeaders().set("ETag", etag);
                x.getResponseHeaders().set("Last-Modified", "Tue, 03 Aug 2021 10:00:00 GMT");
                FixtureServer.send(x, 200, "text/html", icml);
            }
        });
        fetch(new PoliteFetcher(settings()), "/etag.html");
        Document again = fetch(new PoliteFetcher(settings()), "/etag.html");
        assertArrayEquals(icml, again.bytes());
        List<FixtureServer.Hit> hits = server.hits("/etag.html");
        assertNull(hits.get(0).header("If-None-Match"));
        assertEquals("\"v1\"", hits.get(1).header("If-None-Match"));
        assertEquals("Tue, 03 Aug 2021 10:00:00 GMT", hits.get(1).header("If-Modified-Since"));
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        server.route("/to-ftp", (x, n) -> FixtureServer.redirect(x, "ftp://127.0.0.1/file"));
        SourceException e = failure(new PoliteFetcher(settings()), "/to-ftp");
        assertEquals(server.url("/to-ftp") + ": only http(s) URLs are fetched, not ftp://127.0.0.1/file",
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static byte[] html(String head, String body) {
        return ("<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
