package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scholargraph.model.VenueRef;

class AwardKindTest {
    private final IriMinter iris = new IriMinter(SG.DEFAULT_BASE, GoldenRecords.catalog());

    @Test
    void theConferrerAndYearAreCutFromTheLabel() {
        VenueRef icml = new VenueRef("ICML", null, 2021);
        assertEquals("Outstanding Paper Award", kind("Outstanding Paper Award, ICML 2021", icml).label());
        assertEquals("Outstanding Paper", kind("ICML 2021 Outstanding Paper", icml).label());
        assertEquals("Best Paper Award", kind("Best Paper Award at ICML 2021", icml).label());
        assertEquals("Outstanding Paper Award", kind("Outstanding Paper Award (ICML 2021)", icml).label());
        assertEquals("Test of Time Award", kind("ICLR 2024 Test of Time Award", new VenueRef("ICLR", null, 2024)).label());
        assertEquals("Best Paper", kind("Best Paper, International Conference on Machine Learning", icml).label());
    }

    @Test
    void theKindIsNamedByItsConferrer() {
        AwardKind k = kind("Outstanding Paper Award, ICML 2021", new VenueRef("ICML", null, 2021));
        assertEquals("ICML Outstanding Paper Award", k.name());
        assertEquals("icml/outstanding-paper", k.key(iris));
    }

    @Test
    void spellingsOfOneAwardShareAKey() {
        VenueRef nips = new VenueRef("NIPS", null, 2017);
        VenueRef neurips = new VenueRef(null, "Neural Information Processing Systems", 2019);
        assertEquals("neurips/best-paper", kind("NIPS 2017 Best Paper Award", nips).key(iris));
        assertEquals("neurips/best-paper", kind("Best Paper", neurips).key(iris));
    }

    @Test
    void aLabelThatIsOnlyTheConferrerIsKept() {
        assertEquals("ICML 2021", kind("ICML 2021", new VenueRef("ICML", null, 2021)).label());
    }

    @Test
    void aNamedConferrerThatIsNoVenueKeysTheKind() {
        AwardKind k = AwardKind.of("Borealis AI Graduate Fellowship", null, "Borealis AI", iris);
        assertEquals("Graduate Fellowship", k.label());
        assertEquals("Borealis AI Graduate Fellowship", k.name());
        assertEquals("borealis-ai/graduate-fellowship", k.key(iris));
    }

    @Test
    void withoutAConferrerTheLabelAloneIsTheKey() {
        AwardKind k = AwardKind.of("Google PhD Fellowship in Machine Learning", null, null, iris);
        assertEquals("google-phd-fellowship-in-machine-learning", k.key(iris));
        assertEquals("Google PhD Fellowship in Machine Learning", k.name());
    }

    private AwardKind kind(String label, VenueRef conferrer) {
        return AwardKind.of(label, conferrer, null, iris);
    }
}
