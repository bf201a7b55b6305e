package org.scholargraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.VenueCatalog;

class AwardLabelTest {
    private static final VenueCatalog CATALOG = VenueCatalog.bundled();

    @Test
    void labelsAreCleanedTheWayAReaderStatesThem() {
        assertEquals("Outstanding Paper Award", text("ICML 2021 Outstanding Paper Awards"));
        assertEquals("Notable Student Paper Award", text("Notable Student Paper Awards"));
        assertEquals("Test of Time Award", text("  Test of Time Award "));
        assertEquals("Outstanding Main Track Runner-Up", text("Outstanding Main Track Runner-Ups"));
        assertEquals("Retrospective Most Impactful Paper from CVPR 2011",
                text("CVPR 2023 Retrospective Most Impactful Paper from CVPR 2011"));
    }

    @Test
    void nominationsAreFlaggedAndDroppedFromTheLabel() {
        AwardLabel finalists = AwardLabel.read("Best Paper Award Finalists", CATALOG).orElseThrow();
        assertEquals("Best Paper Award", finalists.text());
        assertTrue(finalists.nominee());
    }

    @Test
    void kindsTellQualifiersAndGenericHeadingsApart() {
        assertEquals(AwardLabel.Kind.QUALIFIER, AwardLabel.read("Runner Up", CATALOG).orElseThrow().kind());
        assertEquals(AwardLabel.Kind.QUALIFIER, AwardLabel.read("Honorable Mentions", CATALOG).orElseThrow().kind());
        assertEquals(AwardLabel.Kind.GENERIC, AwardLabel.read("Paper Awards", CATALOG).orElseThrow().kind());
        assertEquals(AwardLabel.Kind.SPECIFIC, AwardLabel.read("Best Student Paper", CATALOG).orElseThrow().kind());
    }

    @Test
    void committeesSentencesAndPublicationNotesAreNotLabels() {
        assertEquals(Optional.empty(), AwardLabel.read("Award Committee", CATALOG));
        assertEquals(Optional.empty(), AwardLabel.read("The AISTATS 2026 Best Paper Award goes to", CATALOG));
        assertEquals(Optional.empty(), AwardLabel.read("Oral. Best Paper Award.", CATALOG));
        assertEquals(Optional.empty(), AwardLabel.read("Outstanding Paper Award, 4 out of 4900 submissions = top-0.08%", CATALOG));
        assertEquals(Optional.empty(), AwardLabel.read("Best Arm Identification in Linear Bandits", CATALOG));
        assertEquals(Optional.empty(), AwardLabel.read("Two papers shared the award this year, both from NeurIPS 2014", CATALOG));
    }

    private static String text(String line) {
        return AwardLabel.read(line, CATALOG).orElseThrow().text();
    }
}
