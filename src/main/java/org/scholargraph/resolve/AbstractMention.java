package org.scholargraph.resolve;

/** A title-less abstract one source shows (sg:PaperAbstract). */
public record AbstractMention(String node, String source, String text) {
}
