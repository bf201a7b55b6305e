package org.scholargraph.model;

import java.util.Locale;

/** What a link on a paper points to. */
public enum LinkKind {
    PAGE, PDF, ARXIV, DOI, CODE, VIDEO, SLIDES, DATASET, PROJECT, POSTER, PREPRINT, SOURCE, OTHER;

    /** The key used in JSON output ("code", "pdf"…). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
