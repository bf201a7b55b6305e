package org.scholargraph.resolve;

import java.util.Set;

/**
 * The part of the store an incremental resolution decides again, and what the last resolution
 * said about it (to be replaced).
 *
 * @param scope what the resolver reads
 * @param personNodes the person nodes decided again, with those that have gone from the sources
 * @param paperNodes the paper nodes decided again, with those that have gone
 * @param oldPeople the canonical people those person nodes resolved to last time
 * @param oldPapers the canonical papers whose authors, titles or conflicts are written again
 * @param sources the changed sources
 * @param resolvedBefore how many of the region's nodes the last resolution resolved
 */
record Region(Scope scope, Set<String> personNodes, Set<String> paperNodes, Set<String> oldPeople, Set<String> oldPapers,
        Set<String> sources, int resolvedBefore) {
}
