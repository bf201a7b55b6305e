package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text forms every line of a homepage goes through: squashed, folded, trimmed of separators. */
class TextFormTest {
    @Test
    void squashCollapsesEveryKindOfSpaceAPageUses() {
        assertEquals("Will Grathwohl", TextForm.squash("  Will\u00a0\u00a0Grathwohl\n"));
        assertEquals("Ricky T. Q. Chen", TextForm.squash("Ricky\u200bT.\tQ.\r\n Chen"));
        assertEquals("", TextForm.squash(" \u00a0\u200b "));
        assertEquals("", TextForm.squash(null));
    }

    @Test
    void foldLowersDropsDiacriticsAndTurnsPunctuationIntoSingleSpaces() {
        assertEquals("jorn henrik jacobsen", TextForm.fold("Jörn-Henrik Jacobsen"));
        assertEquals("ffjord free form continuous dynamics", TextForm.fold("  FFJORD: Free-form -- Continuous   Dynamics. "));
        assertEquals("icml 2021", TextForm.fold("(ICML 2021)"));
        assertEquals("", TextForm.fold("—"));
    }

    @Test
    void trimPunctuationDropsSeparatorsAroundAFieldOnly() {
        assertEquals("ICLR", TextForm.trimPunctuation(" ICLR, "));
        assertEquals("Oops I Took A Gradient", TextForm.trimPunctuation("— Oops I Took A Gradient."));
        assertEquals("A. B. Smith", TextForm.trimPunctuation("A. B. Smith;"));
        assertEquals("x/y", TextForm.trimPunctuation("| x/y |"));
        assertEquals("", TextForm.trimPunctuation(" ,;:. "));
    }
}
