package org.scholargraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The spellings documents print for one person: the differences resolution must see through. */
class NameVariantTest {
    private final SyntheticPerson joern = new SyntheticPerson("Jörn-Henrik", "", "Jacobsen");
    private final SyntheticPerson ricky = new SyntheticPerson("Ricky", "T. Q.", "Chen");

    @Test
    void capitalsAsciiInitialsAndNoMiddle() {
        assertEquals("JÖRN-HENRIK JACOBSEN", NameVariant.UPPER.print(joern));
        assertEquals("Joern-Henrik Jacobsen", NameVariant.ASCII.print(joern));
        assertEquals("J.-H. Jacobsen", NameVariant.INITIALS.print(joern));
        assertEquals("R. T. Q. Chen", NameVariant.INITIALS.print(ricky));
        assertEquals("Ricky Chen", NameVariant.NO_MIDDLE.print(ricky));
        assertEquals("Ricky T. Q. Chen", NameVariant.AS_GIVEN.print(ricky));
        assertEquals("joern-henrik-jacobsen", joern.slug());
    }
}
