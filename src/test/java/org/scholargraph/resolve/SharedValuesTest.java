package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions decoded apart keep one instance of each repeated name, spelling list, title and venue, and stay equal to what was read. */
class SharedValuesTest {
    @Test
    void equalValuesReadFromTwoSourcesBecomeOneInstance() {
        SharedValues shared = new SharedValues();
        PersonMention a = new PersonMention("https://ex.org/a#ann", "https://ex.org/a", new String("Ann Lee"),
                List.of(new String("A. Lee")), null, false);
        PersonMention b = new PersonMention("https://ex.org/b#ann", "https://ex.org/b", new String("Ann Lee"),
                List.of(new String("A. Lee")), "https://ann.example/", true);
        assertNotSame(a.name(), b.name());

        PersonMention sa = shared.person(a);
        PersonMention sb = shared.person(b);
        assertEquals(a, sa);
        assertEquals(b, sb);
        assertSame(sa.name(), sb.name());
        assertSame(sa.printed(), sb.printed());

        PaperStatement p = new PaperStatement("https://ex.org/p", "https://ex.org/a", new String("Neural ODEs"), 2018,
                new String("NeurIPS 2018"), new String("NeurIPS"), null, null, null, null, List.of(a.node()));
        PaperStatement q = new PaperStatement("https://ex.org/p", "https://ex.org/b", new String("Neural ODEs"), 2018,
                new String("NeurIPS 2018"), new String("NeurIPS"), "10.1/x", null, null, null, List.of(b.node()));
        PaperStatement sp = shared.statement(p);
        PaperStatement sq = shared.statement(q);
        assertEquals(p, sp);
        assertEquals(q, sq);
        assertSame(sp.title(), sq.title());
        assertSame(sp.venue(), sq.venue());
        assertSame(sp.venueName(), sq.venueName());
    }
}
