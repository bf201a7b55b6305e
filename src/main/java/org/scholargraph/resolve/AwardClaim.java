package org.scholargraph.resolve;

/**
 * One source's statement that a paper won an award or was nominated for one, as the source labels it.
 *
 * @param receipt the source's receipt node
 * @param kind the award kind's IRI, or null when the source gives none
 * @param venueName the conferring venue's short name, or the conferrer's name as given; null when neither is
 * @param nominee whether the paper was only nominated
 */
public record AwardClaim(String paper, String source, String label, Integer year, String receipt, String kind,
        String venueName, boolean nominee) {
}
