package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

class NoteReaderTest {
    private static final VenueCatalog CATALOG = VenueCatalog.bundled();
    private final NoteReader notes = new NoteReader(CATALOG);

    private static VenueRef venue(String shortName, int year) {
        return CATALOG.lookup(shortName).orElseThrow().ref(year);
    }

    @Test
    void anOralIsAPresentationAndTheAwardNamesItsOwnConferrer() {
        NoteReader.Reading r = notes.read(List.of("**Oral. Best Student Paper @ AABI 2018**."), venue("ICLR", 2019));
        assertEquals(List.of(PresentationKind.ORAL), r.presentations());
        assertEquals(List.of(PaperAward.won("Best Student Paper", venue("AABI", 2018), 2018)), r.awards());
    }

    @Test
    void anAwardThatNamesNoVenueWasGivenByThePapersVenue() {
        NoteReader.Reading r = notes.read(List.of("**Oral. Best Paper Award.**"), venue("NeurIPS", 2018));
        assertEquals(List.of(PresentationKind.ORAL), r.presentations());
        assertEquals(List.of(PaperAward.won("Best Paper Award", venue("NeurIPS", 2018), 2018)), r.awards());
    }

    @Test
    void aNomineeIsNotAWinAndStatisticsAreNotPartOfTheLabel() {
        NoteReader.Reading r = notes.read(List.of("Best Paper Award Nominee, top 11 of 4303 submissions = top-0.25%"),
                venue("ICCV", 2019));
        assertEquals(List.of(new PaperAward("Best Paper Award", venue("ICCV", 2019), 2019, true)), r.awards());
    }

    @Test
    void presentationsAreNeverAwards() {
        assertEquals(new NoteReader.Reading(List.of(PresentationKind.ORAL), List.of()),
                notes.read(List.of("Notable Top-5% (Oral), 91 out of 4900 submissions = top-1.8% of submitted papers"),
                        venue("ICLR", 2023)));
        assertEquals(new NoteReader.Reading(List.of(PresentationKind.SPOTLIGHT), List.of()),
                notes.read(List.of("Spotlight"), venue("NeurIPS", 2023)));
        assertEquals(new NoteReader.Reading(List.of(PresentationKind.LONG_ORAL), List.of()),
                notes.read(List.of("Long Oral"), venue("ICML", 2021)));
    }

    @Test
    void anAwardFromAnotherVenueKeepsThatVenuesYear() {
        NoteReader.Reading r = notes.read(List.of("Test of Time Award at ICML 2021; poster"), venue("ICML", 2011));
        assertEquals(List.of(PaperAward.won("Test of Time Award", venue("ICML", 2021), 2021)), r.awards());
        assertEquals(List.of(PresentationKind.POSTER), r.presentations());
    }

    @Test
    void readsEveryNoteLineByLine() {
        NoteReader.Reading r = notes.read(List.of("Spotlight talk", "Outstanding Paper Award<br>Honorable Mention"),
                venue("NeurIPS", 2022));
        assertEquals(List.of(PresentationKind.SPOTLIGHT), r.presentations());
        assertEquals(List.of("Outstanding Paper Award", "Honorable Mention"),
                r.awards().stream().map(PaperAward::label).toList());
    }
}
