package org.scholargraph.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each of a list of people, the statements naming them as an author, as numbers into the
 * statement list and in its order: two int arrays (offsets and statement numbers) for the whole
 * store, where a list of statements per person held about 50 bytes a person mention.
 */
final class AuthorStatements {
    private final int[] offsets;
    private final int[] statements;

    /**
     * @param people the person nodes, numbered by their place in the list (the first place of a node listed twice)
     * @param papers the statements, numbered by their place in the list
     */
    AuthorStatements(List<PersonMention> people, List<PaperStatement> papers) {
        Map<String, Integer> ids = new HashMap<>(people.size() * 2);
        for (int i = 0; i < people.size(); i++) {
            ids.putIfAbsent(people.get(i).node(), i);
        }
        // (person, statement) pairs in statement order, then grouped by person keeping that order.
        int[] person = new int[16];
        int[] statement = new int[16];
        int size = 0;
        for (int s = 0; s < papers.size(); s++) {
            for (String author : papers.get(s).authors()) {
                Integer id = ids.get(author);
                if (id == null) {
                    continue;
                }
                if (size == person.length) {
                    person = Arrays.copyOf(person, size * 2);
                    statement = Arrays.copyOf(statement, size * 2);
                }
                person[size] = id;
                statement[size++] = s;
            }
        }
        offsets = new int[people.size() + 1];
        for (int k = 0; k < size; k++) {
            offsets[person[k] + 1]++;
        }
        for (int i = 0; i < people.size(); i++) {
            offsets[i + 1] += offsets[i];
        }
        statements = new int[size];
        int[] next = Arrays.copyOf(offsets, people.size());
        for (int k = 0; k < size; k++) {
            statements[next[person[k]]++] = statement[k];
        }
    }

    /** How many statements name the person of this number. */
    int count(int person) {
        return offsets[person + 1] - offsets[person];
    }

    /** The number of the person's {@code k}-th statement, in statement order. */
    int statement(int person, int k) {
        return statements[offsets[person] + k];
    }
}
