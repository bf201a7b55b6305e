package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ingest URL`: a page served on 127.0.0.1 loads into the graph named by its URL; an HTTP error fails that source only. */
class IngestUrlTest {
    @TempDir
    Path tmp;
    private HttpServer server;

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
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Cli cli = new Cli(tmp.resolve("store"));
        Cli.Run run = cli.run("ingest", base + "/virtual/2021/awards_detail", base + "/gone");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("loaded   award-page         " + base + "/virtual/2021/awards_detail  (5 records"), run.out());
        assertTrue(run.out().contains("FAILED   " + base + "/gone: HTTP 404"), run.out());
        Cli.Run sources = cli.run("sources");
        assertTrue(sources.out().contains(base + "/virtual/2021/awards_detail"), sources.out());
        Cli.Run query = cli.run("query", "outstanding-awards", "--format", "csv");
        assertEquals(6, query.outLines().size(), query.out());
    }
}
