package org.scholargraph.model;

import java.util.List;

/**
 * A person a source describes in their own right (a homepage's owner, a CV's subject), beyond
 * appearing in an author list.
 */
public record Person(String name, String homepage, String position, String affiliation,
        List<String> interests, List<Education> education, List<Employment> employment, Origin origin)
        implements Record {
    public Person {
        Require.text(name, "person name");
        interests = interests == null ? List.of() : List.copyOf(interests);
        education = education == null ? List.of() : List.copyOf(education);
        employment = employment == null ? List.of() : List.copyOf(employment);
    }

    /** A profile without education or employment history. */
    public Person(String name, String homepage, String position, String affiliation, List<String> interests,
            Origin origin) {
        this(name, homepage, position, affiliation, interests, List.of(), List.of(), origin);
    }

    public static Person named(String name, Origin origin) {
        return new Person(name, null, null, null, List.of(), origin);
    }
}
