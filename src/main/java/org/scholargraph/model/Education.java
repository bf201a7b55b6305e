package org.scholargraph.model;

import java.util.List;

/**
 * A degree or programme: "PhD in Computer Science, University of Toronto, 2018–2023, advised by
 * Richard Zemel and David Duvenaud". Any field but the institution may be null/empty.
 */
public record Education(String degree, String institution, List<String> advisors, Integer startYear, Integer endYear,
        String thesis) {
    public Education {
        Require.text(institution, "institution");
        advisors = advisors == null ? List.of() : List.copyOf(advisors);
    }
}
