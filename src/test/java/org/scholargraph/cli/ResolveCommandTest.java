package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `resolve --explain`, `conflicts` and `remove` as a user runs them on the five samples. */
class ResolveCommandTest {
    @TempDir
    Path tmp;

    @Test
    void explainShowsTheSpellingsTheMergesTheirEvidenceAndWhatWasKeptApart() {
        Cli cli = new Cli(tmp.resolve("store"));
        Cli.Run ingest = cli.run("ingest", "data/samples");
        assertEquals(0, ingest.exit(), ingest.out());
        assertTrue(ingest.out().contains("resolved 80 person names to 62 people"), ingest.out());
        Cli.Run again = cli.run("ingest", "data/samples");
        assertTrue(again.out().contains("16 of 16 title-less abstracts linked; resolution unchanged"), again.out());

        Cli.Run explain = cli.run("resolve", "--explain", "kevin swersky");
        assertEquals(0, explain.exit(), explain.err());
        List<String> lines = explain.outLines();
        assertEquals("Kevin Swersky  <https://w3id.org/scholargraph/id/person/kevin-swersky>", lines.get(0));
        assertTrue(lines.contains("  as 'Kevin Swerskey' in data/samples/grathwohl-cv.txt"), explain.out());
        assertTrue(lines.contains("  as 'Kevin Swersky' in data/samples/icml-2021-awards.html"), explain.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  merged       name-variant+shared-paper (score 0.986): "
                + "'Kevin Swerskey' / 'Kevin Swersky': both are authors of 'Oops I Took")), explain.out());
        // The 2024 snapshot's Kevin Swersky shares no paper or co-author with the others: a second person, said so.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Kevin Swersky  <https://w3id.org/scholargraph/id/person/kevin-swersky-")),
                explain.out());
        // Read off the graph (two people sharing a spelling), not stored as a decision: shown from both sides.
        assertEquals(2, lines.stream().filter(l -> l.startsWith("  kept apart   same-name+no-second-signal (score 1.000): 'Kevin Swersky'"
                + " <https://w3id.org/scholargraph/id/person/kevin-swersky")).count(), explain.out());

        List<String> will = cli.run("resolve", "--explain", "WILL GRATHWOHL").outLines();
        assertEquals(List.of("Will Grathwohl  <https://w3id.org/scholargraph/id/person/will-grathwohl>",
                "  as 'Will Grathwohl' in data/samples/ffjord-publication.md",
                "  as 'Will Grathwohl' in data/samples/grathwohl-cv.txt",
                "  as 'Will Grathwohl' in data/samples/icml-2021-awards.html",
                "  merged       same-name+shared-paper (score 1.000): 2 merges of spellings that fold alike and share a paper"
                        + " (read off the graph, not stored one by one)"), will);

        Cli.Run nobody = cli.run("resolve", "--explain", "Jackson Wang");
        assertTrue(nobody.out().contains("as 'Jackson Wang' in data/samples/grathwohl-cv.txt"), nobody.out());
        assertTrue(nobody.out().contains("nothing to merge or keep apart"), nobody.out());
        assertTrue(cli.run("resolve", "--explain", "No Such Person").out()
                .startsWith("no person or paper in the resolution graph is named 'No Such Person'"));
    }

    /** A Hugo publication page in its own folder (folders are sites: two folders share no owner). */
    private Path page(String site, String title, String... authors) throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve(site));
        Path page = dir.resolve("index.md");
        java.nio.file.Files.writeString(page, """
                +++
                title = "%s"
                authors = [%s]
                year = 2023
                publication_types = ["1"]
                +++
                """.formatted(title, String.join(", ", java.util.Arrays.stream(authors).map(a -> '"' + a + '"').toList())));
        return page;
    }

    @Test
    void variantsKeptApartForWantOfASecondSignalAreShownFromBothSidesWithoutAStoredDecision() throws Exception {
        Cli cli = new Cli(tmp.resolve("store"));
        Cli.Run ingest = cli.run("ingest", page("a", "Sampling Toys Quickly", "Chris J. Maddison", "Ann Lee").toString(),
                page("b", "Counting Toys Slowly", "Chris Maddison", "Bob Stone").toString());
        assertEquals(0, ingest.exit(), ingest.out() + ingest.err());

        List<String> full = cli.run("resolve", "--explain", "Chris J. Maddison").outLines();
        assertEquals("Chris J. Maddison  <https://w3id.org/scholargraph/id/person/chris-j-maddison>", full.get(0), full.toString());
        assertTrue(full.contains("  kept apart   name-variant+no-second-signal (score 0.975): 'Chris J. Maddison' / 'Chris Maddison'"
                + " <https://w3id.org/scholargraph/id/person/chris-maddison>: no shared paper, co-author or homepage (read off the graph)"),
                full.toString());
        List<String> shorter = cli.run("resolve", "--explain", "chris maddison").outLines();
        assertTrue(shorter.contains("  kept apart   name-variant+no-second-signal (score 0.975): 'Chris Maddison' / 'Chris J. Maddison'"
                + " <https://w3id.org/scholargraph/id/person/chris-j-maddison>: no shared paper, co-author or homepage (read off the graph)"),
                shorter.toString());
        // Ann Lee and Bob Stone share no block with anyone: nothing is read off for them.
        assertTrue(cli.run("resolve", "--explain", "Ann Lee").out().contains("nothing to merge or keep apart"));

        Cli.Run stored = cli.run("query", "--sparql", "PREFIX sg: <https://w3id.org/scholargraph/ontology#> "
                + "SELECT (COUNT(?d) AS ?n) WHERE { ?d a sg:KeptApart }", "--format", "csv");
        assertEquals(List.of("n", "0"), stored.outLines());
    }

    @Test
    void conflictsNameEachSourceAndRemovingASourceTakesItsConflictsAndMergesAway() {
        Cli cli = new Cli(tmp.resolve("store"));
        cli.run("ingest", "data/samples");

        Cli.Run conflicts = cli.run("conflicts");
        assertEquals(0, conflicts.exit(), conflicts.err());
        assertEquals(List.of(
                "award: FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models",
                "    Best Student Paper (2018)  (data/samples/ffjord-publication.md)",
                "    Best Paper Award (2018)  (data/samples/grathwohl-cv.txt)",
                "impossible value: Oops I Took a Gradient: Scalable Sampling for Discrete Distributions",
                "    year 20201  (data/samples/grathwohl-cv.txt)",
                "    year 2021  (data/samples/icml-2021-awards.html)"), conflicts.outLines());
        assertEquals(List.of("award: FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models"),
                cli.run("conflicts", "--kind", "award").outLines().subList(0, 1));

        Cli.Run remove = cli.run("remove", "data/samples/icml-2021-awards.html");
        assertEquals(0, remove.exit(), remove.out() + remove.err());
        assertTrue(remove.outLines().get(1).startsWith("resolved "), remove.out());
        Cli.Run after = cli.run("conflicts");
        assertFalse(after.out().contains("icml-2021-awards.html"), after.out());
        assertFalse(cli.run("resolve", "--explain", "Kevin Swersky").out().contains("icml-2021-awards.html"));
    }
}
