package org.scholargraph.model;

import java.util.List;

/** A position held: role, host organisation, dates, hosts/mentors ("Research intern, Google Brain, 2019, hosted by …"). */
public record Employment(String role, String organisation, List<String> hosts, Integer startYear, Integer endYear) {
    public Employment {
        Require.text(organisation, "organisation");
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
}
