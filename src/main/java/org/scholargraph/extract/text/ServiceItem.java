package org.scholargraph.extract.text;

import org.scholargraph.model.VenueRef;

/** One service role: "Reviewer" for NeurIPS 2020, with its distinction ("Top 10% Reviewer") when given. */
record ServiceItem(String role, VenueRef venue, String distinction, Line line) {
}
