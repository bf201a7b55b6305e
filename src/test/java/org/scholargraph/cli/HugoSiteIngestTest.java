package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pointing ingest at a Hugo site root: every publication page its own source, admin resolved. */
class HugoSiteIngestTest {
    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path site = tmp.resolve("site");
        write(site.resolve("config.toml"), "title = \"Jane's site\"\n[params]\n  name = \"Someone Else\"\n");
        write(site.resolve("content/authors/admin/_index.md"), "---\ntitle: Jane Q. Doe\nrole: PhD student\n---\nBio.\n");
        write(site.resolve("content/post/hello/index.md"), "---\ntitle: Hello\ndate: 2020-01-01\n---\nA blog post.\n");
        write(site.resolve("content/publication/first/index.md"), """
                ---
                title: "A First Paper on Things"
                authors: [admin, "Bob Smith"]
                date: 2021-05-01
                publication_types: ["1"]
                publication: "International Conference on Machine Learning"
                publication_short: ICML
                ---
                """);
        write(site.resolve("content/publication/second/index.md"), """
                +++
                title = "A Second Paper"
                authors = ["Bob Smith", "admin"]
                date = 2022-02-01
                publication_types = ["2"]
                publication = "Journal of Machine Learning Research"
                draft = true
                +++
                """);
        return site;
    }

    @Test
    void aSiteRootIngestsEachPublicationPageAndResolvesAdminFromTheProfile() throws IOException {
        Cli cli = new Cli(tmp.resolve("store"));
        Path site = site();
        Cli.Run run = cli.run("ingest", site.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("loaded   hugo-publication   " + site.resolve("content/publication/first/index.md")),
                run.out());
        assertTrue(run.out().contains("draft page skipped"), run.out());
        assertTrue(run.out().contains("skipped  " + site.resolve("content/post/hello/index.md")), run.out());

        Cli.Run order = cli.run("query", "authorship-order", "-p", "title=a first paper on things", "-f", "csv");
        assertTrue(order.outLines().get(1).startsWith("1,admin,Jane Q. Doe,false"), order.out());
        assertTrue(order.outLines().get(2).startsWith("2,Bob Smith,Bob Smith,false"), order.out());
    }

    @Test
    void draftsAreKeptWithIncludeDrafts() throws IOException {
        Cli cli = new Cli(tmp.resolve("store"));
        Path site = site();
        assertEquals(0, cli.run("ingest", "--include-drafts", site.resolve("content/publication").toString()).exit());
        Cli.Run papers = cli.run("query", "papers-by-author", "-p", "author=Jane Q. Doe", "-f", "csv");
        assertEquals(3, papers.outLines().size(), papers.out());
        assertTrue(papers.out().contains("A Second Paper"), papers.out());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
