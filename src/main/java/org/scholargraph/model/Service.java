package org.scholargraph.model;

/**
 * Reviewing or organising service: "Reviewer, ICML 2020 (Top 10% Reviewer)".
 *
 * @param role "Reviewer", "Area Chair", "Organizer"…
 * @param venue the venue served, canonical when known
 * @param distinction a recognition of the service ("Top 10% Reviewer"), null when none
 */
public record Service(String person, String role, VenueRef venue, String distinction, Origin origin)
        implements Record {
    public Service {
        Require.text(person, "person");
        Require.text(role, "role");
    }
}
