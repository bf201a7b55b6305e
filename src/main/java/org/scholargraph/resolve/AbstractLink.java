package org.scholargraph.resolve;

/** A title-less abstract linked to its canonical paper, with the cosine similarity of their word pairs. */
public record AbstractLink(String abstractNode, String paper, double score) {
}
