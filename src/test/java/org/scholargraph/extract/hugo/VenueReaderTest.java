package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

class VenueReaderTest {
    private final VenueReader venues = new VenueReader(VenueCatalog.bundled());

    @Test
    void canonicalisesAFullConferenceName() {
        VenueReader.Reading r = venues.read("International Conference on Learning Representations", "ICLR", 2019);
        assertEquals(new VenueRef("ICLR", "International Conference on Learning Representations", 2019), r.venue());
    }

    @Test
    void readsMarkdownAndTheEditionYearFromTheVenueWords() {
        VenueReader.Reading acl = venues.read(
                "In *the 56th Annual Meeting of the Association for Computational Linguistics (ACL)*", "In *ACL 2018*", 2017);
        assertEquals(new VenueRef("ACL", "Annual Meeting of the Association for Computational Linguistics", 2018), acl.venue());
        VenueReader.Reading aaai = venues.read(
                "In *the Thirty-Third AAAI Conference on Artificial Intelligence (AAAI)*", "In *AAAI 2019*", 2018);
        assertEquals(new VenueRef("AAAI", "AAAI Conference on Artificial Intelligence", 2019), aaai.venue());
    }

    @Test
    void aWorkshopIsNotItsHostConference() {
        VenueReader.Reading nips = venues.read(
                "Deep Learning Workshop at the Conference on Neural Information Processing Systems (NIPS)",
                "In Deep RL Workshop NIPS", 2016);
        assertEquals(new VenueRef("Deep RL Workshop NIPS",
                "Deep Learning Workshop at the Conference on Neural Information Processing Systems (NIPS)", 2016), nips.venue());
        VenueReader.Reading repEval = venues.read(
                "Evaluating Vector Space Representations for NLP Workshop (RepEval) at NAACL 2020", "In *NAACL*", 2019);
        assertEquals(new VenueRef("RepEval", "Evaluating Vector Space Representations for NLP Workshop at NAACL 2020", 2020),
                repEval.venue());
    }

    @Test
    void takesAPresentationWordOutOfTheVenue() {
        VenueReader.Reading r = venues.read("Conference on Neural Information Processing Systems", "NeurIPS Spotlight", 2023);
        assertEquals("NeurIPS", r.venue().shortName());
        assertEquals(List.of(PresentationKind.SPOTLIGHT), r.presentations());
        VenueReader.Reading poster = venues.read("ICML 2026 Workshop on X (XW)", "ICML 2026 XW Workshop (Poster)", 2026);
        assertEquals("ICML 2026 XW Workshop", poster.venue().shortName());
        assertEquals(List.of(PresentationKind.POSTER), poster.presentations());
    }

    @Test
    void anArxivIdentifierIsNotAYear() {
        VenueReader.Reading r = venues.read("*arXiv preprint arXiv:1906.04645*", null, 2019);
        assertEquals(new VenueRef("arXiv", "arXiv", 2019), r.venue());
        assertEquals("1906.04645", r.arxivId());
    }

    @Test
    void aSubmissionIsNoVenue() {
        VenueReader.Reading r = venues.read("Submitted to International Conference on Learning Representations (ICLR)",
                "Submitted to ICLR", 2019);
        assertNull(r.venue());
        assertEquals("Submitted to International Conference on Learning Representations (ICLR)", r.unpublished());
    }

    @Test
    void anUnknownVenueKeepsItsAcronymAndDropsVolumeAndPages() {
        assertEquals(new VenueRef("NDSS", "Network and Distributed System Security Symposium", 2017),
                venues.read("Network and Distributed System Security Symposium (NDSS)", "", 2017).venue());
        assertEquals(new VenueRef("TRSTMH", "Transactions of The Royal Society of Tropical Medicine and Hygiene", 2017),
                venues.read("Transactions of The Royal Society of Tropical Medicine and Hygiene (TRSTMH), Volume 111, "
                        + "Issue 10, 1 October 2017, Pages 457–463", null, 2018).venue());
    }

    @Test
    void noPublicationNoVenue() {
        assertNull(venues.read(null, "", 2020).venue());
    }
}
