package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each person's statements, in statement order, people not listed left out. */
class AuthorStatementsTest {
    private static PersonMention person(String node) {
        return new PersonMention(node, "s", node, List.of(node), null, false);
    }

    private static PaperStatement paper(String title, String... authors) {
        return new PaperStatement("paper/" + title, "s", title, 2021, null, null, null, null, null, null, List.of(authors));
    }

    private static List<Integer> of(AuthorStatements index, int person) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < index.count(person); k++) {
            out.add(index.statement(person, k));
        }
        return out;
    }

    @Test
    void eachPersonGetsTheirStatementsInOrder() {
        List<PersonMention> people = List.of(person("ann"), person("bob"), person("eve"));
        AuthorStatements index = new AuthorStatements(people, List.of(
                paper("one", "bob", "ann"), paper("two", "zoe", "bob"), paper("three", "ann")));

        assertEquals(List.of(0, 2), of(index, 0));
        assertEquals(List.of(0, 1), of(index, 1));
        assertEquals(List.of(), of(index, 2));
    }
}
