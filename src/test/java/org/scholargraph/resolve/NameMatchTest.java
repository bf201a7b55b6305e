package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameMatchTest {
    private static NameMatch.Kind compare(String a, String b) {
        return NameMatch.compare(NameForm.of(a), NameForm.of(b));
    }

    @Test
    void caseDiacriticsTheirAsciiSpellingsAndMarkersAreTheSameName() {
        assertEquals(NameMatch.Kind.SAME, compare("Jörn-Henrik Jacobsen", "JORN-HENRIK JACOBSEN"));
        assertEquals(NameMatch.Kind.SAME, compare("Jörn-Henrik Jacobsen", "Joern-Henrik Jacobsen"));
        assertEquals(NameMatch.Kind.SAME, compare("WILL GRATHWOHL", "Will Grathwohl\\*"));
        assertEquals(NameMatch.Kind.SAME, compare("**Jesse Bettencourt**", "Jesse Bettencourt"));
        assertEquals(NameMatch.Kind.SAME, compare("Ricky T. Q. Chen", "Ricky T.Q. Chen"));
        assertEquals(NameMatch.Kind.SAME, compare("Pignatelli, Eduardo", "Eduardo Pignatelli"));
    }

    @Test
    void initialsMissingMiddleNamesAndOneLetterSurnameTyposAreVariants() {
        assertEquals(NameMatch.Kind.VARIANT, compare("Chris J. Maddison", "Chris Maddison"));
        assertEquals(NameMatch.Kind.VARIANT, compare("KEVIN SWERSKEY", "Kevin Swersky"));
        assertEquals(NameMatch.Kind.VARIANT, compare("R. T. Q. Chen", "Ricky T. Q. Chen"));
        assertEquals(NameMatch.Kind.VARIANT, compare("Pignatelli, E.", "Eduardo Pignatelli"));
    }

    @Test
    void differentGivenNamesAreNoProposal() {
        assertEquals(NameMatch.Kind.NONE, compare("Kuan-Chieh Wang", "Jackson Wang"));
        // Both real people in the fixtures: a hyphenated given name is one name, not a first and a middle.
        assertEquals(NameMatch.Kind.NONE, compare("Jun-Yan Zhu", "Jun Zhu"));
        // "C. Karen Liu" goes by her middle name; "Ce Liu" is someone else.
        assertEquals(NameMatch.Kind.NONE, compare("C. Karen Liu", "Ce Liu"));
        assertEquals(NameMatch.Kind.NONE, compare("Chris J. Maddison", "Chris K. Maddison"));
        // A surname typo is only allowed with the same written-out given names.
        assertEquals(NameMatch.Kind.NONE, compare("K. Swerskey", "Kevin Swersky"));
        assertEquals(NameMatch.Kind.NONE, compare("Grathwohl", "Will Grathwohl"));
    }

    @Test
    void titlesDifferingByATypoAreNearIdenticalButNumberedPartsAreNot() {
        TitleForm typo = TitleForm.of("Your Classifier is Secretly and Energy-Based Model and You Should Treat it Like One");
        TitleForm right = TitleForm.of("Your Classifier is Secretly an Energy Based Model and You Should Treat it Like One");
        assertTrue(typo.nearIdentical(right));
        assertEquals(TitleForm.of("Oops I Took A Gradient").text(), TitleForm.of("Oops I Took a Gradient").text());
        assertFalse(TitleForm.of("Learning to Rank, Part 1").nearIdentical(TitleForm.of("Learning to Rank, Part 2")));
        assertFalse(TitleForm.of("Neural Ordinary Differential Equations").nearIdentical(TitleForm.of("Neural Stochastic Differential Equations")));
    }
}
