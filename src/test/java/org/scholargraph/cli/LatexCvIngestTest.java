package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A LaTeX CV section file through the command line: detected as cv-latex, printed as JSON Lines, ingested and queried. */
class LatexCvIngestTest {
    private static final String PUBLICATIONS = "src/test/resources/fixtures/cv-text/epignatelli__publications.tex";

    @TempDir
    Path tmp;

    @Test
    void extractPrintsThePapersInTheJsonLinesContract() throws IOException {
        Cli.Run run = new Cli(tmp.resolve("store")).run("extract", PUBLICATIONS);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.outLines();
        assertEquals(15, lines.size(), run.out());
        JsonNode survey = new ObjectMapper().readTree(lines.get(3));
        assertEquals("paper", survey.get("type").asText());
        assertEquals("A Survey of Temporal Credit Assignment in Deep Reinforcement Learning", survey.get("title").asText());
        assertEquals("TMLR", survey.get("venue").asText());
        assertEquals(2024, survey.get("year").asInt());
        assertEquals("Survey Certification", survey.get("awards").get(0).asText());
        assertEquals("E. Pignatelli", survey.get("authors").get(0).get("name").asText());
        assertTrue(survey.get("authors").get(0).get("siteOwner").asBoolean());
        assertEquals("preprint", new ObjectMapper().readTree(lines.get(0)).get("paperType").asText());
    }

    @Test
    void anIngestedTexCvIsQueryableByAuthor() {
        Cli cli = new Cli(tmp.resolve("store"));
        Cli.Run ingest = cli.run("ingest", PUBLICATIONS);
        assertEquals(0, ingest.exit(), ingest.out() + ingest.err());
        assertTrue(ingest.out().contains("loaded   cv-latex"), ingest.out());

        Cli.Run query = cli.run("query", "papers-by-author", "--param", "author=e. pignatelli", "--format", "csv");
        assertEquals(0, query.exit(), query.err());
        List<String> rows = query.outLines();
        assertEquals(16, rows.size(), query.out());
        assertTrue(rows.contains("A Survey of Temporal Credit Assignment in Deep Reinforcement Learning,2024,TMLR,1,"
                + "Survey Certification"), query.out());
        assertTrue(rows.contains("AgentQuest: Benchmarking LLM and VLM Agents on Long-Horizon Interactive Tasks,2025,,7,"),
                query.out());

        Cli.Run coauthor = cli.run("query", "papers-by-author", "--param", "author=Tim Rocktäschel", "--format", "csv");
        // The CV prints him "Tim Rocktäschel" on one paper and "T. Rocktäschel" on another; the two spellings
        // share co-authors, so resolution makes them one person with both papers.
        assertEquals(List.of("title,year,venue,ordinal,awards",
                "AgentQuest: Benchmarking LLM and VLM Agents on Long-Horizon Interactive Tasks,2025,,13,",
                "Assessing the Zero-Shot Capabilities of LLMs for Action Evaluation in RL,2024,,5,"), coauthor.outLines());
    }
}
