package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeysTest {
    /** Every printable ASCII character, apostrophes, backquotes and runs of punctuation included. */
    @Test
    void theAsciiPassGivesWhatTheRegularExpressionsGive() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = " !\"#$%'()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t";
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertTrue(Keys.plainAscii(t), t);
            assertEquals(Keys.unicodeKey(t), Keys.asciiKey(t), t);
            checked++;
        }
        assertEquals(20_000, checked);
        assertEquals("obriens-the-1st-a-b", Keys.asciiKey("'O'Brien`s: the 1st -- a/b...'"));
        assertTrue(!Keys.plainAscii("Jörn") && !Keys.plainAscii("R&amp;D") && !Keys.plainAscii("<b>x</b>"));
    }

    @Test
    void diacriticsFoldToAscii() {
        assertEquals("jorn-henrik-jacobsen", Keys.ofName("Jörn-Henrik Jacobsen"));
        assertEquals(Keys.ofName("Jorn-Henrik Jacobsen"), Keys.ofName("Jörn-Henrik Jacobsen"));
        assertEquals("francois-fleuret", Keys.ofName("François Fleuret"));
        assertEquals("istanbul", Keys.of("İstanbul"));
    }

    @Test
    void lettersWithoutADecompositionAreSpelledOut() {
        assertEquals("bjorn-ommer", Keys.ofName("Bjørn Ommer"));
        assertEquals("bernhard-scholkopf-strasse", Keys.of("Bernhard Schölkopf Straße"));
        assertEquals("aeron-oe", Keys.of("Æron Œ"));
        assertEquals("lukasz-kaiser", Keys.ofName("Łukasz Kaiser"));
    }

    @Test
    void marksAndMarkupAreDropped() {
        assertEquals("will-grathwohl", Keys.ofName("Will Grathwohl*"));
        assertEquals("will-grathwohl", Keys.ofName("Will Grathwohl\\*"));
        assertEquals("ricky-t-q-chen", Keys.ofName("Ricky T. Q. Chen†"));
        assertEquals("jesse-bettencourt", Keys.ofName("**Jesse Bettencourt**"));
        assertEquals("paul-vicol", Keys.ofName("<em>Paul Vicol</em>‡"));
        assertEquals("paul-vicol", Keys.ofName("#Paul Vicol"));
        assertEquals("paul-vicol", Keys.ofName("Paul Vicol¹²"));
        assertEquals("r-d-at-scale", Keys.of("R&amp;D at scale"));
    }

    @Test
    void punctuationBecomesSingleHyphens() {
        assertEquals("ffjord-free-form-continuous-dynamics", Keys.of("FFJORD: Free-form  Continuous Dynamics."));
        assertEquals("k-means-in-o-n-log-n", Keys.of("$k$-means in O(n log n)?"));
        assertEquals(Keys.of("Don't Stop"), Keys.of("Don’t Stop"));
        assertEquals("dont-stop", Keys.of("Don't Stop"));
    }

    @Test
    void lettersOfOtherScriptsAreKept() {
        assertEquals("深度学习-2020", Keys.of("深度学习 (2020)"));
    }

    @Test
    void longKeysAreCutAndHashedSoTheyStayDistinct() {
        String common = "A Very Long Title About Learning Representations With Deep Networks That Goes On And On";
        String a = Keys.of(common + " Part One");
        String b = Keys.of(common + " Part Two");
        assertNotEquals(a, b);
        assertTrue(a.length() <= Keys.MAX_LENGTH + 9, a);
        assertTrue(a.matches("[a-z0-9-]+-[0-9a-f]{8}"), a);
        assertTrue(a.startsWith("a-very-long-title-about-learning"), a);
        assertEquals(a, Keys.of(common + " Part One"));
    }

    @Test
    void aKeyOfOnlyPunctuationIsStillDeterministic() {
        assertEquals(Keys.of("???"), Keys.of("???"));
        assertNotEquals(Keys.of("???"), Keys.of("!!!"));
        assertTrue(Keys.of("???").startsWith("x-"));
    }

    @Test
    void blankTextHasNoKey() {
        assertThrows(IllegalArgumentException.class, () -> Keys.of("  "));
        assertThrows(IllegalArgumentException.class, () -> Keys.ofName(null));
    }
}
