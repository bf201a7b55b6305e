package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueCatalog;

class VenueLineTest {
    private final VenueLine venues = new VenueLine(VenueCatalog.bundled());

    @Test
    void knownSeriesInAnyCase() {
        VenueReading r = venues.read("NEURIPS 2020").orElseThrow();
        assertEquals("NeurIPS", r.venue().shortName());
        assertEquals(2020, r.year());
        assertEquals("ICLR", venues.read("8th International Conference on Learning Representations (ICLR), 2020")
                .orElseThrow().venue().label());
    }

    @Test
    void anImpossibleYearIsKeptAsideNotGuessed() {
        VenueReading r = venues.read("ICML 20201").orElseThrow();
        assertEquals("ICML", r.venue().label());
        assertNull(r.year());
        assertNull(r.venue().year());
        assertEquals("20201", r.impossibleYear());
    }

    @Test
    void notesInParenthesesAreTakenOut() {
        VenueReading r = venues.read("ACM MMSys 2017 (Best Paper)").orElseThrow();
        assertEquals("ACM MMSys", r.venue().longName());
        assertEquals(List.of("Best Paper"), r.notes());
        assertEquals(List.of("Oral"), venues.read("L4DC 2021 (Oral)").orElseThrow().notes());
    }

    @Test
    void aWorkshopIsNotItsHostConference() {
        VenueReading r = venues.read("NeurIPS OTML Workshop 2021").orElseThrow();
        assertNull(r.venue().shortName());
        assertEquals("NeurIPS OTML Workshop", r.venue().longName());
    }

    @Test
    void unknownShortVenuesPreprintsAndTheses() {
        assertEquals("RLC", venues.read("RLC 2025").orElseThrow().venue().shortName());
        assertEquals(PaperType.PREPRINT, venues.read("arXiv 2022").orElseThrow().type());
        VenueReading thesis = venues.read("Ph.D. Thesis 2019").orElseThrow();
        assertEquals(PaperType.THESIS, thesis.type());
        assertNull(thesis.venue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"December 2018 - Current", "May. 2021", "Vienna, Austria", "2019",
            "Presented my work from ICLR 2018 to the Stanford University NLP group.",
            "Reversible Recurrent Neural Networks"})
    void linesThatAreNotVenues(String text) {
        assertFalse(venues.read(text).isPresent(), text);
    }
}
