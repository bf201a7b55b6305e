package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `ingest URL` goes through the polite fetcher: a page served on 127.0.0.1 loads into the graph
 * named by its URL, an HTTP error fails that source only, robots.txt is obeyed and a CAPTCHA page
 * fails instead of loading as an empty source.
 */
class IngestUrlTest {
    @TempDir
    Path tmp;
    private HttpServer server;
    private final AtomicInteger privateHits = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        byte[] page = Files.readAllBytes(Path.of("data/samples/icml-2021-awards.html"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/virtual/2021/awards_detail", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/private/awards.html", x -> {
            privateHits.incrementAndGet();
            x.sendResponseHeaders(200, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/robots.txt", x -> send(x, "text/plain", "User-agent: *\nDisallow: /private/\n"));
        server.createContext("/captcha.html", x -> send(x, "text/html", "<html><head><title>Just a moment</title></head>"
                + "<body><p>Please verify you are human to continue.</p>"
                + "<form id=\"challenge-form\" action=\"/verify\"><div class=\"g-recaptcha\" data-sitekey=\"k\"></div>"
                + "</form></body></html>"));
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aServedAwardPageLoadsUnderItsUrlAndA404FailsAlone() {
        Cli cli = new Cli(tmp.resolve("store"));
        Cli.Run run = ingest(cli, url("/virtual/2021/awards_detail"), url("/gone"));
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("loaded   award-page         " + url("/virtual/2021/awards_detail") + "  (5 records"),
                run.out());
        assertTrue(run.out().contains("FAILED   " + url("/gone") + ": HTTP 404"), run.out());
        Cli.Run sources = cli.run("sources");
        assertTrue(sources.out().contains(url("/virtual/2021/awards_detail")), sources.out());
        Cli.Run query = cli.run("query", "outstanding-awards", "--format", "csv");
        assertEquals(6, query.outLines().size(), query.out());
    }

    @Test
    void aPathRobotsTxtDisallowsIsNeverRequested() {
        Cli.Run run = ingest(new Cli(tmp.resolve("store")), url("/private/awards.html"));
        assertEquals(1, run.exit(), run.out());
        List<String> failures = run.outLines().stream().filter(l -> l.startsWith("FAILED")).toList();
        assertEquals(List.of("FAILED   " + url("/private/awards.html") + ": disallowed by robots.txt"), failures);
        assertEquals(0, privateHits.get(), "the disallowed page was requested");
    }

    @Test
    void aCaptchaPageFailsInsteadOfLoadingNothing() {
        Cli cli = new Cli(tmp.resolve("store"));
        Cli.Run run = ingest(cli, url("/captcha.html"));
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("FAILED   " + url("/captcha.html")
                + ": blocked: the server sent a CAPTCHA or bot-check page instead of the page"), run.out());
        assertTrue(run.out().contains("1 sources: 0 loaded, 1 failed"), run.out());
        assertTrue(cli.run("sources").out().endsWith("0 sources\n"), "the blocked page left a graph behind");
    }

    private Cli.Run ingest(Cli cli, String... urls) {
        List<String> args = new ArrayList<>(List.of("ingest", "--cache=" + tmp.resolve("cache"), "--rate=50"));
        args.addAll(List.of(urls));
        return cli.run(args.toArray(String[]::new));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange x, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
