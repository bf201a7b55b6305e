package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --venues: a user's own venue series and aliases join the shipped table, in extraction and in the store. */
class VenueTableTest {
    @TempDir
    Path tmp;

    private Path page() throws Exception {
        Path page = tmp.resolve("toy.md");
        Files.writeString(page, """
                +++
                title = "Testing Toys at Scale"
                authors = ["Ann Lee", "Bob Stone"]
                year = 2023
                publication_types = ["1"]
                publication = "Proceedings of the Toy Conference on Testing"
                +++
                """);
        return page;
    }

    @Test
    void aUserVenueNamesTheSeriesOfAPageThatSpellsItOut() throws Exception {
        Path venues = tmp.resolve("venues.tsv");
        Files.writeString(venues, "# short\tfull\taliases\nTOYCONF\tToy Conference on Testing\tToyConf|Toy Conf\n");
        Cli cli = new Cli(tmp.resolve("store"));

        Cli.Run without = cli.run("extract", page().toString());
        assertTrue(!without.out().contains("\"venue\":\"TOYCONF\""), without.out());
        Cli.Run with = cli.run("extract", "--venues", venues.toString(), page().toString());
        assertEquals(0, with.exit(), with.err());
        assertTrue(with.out().contains("\"venue\":\"TOYCONF\""), with.out());

        assertEquals(0, cli.run("ingest", "--venues", venues.toString(), page().toString()).exit());
        Cli.Run venue = cli.run("query", "papers-by-author", "--param", "author=Ann Lee", "--format", "csv");
        assertEquals("Testing Toys at Scale,2023,TOYCONF,1,", venue.outLines().get(1));
    }

    @Test
    void anUnreadableVenueTableIsAUsageErrorNamingTheFile() throws Exception {
        Cli.Run run = new Cli(tmp.resolve("store")).run("ingest", "--venues", tmp.resolve("missing.tsv").toString(),
                page().toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot read the venue table " + tmp.resolve("missing.tsv")), run.err());
    }
}
