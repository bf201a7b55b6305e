package org.scholargraph.resolve;

import java.util.List;

/**
 * Sources disagreeing about one canonical entity: what about ("year", "venue", "authors",
 * "author order", "award", "impossible value"), the entity and its title or name, and each
 * source's value.
 */
public record Conflict(String kind, String about, String label, List<Claim> claims) {
    /** One source's value. */
    public record Claim(String value, String source) {
    }

    public Conflict {
        claims = List.copyOf(claims);
    }
}
