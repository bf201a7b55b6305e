package org.scholargraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading a query file's header: name, description, parameters. */
class NamedQueryTest {
    private static final String BODY = "SELECT ?venue ?year ?x WHERE { ?x <urn:p> ?venue ; <urn:q> ?year }\n";

    @Test
    void readsNameDescriptionAndParametersWithTheirOptionality() {
        NamedQuery q = NamedQuery.parse("""
                # name: by-venue
                # description: Things by venue.
                #
                # A free comment: with a colon, ignored.
                # param: venue — a short name (string)
                # param: year (optional) -- the year (integer)
                """ + BODY, "by-venue.rq");

        assertEquals("by-venue", q.name());
        assertEquals("Things by venue.", q.description());
        assertEquals(List.of(new QueryParam("venue", "a short name (string)", false),
                new QueryParam("year", "the year (integer)", true)), q.params());
    }

    @Test
    void theHeaderEndsAtTheFirstQueryLine() {
        NamedQuery q = NamedQuery.parse("# name: n\n# description: d\n" + BODY + "# param: x — too late\n", "n.rq");

        assertEquals(List.of(), q.params());
    }

    @Test
    void aParameterThatIsNotAVariableOfTheQueryIsRejected() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> NamedQuery.parse(
                "# name: n\n# description: d\n# param: auther — typo\n" + BODY, "n.rq"));

        assertEquals("n.rq: parameter 'auther' is not a variable of the query", e.getMessage());
    }

    @Test
    void anUnreadableParameterLineNamesItsLine() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> NamedQuery.parse(
                "# name: n\n# description: d\n# param: the venue\n" + BODY, "n.rq"));

        assertEquals("n.rq:3: cannot read parameter 'the venue'; write '# param: name — description'"
                + " or '# param: name (optional) — description'", e.getMessage());
    }

    @Test
    void aRepeatedNameOrParameterIsRejected() {
        assertThrows(InvalidQueryException.class, () -> NamedQuery.parse(
                "# name: n\n# name: m\n# description: d\n" + BODY, "n.rq"));
        assertThrows(InvalidQueryException.class, () -> NamedQuery.parse(
                "# name: n\n# description: d\n# param: year — a\n# param: year — b\n" + BODY, "n.rq"));
    }

    @Test
    void catalogQueriesMustBeStandardSparql() {
        String letClause = "# name: n\n# description: d\nSELECT ?x WHERE { LET (?x := 1) }\n";

        assertThrows(InvalidQueryException.class, () -> NamedQuery.parse(letClause, "n.rq"));
        assertEquals("x", NamedQuery.adHoc(letClause, "n.rq").query().getResultVars().get(0));
    }
}
