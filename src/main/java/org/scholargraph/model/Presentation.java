package org.scholargraph.model;

/** One presentation of a paper (an oral, a poster…) with its page on the venue's site, if any. */
public record Presentation(PresentationKind kind, String url) {
    public Presentation {
        if (kind == null) {
            throw new IllegalArgumentException("presentation kind must not be null");
        }
    }
}
