package org.scholargraph.resolve;

import java.util.List;

/** A canonical person: their IRI, the name to show, every spelling the sources used, and the source nodes it stands for. */
public record CanonicalPerson(String iri, String name, List<String> variants, List<String> mentions) {
    public CanonicalPerson {
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
    }
}
