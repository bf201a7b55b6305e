package org.scholargraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;

/**
 * Every row of the hand-checked truth files for the AISTATS award pages: award label as
 * displayed, title, authors in page order, award year, awarding venue, and the paper's own
 * venue and year. A truth label "X - Nominee" is the award X with the nominee flag.
 */
class AistatsTruthTest {
    private static final String TRUTH = "src/test/resources/fixtures/truth/";
    private static final String NOMINEE = " - Nominee";

    @ParameterizedTest
    @ValueSource(strings = {"aistats__2016__best_papers.json", "aistats__2021__awards.json",
            "aistats__2022__awards.nominees.json"})
    void everyTruthRowIsExtracted(String truthFile) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(Path.of(TRUTH, truthFile).toFile());
        Extraction extraction = new AwardPageExtractor().extract(
                Fixtures.file("src/test/resources/fixtures/" + truth.get("file").asText()));
        assertTrue(extraction.problems().isEmpty(), extraction.problems().toString());
        for (JsonNode row : truth.get("rows")) {
            checkRow(extraction, row);
        }
        long awards = extraction.papers().stream().mapToLong(p -> p.awards().size()).sum();
        assertEquals(truth.get("count").asInt(), awards, "award rows");
        assertEquals(truth.get("count").asInt(), extraction.papers().size(), "papers");
    }

    private static void checkRow(Extraction extraction, JsonNode row) {
        Paper paper = Fixtures.titled(extraction, row.get("title").asText());
        String where = row.get("title").asText();
        assertEquals(strings(row.get("authors")), paper.authors().stream().map(Author::name).toList(), where);
        String label = row.get("award").asText();
        boolean nominee = label.endsWith(NOMINEE);
        PaperAward award = paper.awards().stream()
                .filter(a -> a.label().equals(nominee ? label.substring(0, label.length() - NOMINEE.length()) : label))
                .findFirst().orElseThrow(() -> new AssertionError(where + ": no award '" + label + "' in " + paper.awards()));
        assertEquals(nominee, award.nominee(), where + ": nominee");
        assertEquals(row.get("year").asInt(), award.year(), where + ": award year");
        assertEquals(row.get("venue").asText(), award.conferredBy().shortName() + " " + award.conferredBy().year(), where);
        if (!row.get("paper_year").isNull()) {
            assertEquals(row.get("paper_year").asInt(), paper.year(), where + ": paper year");
            assertEquals(row.get("paper_venue").asText(), paper.venue().shortName() + " " + paper.venue().year(), where);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
