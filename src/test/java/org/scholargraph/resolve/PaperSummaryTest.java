package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A canonical paper's listing: earliest year, least venue name, the author order most sources print. */
class PaperSummaryTest {
    private static final Map<String, String> PERSON_OF = Map.of(
            "grathwohl~cv", "will-grathwohl", "grathwohl~icml", "will-grathwohl", "grathwohl~site", "will-grathwohl",
            "swersky~cv", "kevin-swersky", "swersky~icml", "kevin-swersky", "swersky~site", "kevin-swersky",
            "duvenaud~cv", "david-duvenaud", "duvenaud~icml", "david-duvenaud", "duvenaud~site", "david-duvenaud");

    private static PaperStatement statement(String source, Integer year, String venue, String... authors) {
        return new PaperStatement("paper/oops", source, "Oops I Took A Gradient", year, null, venue, null, null, null, null,
                List.of(authors));
    }

    @Test
    void theOrderMostSourcesPrintWinsOverALongerListOneSourcePrints() {
        PaperSummary s = PaperSummary.of(List.of(
                statement("cv", 2020, null, "swersky~cv", "grathwohl~cv", "duvenaud~cv"),
                statement("icml", 2021, "ICML", "grathwohl~icml", "swersky~icml"),
                statement("site", 2021, "ICLR", "grathwohl~site", "swersky~site")), PERSON_OF);

        assertEquals(List.of("will-grathwohl", "kevin-swersky"), s.authors());
        assertEquals(2020, s.year());
        assertEquals("ICLR", s.venueName(), "the least name where sources disagree");
    }

    @Test
    void betweenTwoOrdersPrintedAlikeOftenTheLongerWinsThenTheFirst() {
        PaperSummary longer = PaperSummary.of(List.of(
                statement("icml", null, null, "grathwohl~icml", "swersky~icml"),
                statement("cv", null, null, "swersky~cv", "grathwohl~cv", "duvenaud~cv")), PERSON_OF);
        assertEquals(List.of("kevin-swersky", "will-grathwohl", "david-duvenaud"), longer.authors());
        assertNull(longer.year());
        assertNull(longer.venueName());

        PaperSummary first = PaperSummary.of(List.of(
                statement("icml", null, null, "grathwohl~icml", "swersky~icml"),
                statement("cv", null, null, "swersky~cv", "grathwohl~cv")), PERSON_OF);
        assertEquals(List.of("will-grathwohl", "kevin-swersky"), first.authors());
    }

    @Test
    void anAuthorTheRunDidNotResolveIsLeftOutAndASourceWithoutAuthorsDoesNotVote() {
        PaperSummary s = PaperSummary.of(List.of(
                statement("award-page", 2021, "ICML"),
                statement("icml", 2021, "ICML", "grathwohl~icml", "unknown~icml", "swersky~icml")), PERSON_OF);
        assertEquals(List.of("will-grathwohl", "kevin-swersky"), s.authors());
    }
}
