package org.scholargraph.resolve;

/** One source's statement that a paper won an award, as the source labels it. */
public record AwardClaim(String paper, String source, String label, Integer year) {
}
