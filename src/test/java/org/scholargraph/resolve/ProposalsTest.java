package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which names propose which, and the components people are decided in. */
class ProposalsTest {
    private static Proposals of(String... names) {
        return Proposals.of(Stream.of(names).map(NameForm::of).toArray(NameForm[]::new));
    }

    @Test
    void aSharedSpellingAndTwoVariantsAreTwoComponentsAndALoneNameIsNone() {
        Proposals p = of("Wei Wang", "Chris J. Maddison", "Ann Lee", "Wei Wang", "Chris Maddison");

        List<List<Proposals.Pair>> components = p.components();
        assertEquals(2, components.size(), components.toString());
        // The same spelling first (kind order), then the variants; each component its own.
        Proposals.Pair same = components.get(0).get(0);
        assertEquals(NameMatch.Kind.SAME, same.kind());
        assertArrayEquals(new int[] {0, 3}, p.mentionsOf(same.a()));
        Proposals.Pair variant = components.get(1).get(0);
        assertEquals(NameMatch.Kind.VARIANT, variant.kind());
        assertArrayEquals(new int[] {1}, p.mentionsOf(variant.a()));
        assertArrayEquals(new int[] {4}, p.mentionsOf(variant.b()));
        assertTrue(p.proposed(0) && p.proposed(1) && p.proposed(3) && p.proposed(4));
        assertFalse(p.proposed(2), "Ann Lee has no one to be");
    }

    @Test
    void variantsOfOneSpellingJoinItsComponent() {
        Proposals p = of("Chris Maddison", "Chris J. Maddison", "Chris Maddison");

        assertEquals(1, p.components().size(), p.components().toString());
        assertEquals(List.of(NameMatch.Kind.SAME, NameMatch.Kind.VARIANT),
                p.components().get(0).stream().map(Proposals.Pair::kind).toList());
    }
}
