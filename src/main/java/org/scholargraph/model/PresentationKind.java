package org.scholargraph.model;

import java.util.Locale;
import java.util.Optional;

/** How a paper was presented at its venue. These are presentations, never awards. */
public enum PresentationKind {
    ORAL("oral"), LONG_ORAL("long oral"), SPOTLIGHT("spotlight"), POSTER("poster");

    private final String label;

    PresentationKind(String label) {
        this.label = label;
    }

    /** The lower-case label used in JSON output and in the graph ("long oral"). */
    public String label() {
        return label;
    }

    /** Reads "Oral", "long-oral", "Spotlight presentation", "poster" and the like. */
    public static Optional<PresentationKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        if (t.contains("long oral")) {
            return Optional.of(LONG_ORAL);
        }
        if (t.startsWith("oral") || t.equals("contributed talk")) {
            return Optional.of(ORAL);
        }
        if (t.startsWith("spotlight")) {
            return Optional.of(SPOTLIGHT);
        }
        if (t.startsWith("poster")) {
            return Optional.of(POSTER);
        }
        return Optional.empty();
    }
}
