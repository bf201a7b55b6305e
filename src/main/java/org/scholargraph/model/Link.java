package org.scholargraph.model;

/** A typed link from a paper: its code, slides, video… with the label the source gave it. */
public record Link(LinkKind kind, String url, String label) {
    public Link {
        if (kind == null) {
            throw new IllegalArgumentException("link kind must not be null");
        }
        Require.text(url, "link url");
    }

    public static Link of(LinkKind kind, String url) {
        return new Link(kind, url, null);
    }
}
