package org.scholargraph.model;

import java.util.List;

/**
 * A person a source describes in their own right (a homepage's owner, a CV's subject), beyond
 * appearing in an author list.
 */
public record Person(String name, String homepage, String position, String affiliation,
        List<String> interests, Origin origin) implements Record {
    public Person {
        Require.text(name, "person name");
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    public static Person named(String name, Origin origin) {
        return new Person(name, null, null, null, List.of(), origin);
    }
}
